import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Element } from "../../protocol.gen";
import { renderElement, renderTree } from "../../test/render";

function dialog(
  props: Record<string, unknown> = {},
  dismissTrigger = false,
): ReturnType<typeof renderTree> {
  const deltas: [number[], Element][] = [
    [[0, 0], { kind: "button", id: "open", props: { label: "Open" } }],
    [[0, 1], { kind: "dialog", props: { title: "Settings", ...props }, block: true }],
  ];
  if (dismissTrigger)
    deltas.push([[0, 1, 0], { kind: "dialog_dismiss", id: "dismiss", props: {} }]);
  deltas.push([[0, 1, dismissTrigger ? 1 : 0], { kind: "container", props: {}, block: true }]);
  const body = [0, 1, dismissTrigger ? 1 : 0];
  deltas.push([[...body, 0], { kind: "text_input", id: "name", props: { label: "Name" } }]);
  deltas.push([[...body, 1], { kind: "button", id: "save", props: { label: "Save" } }]);
  return renderTree(deltas);
}

describe("dialog", () => {
  it("is a modal dialog named by its title, with focus inside", async () => {
    dialog();
    const modal = screen.getByRole("dialog", { name: "Settings" });
    expect(modal).toHaveAttribute("aria-modal", "true");
    await waitFor(() => expect(modal).toHaveFocus());
    expect(screen.getByRole("textbox", { name: "Name" })).toBeVisible();
  });

  it("closes with Escape or the close button when dismissible", () => {
    dialog();
    fireEvent.keyDown(screen.getByRole("dialog"), { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("closes with its close button, sending nothing by default", () => {
    const { sent } = dialog();
    fireEvent.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(sent).toEqual([]);
  });

  it("clicks its dismiss trigger (a full rerun) when dismissing should rerun the app", () => {
    const { sent } = dialog({}, true);
    fireEvent.keyDown(screen.getByRole("dialog"), { key: "Escape" });
    expect(sent).toEqual([{ widgets: { dismiss: true }, fragmentId: null }]);
  });

  it("cannot be dismissed when not dismissible", () => {
    const { container } = dialog({ dismissible: false });
    expect(screen.queryByRole("button", { name: "Close" })).toBeNull();
    fireEvent.keyDown(screen.getByRole("dialog"), { key: "Escape" });
    fireEvent.mouseDown(container.querySelector(".rill-dialog-backdrop") as HTMLElement);
    expect(screen.getByRole("dialog")).toBeVisible();
  });

  it("closes on a click on the backdrop, not inside", () => {
    const { container } = dialog();
    fireEvent.mouseDown(screen.getByRole("textbox", { name: "Name" }));
    expect(screen.getByRole("dialog")).toBeVisible();
    fireEvent.mouseDown(container.querySelector(".rill-dialog-backdrop") as HTMLElement);
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("keeps Tab inside: past the last element, focus wraps to the first", () => {
    dialog();
    const save = screen.getByRole("button", { name: "Save" });
    save.focus();
    fireEvent.keyDown(save, { key: "Tab" });
    expect(screen.getByRole("button", { name: "Close" })).toHaveFocus();
    fireEvent.keyDown(screen.getByRole("button", { name: "Close" }), {
      key: "Tab",
      shiftKey: true,
    });
    expect(save).toHaveFocus();
  });

  it("opens again when the server sends it again", () => {
    const rendered = renderElement("dialog", { title: "Again" });
    fireEvent.keyDown(screen.getByRole("dialog"), { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
    rendered.update({ title: "Again" });
    expect(screen.getByRole("dialog", { name: "Again" })).toBeVisible();
  });

  it("takes the width asked for", () => {
    dialog({ width: "large" });
    expect(screen.getByRole("dialog")).toHaveAttribute("data-width", "large");
  });
});

describe("dialog_dismiss", () => {
  it("draws nothing", () => {
    const { container } = renderElement("dialog_dismiss", {});
    expect(container.querySelector(".rill-element")?.innerHTML).toBe("");
  });
});
