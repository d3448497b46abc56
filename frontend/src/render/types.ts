/** The contract between the element tree and a renderer. */
import type { ComponentType } from "react";
import type { TreeNode } from "../core/tree";
import type { ElementPropsMap } from "../protocol.gen";

export interface RendererProps<P = Record<string, unknown>> {
  node: TreeNode;
  props: P;
}

export type PropsOf<K extends keyof ElementPropsMap> = RendererProps<ElementPropsMap[K]>;

// Renderers are heterogeneous: each narrows `props` to its own kind's type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Renderer = ComponentType<RendererProps<any>>;
