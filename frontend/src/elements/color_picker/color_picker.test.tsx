import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement, widgetProps } from "../../test/render";

describe("color_picker", () => {
  it("shows the color and sends a typed one on blur", async () => {
    const { sent } = renderElement(
      "color_picker",
      widgetProps({ label: "Color", value: "#ff0000" }),
      { id: "c" },
    );
    const input = await screen.findByLabelText("Color");
    expect(input).toHaveValue("#ff0000");
    fireEvent.change(input, { target: { value: "#00ff00" } });
    fireEvent.blur(input);
    expect(sent).toEqual([{ widgets: { c: "#00ff00" }, fragmentId: null }]);
  });

  it("does not send a short color on the way to a long one", async () => {
    const { sent } = renderElement(
      "color_picker",
      widgetProps({ label: "Color", value: "#ff0000" }),
      { id: "c" },
    );
    const input = await screen.findByRole("textbox", { name: "Color" });
    fireEvent.change(input, { target: { value: "#00a" } });
    expect(input).toHaveValue("#00a");
    expect(sent).toEqual([]);
    fireEvent.change(input, { target: { value: "#00aa88" } });
    expect(sent).toEqual([{ widgets: { c: "#00aa88" }, fragmentId: null }]);
  });

  it("respects disabled", async () => {
    renderElement(
      "color_picker",
      widgetProps({ label: "Color", value: "#000000", disabled: true }),
    );
    expect(await screen.findByLabelText("Color")).toBeDisabled();
  });
});
