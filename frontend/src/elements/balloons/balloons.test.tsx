import { act, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ElementView } from "../../render/ElementView";
import { makeNode } from "../../test/render";
import { BALLOON_COLORS, pieces } from "./celebration";

function overlay(): HTMLElement | null {
  return document.querySelector(".rill-celebration");
}

function reduceMotion(reduce: boolean): void {
  vi.spyOn(window, "matchMedia").mockImplementation(
    (query: string) =>
      ({
        matches: reduce && query.includes("reduced-motion"),
        media: query,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }) as unknown as MediaQueryList,
  );
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("balloons", () => {
  it("floats colored balloons over the page, hidden from assistive technology", () => {
    reduceMotion(false);
    const { container } = render(<ElementView node={makeNode("balloons", {})} />);
    const layer = overlay();
    expect(layer).not.toBeNull();
    expect(layer).toHaveAttribute("aria-hidden", "true");
    expect(container.contains(layer)).toBe(false);
    const balloons = layer?.querySelectorAll("ellipse[fill]:not([fill='#ffffff'])") ?? [];
    expect(balloons.length).toBe(pieces("balloons", 1).length);
    const fills = new Set([...balloons].map((e) => e.getAttribute("fill")));
    expect([...fills].every((f) => BALLOON_COLORS.includes(f ?? ""))).toBe(true);
  });

  it("goes away when the balloons are gone", () => {
    reduceMotion(false);
    render(<ElementView node={makeNode("balloons", {})} />);
    expect(overlay()).not.toBeNull();
    act(() => vi.advanceTimersByTime(10_000));
    expect(overlay()).toBeNull();
  });

  it("draws nothing for users who ask for reduced motion", () => {
    reduceMotion(true);
    render(<ElementView node={makeNode("balloons", {})} />);
    expect(overlay()).toBeNull();
  });

  it("places the pieces the same way for the same seed, inside the page", () => {
    expect(pieces("balloons", 7)).toEqual(pieces("balloons", 7));
    expect(pieces("balloons", 7)).not.toEqual(pieces("balloons", 8));
    for (const p of pieces("snow", 3)) {
      expect(p.left).toBeGreaterThanOrEqual(0);
      expect(p.left).toBeLessThanOrEqual(100);
    }
  });
});
