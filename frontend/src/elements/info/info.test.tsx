import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement } from "../../test/render";

describe("info", () => {
  it("renders a colored box with an icon and Markdown", () => {
    const { container } = renderElement("info", { body: "Done **now**" });
    const box = screen.getByRole("status");
    expect(box).toHaveClass("rill-alert-blue");
    expect(box.querySelector("svg")).not.toBeNull();
    expect(container.textContent).toContain("Done");
  });

  it("uses an emoji icon when given", () => {
    renderElement("info", { body: "x", icon: "🔥" });
    expect(screen.getByText("🔥")).toBeInTheDocument();
  });
});
