/**
 * The one contract between the element tree and a renderer. Builtin renderers
 * (`src/elements/<kind>/`) and the React renderers of plugin modules
 * (docs/plugins/frontend-renderers.md) are called with exactly the same props object.
 */
import type { ComponentType } from "react";
import type { TreeNode } from "../core/tree";
import type { ElementPropsMap } from "../protocol.gen";

export interface ElementRenderProps<P = Record<string, unknown>> {
  /** The tree node: `{kind, props, id, block, children, runId, rev, stale}`. */
  element: TreeNode;
  /** The element's props, as the command sent them (`element.props`, typed). */
  props: P;
  /**
   * Send a value for this element's `id` to the server, which reruns the script (only the
   * enclosing fragment, inside one). Does nothing when the element has no `id`.
   */
  sendValue: (value: unknown) => void;
}

/** The props a builtin renderer of `kind` receives. */
export type PropsOf<K extends keyof ElementPropsMap> = ElementRenderProps<ElementPropsMap[K]>;

// Renderers are heterogeneous: each narrows `props` to its own kind's type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Renderer = ComponentType<ElementRenderProps<any>>;
