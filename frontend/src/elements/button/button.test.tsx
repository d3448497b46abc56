import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement, widgetProps } from "../../test/render";

describe("button", () => {
  it("sends true on click", () => {
    const { sent } = renderElement("button", widgetProps({ label: "Go" }), { id: "b1" });
    fireEvent.click(screen.getByRole("button", { name: "Go" }));
    expect(sent).toEqual([{ widgets: { b1: true }, fragmentId: null }]);
  });

  it("respects disabled and shows its type and icon", () => {
    const { sent } = renderElement(
      "button",
      widgetProps({ label: "Go", disabled: true, type: "primary", icon: "🚀" }),
    );
    const button = screen.getByRole("button", { name: /Go/ });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute("data-type", "primary");
    expect(screen.getByText("🚀")).toBeInTheDocument();
    fireEvent.click(button);
    expect(sent).toEqual([]);
  });
});
