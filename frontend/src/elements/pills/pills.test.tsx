import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement, widgetProps } from "../../test/render";
import { iconOnlyName, moveTarget, toggled } from "./group";

const pills = (extra: Record<string, unknown>) =>
  widgetProps({ label: "Pick", options: ["a", "b", "c"], value: [], ...extra });

describe("pills", () => {
  it("is a radio group named by its label in single mode; a click selects, another clears", () => {
    const { sent, update } = renderElement("pills", pills({ value: [1] }), { id: "p" });
    const group = screen.getByRole("radiogroup", { name: "Pick" });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "b" })).toHaveAttribute("aria-checked", "true");
    fireEvent.click(screen.getByRole("radio", { name: "c" }));
    expect(sent).toEqual([{ widgets: { p: [2] }, fragmentId: null }]);
    update(pills({ value: [2] }));
    fireEvent.click(screen.getByRole("radio", { name: "c" }));
    expect(sent[1]).toEqual({ widgets: { p: [] }, fragmentId: null });
  });

  it("is a group of toggle buttons in multi mode, sent in the order they were pressed", () => {
    const { sent } = renderElement("pills", pills({ selection_mode: "multi", value: [2] }), {
      id: "m",
    });
    expect(screen.getByRole("group", { name: "Pick" })).toBeInTheDocument();
    const a = screen.getByRole("button", { name: "a" });
    expect(a).toHaveAttribute("aria-pressed", "false");
    expect(screen.getByRole("button", { name: "c" })).toHaveAttribute("aria-pressed", "true");
    fireEvent.click(a);
    expect(sent).toEqual([{ widgets: { m: [2, 0] }, fragmentId: null }]);
    expect(a).toHaveAttribute("aria-pressed", "true");
  });

  it("is one tab stop; arrows move (and select, in single mode), Home and End jump", () => {
    const { sent } = renderElement("pills", pills({ value: [0] }), { id: "k" });
    const [a, b, c] = screen.getAllByRole("radio");
    expect([a, b, c].map((r) => r?.tabIndex)).toEqual([0, -1, -1]);
    a?.focus();
    fireEvent.keyDown(a as HTMLElement, { key: "ArrowRight" });
    expect(document.activeElement).toBe(b);
    expect(sent).toEqual([{ widgets: { k: [1] }, fragmentId: null }]);
    fireEvent.keyDown(b as HTMLElement, { key: "End" });
    expect(document.activeElement).toBe(c);
    expect(sent.at(-1)).toEqual({ widgets: { k: [2] }, fragmentId: null });
  });

  it("moves without selecting in multi mode", () => {
    const { sent } = renderElement("pills", pills({ selection_mode: "multi" }), { id: "k" });
    const [a, b] = screen.getAllByRole("button");
    a?.focus();
    fireEvent.keyDown(a as HTMLElement, { key: "ArrowLeft" });
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "c" }));
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: "Home" });
    expect(document.activeElement).toBe(a);
    expect(b).toHaveAttribute("tabindex", "-1");
    expect(sent).toEqual([]);
  });

  it("names icon-only options after their icon, and respects disabled", () => {
    const { sent } = renderElement(
      "pills",
      pills({ options: [":material/zoom_in:", "Plain"], disabled: true }),
    );
    const zoom = screen.getByRole("radio", { name: "zoom in" });
    expect(zoom).toBeDisabled();
    fireEvent.click(zoom);
    expect(sent).toEqual([]);
  });

  it("computes selections, moves and names", () => {
    expect(toggled([2], 0, "multi")).toEqual([2, 0]);
    expect(toggled([2, 0], 2, "multi")).toEqual([0]);
    expect(toggled([1], 2, "single")).toEqual([2]);
    expect(toggled([1], 1, "single")).toEqual([]);
    expect(moveTarget("ArrowDown", 2, 3)).toBe(0);
    expect(moveTarget("ArrowUp", 0, 3)).toBe(2);
    expect(moveTarget("a", 0, 3)).toBeNull();
    expect(iconOnlyName(":material/add: :material/zoom_out_map:")).toBe("add zoom out map");
    expect(iconOnlyName(":material/add: Add")).toBeUndefined();
  });
});
