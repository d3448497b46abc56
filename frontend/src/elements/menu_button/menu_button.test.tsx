import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement, widgetProps } from "../../test/render";

const menu = (extra: Record<string, unknown> = {}) =>
  widgetProps({ label: "Export", options: ["CSV", "JSON"], ...extra });

describe("menu_button", () => {
  it("is a menu button; picking an item sends its index and keeps the label", async () => {
    const { sent } = renderElement("menu_button", menu(), { id: "m" });
    const button = screen.getByRole("button", { name: "Export" });
    expect(button).toHaveAttribute("aria-haspopup", "menu");
    fireEvent.click(button);
    expect(await screen.findByRole("menu")).toBeInTheDocument();
    fireEvent.click(await screen.findByRole("menuitem", { name: "JSON", hidden: true }));
    expect(sent).toEqual([{ widgets: { m: 1 }, fragmentId: null }]);
    expect(screen.getByRole("button", { name: "Export" })).toBeInTheDocument();
  });

  it("opening and closing without a pick sends nothing", async () => {
    const { sent } = renderElement("menu_button", menu(), { id: "m" });
    const button = screen.getByRole("button", { name: "Export" });
    fireEvent.click(button);
    expect(await screen.findByRole("menu")).toBeInTheDocument();
    fireEvent.keyDown(await screen.findByRole("menuitem", { name: "CSV", hidden: true }), {
      key: "Escape",
    });
    expect(sent).toEqual([]);
  });

  it("shows its type and icon, and respects disabled", () => {
    renderElement("menu_button", menu({ disabled: true, type: "primary", icon: "🚀" }));
    const button = screen.getByRole("button", { name: /Export/ });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute("data-type", "primary");
    expect(screen.getByText("🚀")).toBeInTheDocument();
  });
});
