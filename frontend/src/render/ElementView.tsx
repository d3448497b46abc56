/**
 * Renders one node of the element tree with the renderer registered for its kind: a builtin
 * one (`src/elements/<kind>/`) or a plugin's module. Both get the same props object, an
 * `ElementRenderProps` (see ./types.ts).
 */
import {
  Component,
  memo,
  Suspense,
  useCallback,
  useContext,
  type ErrorInfo,
  type ReactNode,
} from "react";
import type { TreeNode } from "../core/tree";
import { FragmentContext, useWidgets } from "./context";
import { rendererFor } from "../elements/registry";
import { PluginElement } from "./PluginElement";
import type { ElementRenderProps } from "./types";

class ElementBoundary extends Component<
  { kind: string; children: ReactNode },
  { error: Error | null }
> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`rill: the ${this.props.kind} renderer failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) {
      return (
        <div className="rill-notice" role="alert">
          Could not draw a <code>{this.props.kind}</code> element: {this.state.error.message}
        </div>
      );
    }
    return this.props.children;
  }
}

function ElementViewImpl({ node }: { node: TreeNode }): ReactNode {
  const manager = useWidgets();
  const outer = useContext(FragmentContext);
  const fragmentId = typeof node.props.fragment_id === "string" ? node.props.fragment_id : null;
  const fragment = fragmentId ?? outer;
  const id = node.id;
  const sendValue = useCallback(
    (value: unknown): void => {
      if (id) manager.setValue(id, value, null, fragment);
    },
    [manager, id, fragment],
  );
  const contract: ElementRenderProps = { element: node, props: node.props, sendValue };
  const Renderer = rendererFor(node.kind);
  const body = Renderer ? <Renderer {...contract} /> : <PluginElement {...contract} />;
  const wrapped = (
    <div
      className="rill-element"
      data-kind={node.kind}
      data-stale={node.stale || undefined}
      data-testid={`element-${node.kind}`}
    >
      <ElementBoundary kind={node.kind}>
        <Suspense fallback={<div className="rill-loading" aria-busy="true" />}>{body}</Suspense>
      </ElementBoundary>
    </div>
  );
  return fragmentId ? (
    <FragmentContext.Provider value={fragmentId}>{wrapped}</FragmentContext.Provider>
  ) : (
    wrapped
  );
}

export const ElementView = memo(ElementViewImpl);

/** The children of a container, in order. */
export const ElementList = memo(function ElementList({ nodes }: { nodes: readonly TreeNode[] }) {
  return (
    <>
      {nodes.map((child, i) => (
        <ElementView key={i} node={child} />
      ))}
    </>
  );
});
