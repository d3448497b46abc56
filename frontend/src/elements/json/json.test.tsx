import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement } from "../../test/render";

describe("json", () => {
  it("renders an expanded tree that collapses", async () => {
    const { container } = renderElement("json", { body: '{"a": 1, "b": [true, null, "s"]}' });
    await screen.findByText('"s"');
    const toggles = screen.getAllByRole("button", { expanded: true });
    fireEvent.click(toggles[0] as HTMLElement);
    expect(container.textContent).toContain("2 keys");
  });

  it("respects an expansion depth", async () => {
    const { container } = renderElement("json", { body: '{"a": {"b": {"c": 1}}}', expanded: 1 });
    await screen.findAllByRole("button", { expanded: false });
    expect(container.textContent).not.toContain('"c"');
  });
});
