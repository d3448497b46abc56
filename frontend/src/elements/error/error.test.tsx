import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement } from "../../test/render";

describe("error", () => {
  it("renders a colored box with an icon and Markdown", () => {
    const { container } = renderElement("error", { body: "Done **now**" });
    const box = screen.getByRole("alert");
    expect(box).toHaveClass("rill-alert-red");
    expect(box.querySelector("svg")).not.toBeNull();
    expect(container.textContent).toContain("Done");
  });

  it("uses an emoji icon when given", () => {
    renderElement("error", { body: "x", icon: "🔥" });
    expect(screen.getByText("🔥")).toBeInTheDocument();
  });
});
