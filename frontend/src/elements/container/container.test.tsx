import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderTree } from "../../test/render";
import { keyClasses, layoutStyle } from ".";

describe("container", () => {
  it("renders its children, with a border and a scrolling height", () => {
    const { container } = renderTree([
      [[0, 0], { kind: "container", props: { border: null, height: 200 }, block: true }],
      [[0, 0, 0], { kind: "text", props: { body: "inside" } }],
    ]);
    const block = container.querySelector(".rill-container") as HTMLElement;
    expect(block).toHaveAttribute("data-border");
    expect(block.style.height).toBe("200px");
    expect(screen.getByText("inside")).toBeInTheDocument();
  });

  it("is a named region the keyboard reaches when it scrolls, and only then", () => {
    renderTree([
      [[0, 0], { kind: "container", props: { height: 120 }, block: true }],
      [[0, 1], { kind: "container", props: {}, block: true }],
    ]);
    const regions = screen.getAllByRole("region");
    expect(regions).toHaveLength(1);
    expect(regions[0]).toHaveAccessibleName("Scrollable container");
    expect(regions[0]).toHaveAttribute("tabindex", "0");
  });

  it("has no border by default", () => {
    const { container } = renderTree([[[0, 0], { kind: "container", props: {}, block: true }]]);
    expect(container.querySelector(".rill-container")).not.toHaveAttribute("data-border");
  });

  it("lays out a horizontal container as a row with its gap and alignments", () => {
    const props = {
      horizontal: true,
      gap: "large" as const,
      horizontal_alignment: "right" as const,
      vertical_alignment: "center" as const,
    };
    const { container } = renderTree([[[0, 0], { kind: "container", props, block: true }]]);
    const block = container.querySelector(".rill-container") as HTMLElement;
    expect(block).toHaveAttribute("data-horizontal");
    expect(block.style.gap).toBe("4rem");
    expect(block.style.justifyContent).toBe("flex-end");
    expect(block.style.alignItems).toBe("center");
  });

  it("maps alignments across and along the flow", () => {
    expect(layoutStyle({ vertical_alignment: "distribute" })).toEqual({
      justifyContent: "space-between",
    });
    expect(layoutStyle({ horizontal_alignment: "center" })).toEqual({ alignItems: "center" });
    // "left" keeps a column's elements as wide as the container; "distribute" across a row
    // aligns like "top".
    expect(layoutStyle({ horizontal_alignment: "left", gap: null })).toEqual({ gap: "0" });
    expect(layoutStyle({ horizontal: true, vertical_alignment: "distribute" })).toEqual({});
    expect(layoutStyle({ width: 300 })).toEqual({ width: "300px" });
  });

  it("names a keyed container with the CSS classes apps style", () => {
    expect(keyClasses("my box")).toBe(" st-key-my-box rill-key-my-box");
    expect(keyClasses(null)).toBe("");
    const { container } = renderTree([
      [[0, 0], { kind: "container", props: { key: "card", width: "content" }, block: true }],
    ]);
    const block = container.querySelector(".rill-container") as HTMLElement;
    expect(block).toHaveClass("st-key-card");
    expect(block).toHaveAttribute("data-width", "content");
  });
});

describe("fragment containers", () => {
  it("rerun their fragment every run_every seconds", () => {
    vi.useFakeTimers();
    const { sent, unmount } = renderTree([
      [[0, 0], { kind: "container", props: { fragment_id: "frag", run_every: 2 }, block: true }],
    ]);
    vi.advanceTimersByTime(4100);
    expect(sent).toEqual([
      { widgets: {}, fragmentId: "frag" },
      { widgets: {}, fragmentId: "frag" },
    ]);
    unmount();
    vi.advanceTimersByTime(4000);
    expect(sent).toHaveLength(2);
    vi.useRealTimers();
  });

  it("make widgets inside them ask for a fragment run", () => {
    const { sent } = renderTree([
      [[0, 0], { kind: "container", props: { fragment_id: "frag" }, block: true }],
      [[0, 0, 0], { kind: "button", id: "b", props: { label: "Go" } }],
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Go" }));
    expect(sent).toEqual([{ widgets: { b: true }, fragmentId: "frag" }]);
  });
});
