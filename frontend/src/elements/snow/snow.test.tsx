import { act, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ElementView } from "../../render/ElementView";
import { makeNode } from "../../test/render";
import { pieces } from "../balloons/celebration";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("snow", () => {
  it("lets snowflakes fall over the page once, hidden from assistive technology", () => {
    render(<ElementView node={makeNode("snow", {})} />);
    const layer = document.querySelector('.rill-celebration[data-kind="snow"]');
    expect(layer).toHaveAttribute("aria-hidden", "true");
    expect(layer?.querySelectorAll("svg").length).toBe(pieces("snow", 1).length);
    expect(layer?.querySelectorAll("svg line").length).toBe(3 * pieces("snow", 1).length);
    act(() => vi.advanceTimersByTime(15_000));
    expect(document.querySelector(".rill-celebration")).toBeNull();
  });
});
