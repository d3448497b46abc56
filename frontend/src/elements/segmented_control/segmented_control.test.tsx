import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement, widgetProps } from "../../test/render";

describe("segmented_control", () => {
  it("draws joined segments: a radio group in single mode", () => {
    const { sent, container } = renderElement(
      "segmented_control",
      widgetProps({ label: "View", options: ["Day", "Week"], value: [0] }),
      { id: "s" },
    );
    expect(screen.getByRole("radiogroup", { name: "View" })).toBeInTheDocument();
    expect(container.querySelector(".rill-segmented_control-group")).not.toBeNull();
    fireEvent.click(screen.getByRole("radio", { name: "Week" }));
    expect(sent).toEqual([{ widgets: { s: [1] }, fragmentId: null }]);
  });

  it("toggles segments in multi mode and can stretch", () => {
    const { sent, container } = renderElement(
      "segmented_control",
      widgetProps({
        label: "Days",
        options: ["Mon", "Tue", "Wed"],
        value: [0, 2],
        selection_mode: "multi",
        width: "stretch",
      }),
      { id: "m" },
    );
    fireEvent.click(screen.getByRole("button", { name: "Mon" }));
    expect(sent).toEqual([{ widgets: { m: [2] }, fragmentId: null }]);
    const widget = container.querySelector(".rill-segmented_control") as HTMLElement;
    expect(widget.style.width).toBe("100%");
  });

  it("hides a collapsed label but keeps it as the group's name", () => {
    renderElement(
      "segmented_control",
      widgetProps({ label: "Hidden", options: ["x"], value: [], label_visibility: "collapsed" }),
    );
    expect(screen.getByRole("radiogroup", { name: "Hidden" })).toBeInTheDocument();
  });
});
