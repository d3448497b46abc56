import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement, widgetProps } from "../../test/render";

describe("text_input", () => {
  it("sends on blur and on Enter, not while typing", () => {
    const { sent } = renderElement("text_input", widgetProps({ label: "Name", value: "" }), {
      id: "t",
    });
    const input = screen.getByLabelText("Name");
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: "Ada" } });
    expect(sent).toEqual([]);
    expect(screen.getByText("Press Enter to apply")).toBeInTheDocument();
    fireEvent.keyDown(input, { key: "Enter" });
    expect(sent).toEqual([{ widgets: { t: "Ada" }, fragmentId: null }]);
    fireEvent.change(input, { target: { value: "Ada L" } });
    fireEvent.blur(input);
    expect(sent[1]).toEqual({ widgets: { t: "Ada L" }, fragmentId: null });
    fireEvent.blur(input);
    expect(sent).toHaveLength(2);
  });

  it("counts characters and has a placeholder", () => {
    renderElement(
      "text_input",
      widgetProps({ label: "Code", value: "abc", max_chars: 5, placeholder: "type" }),
    );
    expect(screen.getByText("3/5")).toBeInTheDocument();
    expect(screen.getByLabelText("Code")).toHaveAttribute("placeholder", "type");
    expect(screen.getByLabelText("Code")).toHaveAttribute("maxlength", "5");
  });

  it("has a password eye toggle", () => {
    renderElement("text_input", widgetProps({ label: "Password", value: "x", type: "password" }));
    expect(screen.getByLabelText("Password")).toHaveAttribute("type", "password");
    fireEvent.mouseDown(screen.getByRole("button", { name: "Show password" }));
    expect(screen.getByLabelText("Password")).toHaveAttribute("type", "text");
  });

  it("shows server values that differ from what it last sent (clear_on_submit)", () => {
    const r = renderElement("text_input", widgetProps({ label: "Msg", value: "" }), { id: "t" });
    const input = screen.getByLabelText("Msg");
    fireEvent.change(input, { target: { value: "hello" } });
    fireEvent.keyDown(input, { key: "Enter" });
    r.update(widgetProps({ label: "Msg", value: "" }));
    expect(screen.getByLabelText("Msg")).toHaveValue("");
  });

  it("respects disabled and collapsed labels", () => {
    renderElement(
      "text_input",
      widgetProps({ label: "Quiet", value: "", disabled: true, label_visibility: "collapsed" }),
    );
    expect(screen.getByLabelText("Quiet")).toBeDisabled();
  });

  it("sends None for an empty value=None input only when typed into", () => {
    const { sent } = renderElement("text_input", widgetProps({ label: "N", value: null }), {
      id: "t",
    });
    const input = screen.getByLabelText("N");
    fireEvent.change(input, { target: { value: "a" } });
    fireEvent.change(input, { target: { value: "" } });
    fireEvent.blur(input);
    expect(sent).toEqual([]);
  });
});
