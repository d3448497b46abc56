import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderTree } from "../../test/render";

describe("tabs", () => {
  it("labels tab blocks in order and switches between them", () => {
    renderTree([
      [[0, 0], { kind: "tabs", props: { labels: ["One", "Two"] }, block: true }],
      [[0, 0, 0], { kind: "tab", props: { label: "One" }, block: true }],
      [[0, 0, 0, 0], { kind: "text", props: { body: "first" } }],
      [[0, 0, 1], { kind: "tab", props: { label: "Two" }, block: true }],
      [[0, 0, 1, 0], { kind: "text", props: { body: "second" } }],
    ]);
    const tabs = screen.getAllByRole("tab");
    expect(tabs.map((t) => t.textContent)).toEqual(["One", "Two"]);
    expect(tabs[0]).toHaveAttribute("aria-selected", "true");
    fireEvent.click(tabs[1] as HTMLElement);
    expect(screen.getAllByRole("tab")[1]).toHaveAttribute("aria-selected", "true");
    expect(screen.getByText("second")).toBeVisible();
  });
});
