import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement, widgetProps } from "../../test/render";

describe("number_input", () => {
  it("steps with the +/- buttons and sends at once", () => {
    const { sent } = renderElement(
      "number_input",
      widgetProps({ label: "Count", value: 5, step: 1, min: 0, max: 6 }),
      { id: "n" },
    );
    fireEvent.click(screen.getByRole("button", { name: "Increment" }));
    expect(sent).toEqual([{ widgets: { n: 6 }, fragmentId: null }]);
    expect(screen.getByRole("button", { name: "Increment" })).toBeDisabled();
    fireEvent.click(screen.getByRole("button", { name: "Decrement" }));
    expect(sent[1]?.widgets).toEqual({ n: 5 });
  });

  it("is a spinbutton stepped by the arrow keys", () => {
    const { sent } = renderElement(
      "number_input",
      widgetProps({ label: "Count", value: 5, step: 1, min: 0, max: 6 }),
      { id: "n" },
    );
    const input = screen.getByRole("spinbutton", { name: "Count" });
    expect(input).toHaveAttribute("aria-valuenow", "5");
    expect(input).toHaveAttribute("aria-valuemin", "0");
    expect(input).toHaveAttribute("aria-valuemax", "6");
    fireEvent.keyDown(input, { key: "ArrowUp" });
    expect(sent).toEqual([{ widgets: { n: 6 }, fragmentId: null }]);
    fireEvent.keyDown(input, { key: "ArrowUp" }); // at the maximum: nothing to send
    fireEvent.keyDown(input, { key: "ArrowDown" });
    expect(sent.map((s) => s.widgets)).toEqual([{ n: 6 }, { n: 5 }]);
  });

  it("sends typed values on Enter", () => {
    const { sent } = renderElement(
      "number_input",
      widgetProps({ label: "Price", value: 1.5, step: 0.5, data_type: "float", format: "%.2f" }),
      { id: "p" },
    );
    const input = screen.getByLabelText("Price");
    expect(input).toHaveValue("1.50");
    fireEvent.change(input, { target: { value: "2.25" } });
    fireEvent.keyDown(input, { key: "Enter" });
    expect(sent).toEqual([{ widgets: { p: 2.25 }, fragmentId: null }]);
  });

  it("respects disabled", () => {
    renderElement("number_input", widgetProps({ label: "N", value: 1, step: 1, disabled: true }));
    expect(screen.getByLabelText("N")).toBeDisabled();
    expect(screen.getByRole("button", { name: "Increment" })).toBeDisabled();
  });
});
