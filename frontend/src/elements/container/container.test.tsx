import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderTree } from "../../test/render";

describe("container", () => {
  it("renders its children, with a border and scrolling height", () => {
    const { container } = renderTree([
      [[0, 0], { kind: "container", props: { border: null, height: 200 }, block: true }],
      [[0, 0, 0], { kind: "text", props: { body: "inside" } }],
    ]);
    const block = container.querySelector(".rill-container") as HTMLElement;
    expect(block).toHaveAttribute("data-border");
    expect(block.style.height).toBe("200px");
    expect(screen.getByText("inside")).toBeInTheDocument();
  });

  it("has no border by default", () => {
    const { container } = renderTree([[[0, 0], { kind: "container", props: {}, block: true }]]);
    expect(container.querySelector(".rill-container")).not.toHaveAttribute("data-border");
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
    screen.getByRole("button", { name: "Go" }).click();
    expect(sent).toEqual([{ widgets: { b: true }, fragmentId: "frag" }]);
  });
});
