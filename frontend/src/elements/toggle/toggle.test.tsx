import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement, widgetProps } from "../../test/render";

describe("toggle", () => {
  it("is a switch that sends its value", () => {
    const { sent } = renderElement("toggle", widgetProps({ label: "Dark", value: true }), {
      id: "t",
    });
    const input = screen.getByRole("switch", { name: "Dark" });
    fireEvent.click(input);
    expect(sent).toEqual([{ widgets: { t: false }, fragmentId: null }]);
  });

  it("respects disabled", () => {
    renderElement("toggle", widgetProps({ label: "Off", value: false, disabled: true }));
    expect(screen.getByRole("switch", { name: "Off" })).toBeDisabled();
  });
});
