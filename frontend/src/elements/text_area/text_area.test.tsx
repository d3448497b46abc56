import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement, widgetProps } from "../../test/render";

describe("text_area", () => {
  it("sends on Ctrl+Enter and on blur, not on Enter", () => {
    const { sent } = renderElement("text_area", widgetProps({ label: "Notes", value: "" }), {
      id: "a",
    });
    const area = screen.getByLabelText("Notes");
    fireEvent.change(area, { target: { value: "line" } });
    fireEvent.keyDown(area, { key: "Enter" });
    expect(sent).toEqual([]);
    fireEvent.keyDown(area, { key: "Enter", ctrlKey: true });
    expect(sent).toEqual([{ widgets: { a: "line" }, fragmentId: null }]);
    fireEvent.change(area, { target: { value: "line 2" } });
    fireEvent.blur(area);
    expect(sent[1]?.widgets).toEqual({ a: "line 2" });
  });

  it("respects disabled, placeholder and max_chars", () => {
    renderElement(
      "text_area",
      widgetProps({ label: "N", value: "hi", disabled: true, placeholder: "p", max_chars: 10 }),
    );
    const area = screen.getByLabelText("N");
    expect(area).toBeDisabled();
    expect(area).toHaveAttribute("placeholder", "p");
    expect(screen.getByText("2/10")).toBeInTheDocument();
  });
});
