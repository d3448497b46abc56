import { fireEvent, render, screen } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { applyDelta, emptyRoots } from "../../core/tree";
import { loadMarkdownEngine } from "../../markdown/Markdown";
import { ElementList } from "../../render/ElementView";
import { renderTree } from "../../test/render";

beforeAll(async () => {
  await loadMarkdownEngine();
});

function status(props: Record<string, unknown>, child = "Step one done") {
  let roots = emptyRoots();
  roots = applyDelta(roots, [0, 0], { kind: "status", props, block: true }, 1);
  roots = applyDelta(roots, [0, 0, 0], { kind: "text", props: { body: child } }, 1);
  return roots[0].children;
}

describe("status", () => {
  it("is a disclosure whose button says the label and the state", () => {
    renderTree([
      [[0, 0], { kind: "status", props: { label: "Downloading", state: "running" }, block: true }],
      [[0, 0, 0], { kind: "text", props: { body: "Found a URL" } }],
    ]);
    const button = screen.getByRole("button", { name: "Downloading (running)" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(button.querySelector(".rill-spinner")).not.toBeNull();
    expect(screen.getByText("Found a URL")).not.toBeVisible();
    fireEvent.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByText("Found a URL")).toBeVisible();
    const region = document.getElementById(button.getAttribute("aria-controls") ?? "");
    expect(region).toHaveAttribute("role", "region");
    expect(region).toHaveAccessibleName("Downloading (running)");
  });

  it("draws a check mark when complete and an error mark on error", () => {
    const { rerender, container } = render(
      <ElementList nodes={status({ label: "Task", state: "complete" })} />,
    );
    expect(screen.getByRole("button", { name: "Task (complete)" })).toBeInTheDocument();
    expect(container.querySelector(".rill-status-icon-complete")).not.toBeNull();
    expect(container.querySelector(".rill-spinner")).toBeNull();
    rerender(<ElementList nodes={status({ label: "Task", state: "error" })} />);
    expect(screen.getByRole("button", { name: "Task (error)" })).toBeInTheDocument();
    expect(container.querySelector(".rill-status-icon-error")).not.toBeNull();
  });

  it("announces a change of state, and not the first one", () => {
    const { rerender, container } = render(
      <ElementList nodes={status({ label: "Build", state: "running" })} />,
    );
    const live = container.querySelector('[aria-live="polite"]') as HTMLElement;
    expect(live).toBeEmptyDOMElement();
    rerender(<ElementList nodes={status({ label: "Build", state: "complete" })} />);
    expect(live).toHaveTextContent("Build: complete");
  });

  it("starts open when expanded and follows the script opening or closing it", () => {
    const { rerender } = render(
      <ElementList nodes={status({ label: "Job", state: "running", expanded: true })} />,
    );
    const button = screen.getByRole("button", { name: "Job (running)" });
    expect(button).toHaveAttribute("aria-expanded", "true");
    fireEvent.click(button);
    expect(button).toHaveAttribute("aria-expanded", "false");
    // A new state alone leaves the user's choice alone...
    rerender(<ElementList nodes={status({ label: "Job", state: "complete", expanded: true })} />);
    expect(screen.getByRole("button", { name: "Job (complete)" })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
    // ...while the script closing and opening it again is followed.
    rerender(<ElementList nodes={status({ label: "Job", state: "complete", expanded: false })} />);
    rerender(<ElementList nodes={status({ label: "Job", state: "complete", expanded: true })} />);
    expect(screen.getByRole("button", { name: "Job (complete)" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
  });
});
