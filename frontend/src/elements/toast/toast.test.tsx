import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { makeNode } from "../../test/render";
import { loadMarkdownEngine } from "../../markdown/Markdown";
import { ElementView } from "../../render/ElementView";

beforeAll(async () => {
  await loadMarkdownEngine();
});
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function toast(props: Record<string, unknown>, runId = 1) {
  return <ElementView node={makeNode("toast", props, { runId })} />;
}

/** Render a toast and let it fill its live region. */
function show(props: Record<string, unknown>) {
  const result = render(toast(props));
  act(() => vi.advanceTimersByTime(0));
  return result;
}

describe("toast", () => {
  it("is drawn in the corner stack as a polite live region, filled after it mounts", () => {
    const { container } = render(toast({ body: "Saved **it**", icon: "🎉", duration: 4 }));
    const card = screen.getByRole("status");
    expect(card).toHaveAttribute("aria-live", "polite");
    expect(card).toBeEmptyDOMElement();
    act(() => vi.advanceTimersByTime(0));
    expect(card).toHaveTextContent("🎉Saved it");
    expect(card.closest(".rill-toast-stack")).not.toBeNull();
    expect(container.contains(card)).toBe(false);
  });

  it("goes away after its duration", () => {
    show({ body: "Bye", duration: 4 });
    act(() => vi.advanceTimersByTime(3999));
    expect(screen.getByText("Bye")).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.queryByText("Bye")).toBeNull();
  });

  it("stays without a duration, and while hovered or focused", () => {
    show({ body: "Forever", duration: null });
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByText("Forever")).toBeInTheDocument();
    const hovered = show({ body: "Held", duration: 1 });
    const card = screen.getByText("Held").closest(".rill-toast-card") as HTMLElement;
    fireEvent.mouseEnter(card);
    act(() => vi.advanceTimersByTime(5000));
    expect(screen.getByText("Held")).toBeInTheDocument();
    fireEvent.mouseLeave(card);
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.queryByText("Held")).toBeNull();
    hovered.unmount();
  });

  it("is dismissed by its close button, and by Escape, giving focus back", () => {
    const outside = document.createElement("button");
    document.body.appendChild(outside);
    outside.focus();
    show({ body: "Closable", duration: null });
    const close = screen.getByRole("button", { name: "Close notification" });
    fireEvent.focus(close, { relatedTarget: outside });
    act(() => close.focus());
    fireEvent.keyDown(close, { key: "Escape" });
    expect(screen.queryByText("Closable")).toBeNull();
    expect(document.activeElement).toBe(outside);
    show({ body: "Clicked away", duration: null });
    fireEvent.click(screen.getByRole("button", { name: "Close notification" }));
    expect(screen.queryByText("Clicked away")).toBeNull();
    outside.remove();
  });

  it("comes back when a later run shows it again, but not for an update in the same run", () => {
    const { rerender } = show({ body: "Hello", duration: null });
    fireEvent.click(screen.getByRole("button", { name: "Close notification" }));
    rerender(toast({ body: "Hello, again", duration: null }, 1));
    expect(screen.queryByText("Hello, again")).toBeNull();
    rerender(toast({ body: "Hello, next run", duration: null }, 2));
    act(() => vi.advanceTimersByTime(0));
    expect(screen.getByText("Hello, next run")).toBeInTheDocument();
  });

  it("restarts its time when the script changes it", () => {
    const { rerender } = show({ body: "Step 1", duration: 2 });
    act(() => vi.advanceTimersByTime(1500));
    rerender(toast({ body: "Step 2", duration: 2 }));
    act(() => vi.advanceTimersByTime(1500));
    expect(screen.getByText("Step 2")).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(500));
    expect(screen.queryByText("Step 2")).toBeNull();
  });

  it("shows a spinner for the spinner icon", () => {
    show({ body: "Working", icon: "spinner", duration: null });
    const card = screen.getByRole("status");
    expect(card.querySelector(".rill-spinner")).toHaveAttribute("aria-hidden", "true");
  });
});
