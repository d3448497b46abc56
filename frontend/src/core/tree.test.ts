import { describe, expect, it } from "vitest";
import type { Element } from "../protocol.gen";
import {
  applyDelta,
  applyTrim,
  emptyRoots,
  finishRun,
  markStale,
  nodeAt,
  type Roots,
} from "./tree";

const md = (body: string): Element => ({ kind: "markdown", props: { body } });
const block = (kind: string, props: Record<string, unknown> = {}): Element => ({
  kind,
  props,
  block: true,
});

function kinds(roots: Roots, path: number[]): string[] {
  return (nodeAt(roots, path)?.children ?? []).map((c) => c.kind);
}

describe("element tree", () => {
  it("puts elements at their paths", () => {
    let roots = emptyRoots();
    roots = applyDelta(roots, [0, 0], md("a"), 1);
    roots = applyDelta(roots, [0, 1], md("b"), 1);
    roots = applyDelta(roots, [1, 0], md("side"), 1);
    expect(kinds(roots, [0])).toEqual(["markdown", "markdown"]);
    expect(nodeAt(roots, [0, 1])?.props.body).toBe("b");
    expect(nodeAt(roots, [1, 0])?.props.body).toBe("side");
  });

  it("creates intermediate containers and placeholders", () => {
    const roots = applyDelta(emptyRoots(), [0, 2, 1], md("deep"), 1);
    expect(kinds(roots, [0])).toEqual(["empty", "empty", "container"]);
    expect(kinds(roots, [0, 2])).toEqual(["empty", "markdown"]);
  });

  it("keeps a block's children when the same kind of block is written again", () => {
    let roots = applyDelta(emptyRoots(), [0, 0], block("expander", { label: "x" }), 1);
    roots = applyDelta(roots, [0, 0, 0], md("inside"), 1);
    roots = applyDelta(roots, [0, 0], block("expander", { label: "y" }), 2);
    expect(nodeAt(roots, [0, 0])?.props.label).toBe("y");
    expect(kinds(roots, [0, 0])).toEqual(["markdown"]);
  });

  it("drops children when a different kind or a non-block replaces a block", () => {
    let roots = applyDelta(emptyRoots(), [0, 0], block("expander"), 1);
    roots = applyDelta(roots, [0, 0, 0], md("inside"), 1);
    const other = applyDelta(roots, [0, 0], block("container"), 2);
    expect(kinds(other, [0, 0])).toEqual([]);
    const leaf = applyDelta(roots, [0, 0], md("leaf"), 2);
    expect(nodeAt(leaf, [0, 0])?.children).toEqual([]);
    expect(nodeAt(leaf, [0, 0])?.block).toBe(false);
  });

  it("trims a container's children", () => {
    let roots = emptyRoots();
    for (let i = 0; i < 4; i++) roots = applyDelta(roots, [0, i], md(String(i)), 1);
    roots = applyDelta(roots, [0, 4], block("container"), 1);
    roots = applyDelta(roots, [0, 4, 0], md("x"), 1);
    roots = applyDelta(roots, [0, 4, 1], md("y"), 1);
    roots = applyTrim(roots, [0, 4], 1);
    expect(kinds(roots, [0, 4])).toEqual(["markdown"]);
    roots = applyTrim(roots, [0], 2);
    expect(kinds(roots, [0])).toEqual(["markdown", "markdown"]);
  });

  it("keeps identity of untouched subtrees", () => {
    let roots = applyDelta(emptyRoots(), [0, 0], md("a"), 1);
    roots = applyDelta(roots, [1, 0], md("side"), 1);
    const sidebar = roots[1];
    const first = nodeAt(roots, [0, 0]);
    const next = applyDelta(roots, [0, 1], md("b"), 2);
    expect(next[1]).toBe(sidebar);
    expect(nodeAt(next, [0, 0])).toBe(first);
    expect(applyTrim(next, [0], 5)).toBe(next);
  });

  it("bumps rev on every write, not on stale marking", () => {
    let roots = applyDelta(emptyRoots(), [0, 0], md("a"), 1);
    const rev = nodeAt(roots, [0, 0])?.rev;
    roots = markStale(roots);
    expect(nodeAt(roots, [0, 0])?.rev).toBe(rev);
    roots = applyDelta(roots, [0, 0], md("a"), 2);
    expect(nodeAt(roots, [0, 0])?.rev).not.toBe(rev);
  });
});

describe("stale marking", () => {
  function app(): Roots {
    let roots = emptyRoots();
    roots = applyDelta(roots, [0, 0], md("top"), 1);
    roots = applyDelta(roots, [0, 1], block("container", { fragment_id: "frag" }), 1);
    roots = applyDelta(roots, [0, 1, 0], md("in fragment"), 1);
    roots = applyDelta(roots, [0, 1, 1], block("columns"), 1);
    roots = applyDelta(roots, [0, 1, 1, 0], block("column", { weight: 1 }), 1);
    roots = applyDelta(roots, [0, 1, 1, 0, 0], md("deep in fragment"), 1);
    roots = applyDelta(roots, [1, 0], md("sidebar"), 1);
    return roots;
  }

  it("marks everything stale for a full run, and a delta refreshes one element", () => {
    let roots = markStale(app());
    expect(nodeAt(roots, [0, 0])?.stale).toBe(true);
    expect(nodeAt(roots, [1, 0])?.stale).toBe(true);
    expect(nodeAt(roots, [0, 1, 1, 0, 0])?.stale).toBe(true);
    roots = applyDelta(roots, [0, 0], md("top"), 2);
    expect(nodeAt(roots, [0, 0])?.stale).toBe(false);
    expect(nodeAt(roots, [0, 1])?.stale).toBe(true);
  });

  it("marks only the fragment's subtree for a fragment run", () => {
    const roots = markStale(app(), "frag");
    expect(nodeAt(roots, [0, 0])?.stale).toBe(false);
    expect(nodeAt(roots, [1, 0])?.stale).toBe(false);
    expect(nodeAt(roots, [0, 1])?.stale).toBe(false);
    expect(nodeAt(roots, [0, 1, 0])?.stale).toBe(true);
    expect(nodeAt(roots, [0, 1, 1, 0, 0])?.stale).toBe(true);
  });

  it("clears stale flags when a run finishes, but not when it was interrupted", () => {
    const stale = markStale(app());
    expect(finishRun(stale, "interrupted")).toBe(stale);
    const done = finishRun(stale, "ok");
    expect(nodeAt(done, [0, 1, 1, 0, 0])?.stale).toBe(false);
    const fragmentOnly = finishRun(markStale(markStale(app()), "frag"), "ok", "frag");
    expect(nodeAt(fragmentOnly, [0, 1, 0])?.stale).toBe(false);
    expect(nodeAt(fragmentOnly, [0, 0])?.stale).toBe(true);
  });
});
