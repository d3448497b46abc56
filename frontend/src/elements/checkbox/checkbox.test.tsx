import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement, widgetProps } from "../../test/render";

describe("checkbox", () => {
  it("renders its label and sends the new value on change", () => {
    const { sent } = renderElement("checkbox", widgetProps({ label: "Agree", value: false }), {
      id: "c",
    });
    const box = screen.getByRole("checkbox", { name: "Agree" });
    expect(box).not.toBeChecked();
    fireEvent.click(box);
    expect(box).toBeChecked();
    expect(sent).toEqual([{ widgets: { c: true }, fragmentId: null }]);
  });

  it("keeps an accessible name when the label is hidden, and can be disabled", () => {
    renderElement(
      "checkbox",
      widgetProps({ label: "Secret", value: true, label_visibility: "collapsed", disabled: true }),
    );
    const box = screen.getByRole("checkbox", { name: "Secret" });
    expect(box).toBeDisabled();
    expect(screen.queryByText("Secret")).toBeNull();
  });

  it("shows a new server value", () => {
    const r = renderElement("checkbox", widgetProps({ label: "A", value: false }));
    r.update(widgetProps({ label: "A", value: true }));
    expect(screen.getByRole("checkbox", { name: "A" })).toBeChecked();
  });
});
