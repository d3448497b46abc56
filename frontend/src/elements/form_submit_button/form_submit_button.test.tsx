import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement, widgetProps } from "../../test/render";

describe("form_submit_button", () => {
  it("submits its form's held values", () => {
    const { sent, manager } = renderElement(
      "form_submit_button",
      widgetProps({ label: "Submit", form_id: "f" }),
      { id: "s" },
    );
    manager.setValue("x", 1, "f", null);
    fireEvent.click(screen.getByRole("button", { name: "Submit" }));
    expect(sent).toEqual([{ widgets: { x: 1, s: true }, fragmentId: null }]);
  });

  it("registers itself for Enter-to-submit", () => {
    const { sent, manager } = renderElement(
      "form_submit_button",
      widgetProps({ label: "Submit", form_id: "f" }),
      { id: "s" },
    );
    expect(manager.submitByEnter("f", null)).toBe(true);
    expect(sent).toEqual([{ widgets: { s: true }, fragmentId: null }]);
  });
});
