import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement, widgetProps } from "../../test/render";

describe("select_slider", () => {
  it("labels positions with options and sends indices", () => {
    const { sent } = renderElement(
      "select_slider",
      widgetProps({ label: "Size", options: ["S", "M", "L"], value: 1 }),
      { id: "z" },
    );
    expect(screen.getAllByText("M").length).toBeGreaterThan(0);
    expect(screen.getByRole("slider", { name: "Size" })).toHaveAttribute("aria-valuetext", "M");
    fireEvent.keyDown(screen.getByRole("slider", { name: "Size" }), { key: "ArrowRight" });
    expect(sent).toEqual([{ widgets: { z: 2 }, fragmentId: null }]);
  });

  it("supports ranges", () => {
    renderElement(
      "select_slider",
      widgetProps({ label: "Span", options: ["a", "b", "c"], value: [0, 2] }),
    );
    expect(screen.getAllByRole("slider")).toHaveLength(2);
  });
});
