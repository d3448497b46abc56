import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement } from "../../test/render";

const DOC = '{"a": 1, "b": [true, null, "s"], "c": {"d": {"e": 2}}}';

/** Render, and wait for the lazily loaded renderer to draw. */
async function renderJson(
  props: Record<string, unknown>,
): Promise<ReturnType<typeof renderElement>> {
  const rendered = renderElement("json", props);
  await screen.findByRole("tree");
  return rendered;
}

function items(): HTMLElement[] {
  return screen.getAllByRole("treeitem");
}

function names(): string[] {
  return items().map((item) => item.getAttribute("aria-label") ?? "");
}

describe("json", () => {
  it("is a tree whose entries say their key, type and size", async () => {
    await renderJson({ body: DOC });
    expect(screen.getByRole("tree", { name: "JSON" })).toBeInTheDocument();
    expect(names()).toEqual([
      "3 keys, object",
      "a: 1",
      "b: 3 items, array",
      "0: true",
      "1: null",
      '2: "s"',
      "c: 1 key, object",
      "d: 1 key, object",
      "e: 2",
    ]);
    const b = screen.getByRole("treeitem", { name: "b: 3 items, array" });
    expect(b).toHaveAttribute("aria-level", "2");
    expect(b).toHaveAttribute("aria-posinset", "2");
    expect(b).toHaveAttribute("aria-setsize", "3");
    expect(b).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("treeitem", { name: "a: 1" })).not.toHaveAttribute("aria-expanded");
  });

  it.each([
    [false, ["3 keys, object"]],
    [0, ["3 keys, object"]],
    [1, ["3 keys, object", "a: 1", "b: 3 items, array", "c: 1 key, object"]],
    [
      2,
      [
        "3 keys, object",
        "a: 1",
        "b: 3 items, array",
        "0: true",
        "1: null",
        '2: "s"',
        "c: 1 key, object",
        "d: 1 key, object",
      ],
    ],
  ])("with expanded=%s opens that many levels", async (expanded, shown) => {
    const { container } = await renderJson({ body: DOC, expanded });
    expect(names()).toEqual(shown);
    if (expanded === 1) expect(container.textContent).toContain("3 items ]");
  });

  it("is one tab stop, moved by the arrow keys, Home and End", async () => {
    await renderJson({ body: DOC, expanded: 1 });
    const tabbable = items().filter((item) => item.tabIndex === 0);
    expect(tabbable.map((t) => t.getAttribute("aria-label"))).toEqual(["3 keys, object"]);
    const root = tabbable[0] as HTMLElement;
    root.focus();
    fireEvent.keyDown(root, { key: "ArrowDown" });
    expect(document.activeElement).toHaveAttribute("aria-label", "a: 1");
    fireEvent.keyDown(document.activeElement as Element, { key: "End" });
    expect(document.activeElement).toHaveAttribute("aria-label", "c: 1 key, object");
    fireEvent.keyDown(document.activeElement as Element, { key: "Home" });
    expect(document.activeElement).toBe(root);
    expect(items().filter((item) => item.tabIndex === 0)).toEqual([root]);
  });

  it("opens with Right, enters with Right, closes with Left, goes up with Left", async () => {
    await renderJson({ body: DOC, expanded: 1 });
    const b = screen.getByRole("treeitem", { name: "b: 3 items, array" });
    b.focus();
    fireEvent.keyDown(b, { key: "ArrowUp" }); // a
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowDown" }); // b
    const focused = document.activeElement as HTMLElement;
    expect(focused).toHaveAttribute("aria-expanded", "false");
    fireEvent.keyDown(focused, { key: "ArrowRight" });
    expect(focused).toHaveAttribute("aria-expanded", "true");
    expect(names()).toContain("0: true");
    fireEvent.keyDown(focused, { key: "ArrowRight" });
    expect(document.activeElement).toHaveAttribute("aria-label", "0: true");
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowLeft" });
    expect(document.activeElement).toHaveAttribute("aria-label", "b: 3 items, array");
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowLeft" });
    expect(document.activeElement).toHaveAttribute("aria-expanded", "false");
    expect(names()).not.toContain("0: true");
  });

  it("toggles with Enter, Space and a click; * opens the siblings", async () => {
    const { container } = await renderJson({ body: DOC, expanded: 1 });
    const c = screen.getByRole("treeitem", { name: "c: 1 key, object" });
    c.focus();
    fireEvent.keyDown(c, { key: "Enter" });
    expect(c).toHaveAttribute("aria-expanded", "true");
    fireEvent.keyDown(c, { key: " " });
    expect(c).toHaveAttribute("aria-expanded", "false");
    fireEvent.click(c);
    expect(c).toHaveAttribute("aria-expanded", "true");
    fireEvent.click(screen.getByRole("treeitem", { name: "3 keys, object" }));
    expect(container.textContent).toContain("3 keys }");
    fireEvent.click(screen.getByRole("treeitem", { name: "3 keys, object" }));
    const a = screen.getByRole("treeitem", { name: "a: 1" });
    a.focus();
    fireEvent.keyDown(a, { key: "*" });
    expect(screen.getByRole("treeitem", { name: "b: 3 items, array" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
  });

  it("shows text that is not JSON as it is, and keeps a width", async () => {
    const { container, update } = renderElement("json", { body: "{not json" });
    expect(await screen.findByText("{not json")).toBeInTheDocument();
    update({ body: "[1]", width: 200 });
    expect((container.querySelector(".rill-json") as HTMLElement).style.width).toBe("200px");
  });

  it("starts over when the script sends a new depth", async () => {
    const { update } = await renderJson({ body: DOC, expanded: 0 });
    expect(names()).toHaveLength(1);
    update({ body: DOC, expanded: true });
    expect(names()).toHaveLength(9);
  });
});
