/**
 * The element tree and the pure functions that apply protocol messages to it.
 *
 * Updates copy the nodes along the changed path only, so untouched subtrees keep their
 * identity and memoized renderers skip them.
 */
import type { Element } from "../protocol.gen";

export interface TreeNode {
  kind: string;
  props: Record<string, unknown>;
  id: string | null;
  block: boolean;
  children: TreeNode[];
  /** Run that last produced this node. */
  runId: number;
  /** Bumped on every delta that writes this node: widgets re-read their server value then. */
  rev: number;
  /** Shown dimmed: the current run has not produced it again yet. */
  stale: boolean;
}

/** The four roots: main, sidebar, event layer, bottom bar. */
export type Roots = readonly [TreeNode, TreeNode, TreeNode, TreeNode];

let revCounter = 0;

function blockNode(kind: string, runId: number): TreeNode {
  return {
    kind,
    props: {},
    id: null,
    block: true,
    children: [],
    runId,
    rev: ++revCounter,
    stale: false,
  };
}

export function emptyRoots(): Roots {
  return [blockNode("root", 0), blockNode("root", 0), blockNode("root", 0), blockNode("root", 0)];
}

function placeholder(runId: number): TreeNode {
  return {
    kind: "empty",
    props: {},
    id: null,
    block: false,
    children: [],
    runId,
    rev: ++revCounter,
    stale: false,
  };
}

function write(existing: TreeNode | undefined, element: Element, runId: number): TreeNode {
  const block = element.block === true;
  const keep = block && existing !== undefined && existing.block && existing.kind === element.kind;
  return {
    kind: element.kind,
    props: element.props ?? {},
    id: element.id ?? null,
    block,
    children: keep ? existing.children : [],
    runId,
    rev: ++revCounter,
    stale: false,
  };
}

function withChild(parent: TreeNode, index: number, child: TreeNode, runId: number): TreeNode {
  const children = parent.children.slice();
  while (children.length < index) children.push(placeholder(runId));
  children[index] = child;
  return { ...parent, children };
}

function put(parent: TreeNode, rest: readonly number[], element: Element, runId: number): TreeNode {
  const [index, ...tail] = rest;
  if (index === undefined) return write(parent, element, runId);
  const existing = parent.children[index];
  let child: TreeNode;
  if (tail.length === 0) {
    child = write(existing, element, runId);
  } else {
    // An intermediate container the browser has not seen (or that is not a block any more).
    const container = existing?.block ? existing : blockNode("container", runId);
    child = put(container, tail, element, runId);
  }
  return withChild(parent, index, child, runId);
}

function rootIndex(path: readonly number[]): number {
  const root = path[0];
  if (root === undefined || root < 0 || root > 3)
    throw new Error(`bad path ${JSON.stringify(path)}`);
  return root;
}

function replaceRoot(roots: Roots, index: number, node: TreeNode): Roots {
  const copy = roots.slice() as TreeNode[];
  copy[index] = node;
  return copy as unknown as Roots;
}

/** Put `element` at `path` (a delta). */
export function applyDelta(
  roots: Roots,
  path: readonly number[],
  element: Element,
  runId: number,
): Roots {
  const root = rootIndex(path);
  if (path.length < 2) throw new Error("a delta path needs a root and an index");
  return replaceRoot(roots, root, put(roots[root] as TreeNode, path.slice(1), element, runId));
}

function trimNode(node: TreeNode, rest: readonly number[], length: number): TreeNode {
  const [index, ...tail] = rest;
  if (index === undefined) {
    return node.children.length <= length
      ? node
      : { ...node, children: node.children.slice(0, length) };
  }
  const child = node.children[index];
  if (child === undefined) return node;
  const trimmed = trimNode(child, tail, length);
  if (trimmed === child) return node;
  const children = node.children.slice();
  children[index] = trimmed;
  return { ...node, children };
}

/** Keep only the first `length` children of the container at `path` (a trim). */
export function applyTrim(roots: Roots, path: readonly number[], length: number): Roots {
  const root = rootIndex(path);
  const node = roots[root] as TreeNode;
  const trimmed = trimNode(node, path.slice(1), length);
  return trimmed === node ? roots : replaceRoot(roots, root, trimmed);
}

function mapSubtree(node: TreeNode, fn: (n: TreeNode) => TreeNode): TreeNode {
  let children = node.children;
  if (children.length > 0) {
    let changed = false;
    const next = children.map((c) => {
      const m = mapSubtree(c, fn);
      if (m !== c) changed = true;
      return m;
    });
    if (changed) children = next;
  }
  const base = children === node.children ? node : { ...node, children };
  return fn(base);
}

function setStale(stale: boolean): (n: TreeNode) => TreeNode {
  return (n) => (n.stale === stale || n.kind === "root" ? n : { ...n, stale });
}

/** Apply `fn` below (not to) every container whose `fragment_id` prop is `fragmentId`. */
function mapFragment(node: TreeNode, fragmentId: string, fn: (n: TreeNode) => TreeNode): TreeNode {
  if (node.block && node.props.fragment_id === fragmentId) {
    const children = node.children.map((c) => mapSubtree(c, fn));
    return { ...node, children };
  }
  if (node.children.length === 0) return node;
  let changed = false;
  const children = node.children.map((c) => {
    const m = mapFragment(c, fragmentId, fn);
    if (m !== c) changed = true;
    return m;
  });
  return changed ? { ...node, children } : node;
}

function mapScope(
  roots: Roots,
  fragmentId: string | null | undefined,
  fn: (n: TreeNode) => TreeNode,
): Roots {
  return roots.map((root) =>
    fragmentId ? mapFragment(root, fragmentId, fn) : mapSubtree(root, fn),
  ) as unknown as Roots;
}

/** A run started: everything in its scope (the whole app, or one fragment) becomes stale. */
export function markStale(roots: Roots, fragmentId?: string | null): Roots {
  return mapScope(roots, fragmentId, setStale(true));
}

/**
 * A run finished. Elements it produced are already fresh; for a run that completed (or was
 * stopped), whatever is left in its scope is shown normally again. An interrupted run is about
 * to be followed by another, so stale elements stay dimmed.
 */
export function finishRun(
  roots: Roots,
  status: "ok" | "error" | "stopped" | "interrupted",
  fragmentId?: string | null,
): Roots {
  if (status === "interrupted") return roots;
  return mapScope(roots, fragmentId, setStale(false));
}

/** The node at `path`, if any. */
export function nodeAt(roots: Roots, path: readonly number[]): TreeNode | undefined {
  let node: TreeNode | undefined = roots[path[0] ?? -1];
  for (const i of path.slice(1)) node = node?.children[i];
  return node;
}
