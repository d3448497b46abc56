import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement } from "../../test/render";

describe("warning", () => {
  it("renders a colored box with an icon and Markdown", () => {
    const { container } = renderElement("warning", { body: "Done **now**" });
    const box = screen.getByRole("alert");
    expect(box).toHaveClass("rill-alert-yellow");
    expect(box.querySelector("svg")).not.toBeNull();
    expect(container.textContent).toContain("Done");
  });

  it("uses an emoji icon when given", () => {
    renderElement("warning", { body: "x", icon: "🔥" });
    expect(screen.getByText("🔥")).toBeInTheDocument();
  });
});
