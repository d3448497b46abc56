import { act, screen } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { loadMarkdownEngine } from "../../markdown/Markdown";
import { renderElement } from "../../test/render";
import { SPINNER_DELAY } from ".";

beforeAll(async () => {
  await loadMarkdownEngine();
});
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("spinner", () => {
  it("is an empty status region at first, then shows its message after the delay", () => {
    renderElement("spinner", { text: "Fetching *data*" });
    const region = screen.getByRole("status");
    expect(region).toBeEmptyDOMElement();
    act(() => vi.advanceTimersByTime(SPINNER_DELAY - 1));
    expect(region).toBeEmptyDOMElement();
    act(() => vi.advanceTimersByTime(1));
    expect(region).toHaveTextContent("Fetching data");
    expect(region.querySelector(".rill-spinner")).toHaveAttribute("aria-hidden", "true");
  });

  it("counts the seconds up with show_time, out of the screen reader's way", () => {
    renderElement("spinner", { text: "Wait", show_time: true });
    act(() => vi.advanceTimersByTime(SPINNER_DELAY));
    const time = document.querySelector(".rill-spinner-time") as HTMLElement;
    expect(time).toHaveAttribute("aria-hidden", "true");
    const first = time.textContent;
    act(() => vi.advanceTimersByTime(1200));
    expect(time.textContent).toMatch(/^\(\d+\.\d seconds\)$/);
    expect(time.textContent).not.toBe(first);
  });

  it("shows no time without show_time, and stretches when asked", () => {
    renderElement("spinner", { text: "Wait", width: "stretch" });
    act(() => vi.advanceTimersByTime(SPINNER_DELAY));
    expect(document.querySelector(".rill-spinner-time")).toBeNull();
    expect(screen.getByRole("status")).toHaveAttribute("data-width", "stretch");
  });
});
