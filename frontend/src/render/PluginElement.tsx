/**
 * Elements of kinds a plugin registered: their ES module is imported once, on first use, and
 * its default export draws them (see docs/plugins/frontend-renderers.md).
 */
import { useContext, useEffect, useRef, useState, type ReactNode } from "react";
import type { TreeNode } from "../core/tree";
import { PluginModulesContext } from "./context";
import type { ElementRenderProps } from "./types";

/** What `mount(el, props, api)` gets besides the element and its props. */
export type PluginApi = Pick<ElementRenderProps, "sendValue">;

/** A plugin module's React renderer gets the props builtin renderers get. */
export type PluginRenderProps = ElementRenderProps;

type ReactRenderer = (props: ElementRenderProps) => ReactNode;
type MountFunction = (
  el: HTMLElement,
  props: Record<string, unknown>,
  api: PluginApi,
) =>
  | void
  | ((props: Record<string, unknown>) => void)
  | { update?: (props: Record<string, unknown>) => void; unmount?: () => void };

interface PluginModule {
  default?: ReactRenderer;
  mount?: MountFunction;
}

const modules = new Map<string, Promise<PluginModule>>();

/**
 * Import a plugin module once per URL. The server sends URLs relative to the app's base
 * (`_rill/elements/...`), which `import()` would take for bare module names: resolve them first.
 */
export function loadPluginModule(url: string): Promise<PluginModule> {
  let promise = modules.get(url);
  if (!promise) {
    const relative = !/^([a-z][a-z0-9+.-]*:|\/)/i.test(url);
    const resolved = relative ? new URL(url, document.baseURI).href : url;
    promise = import(/* @vite-ignore */ resolved) as Promise<PluginModule>;
    modules.set(url, promise);
  }
  return promise;
}

function MountHost({
  mount,
  node,
  api,
}: {
  mount: MountFunction;
  node: TreeNode;
  api: PluginApi;
}): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const handle = useRef<ReturnType<MountFunction>>(undefined);
  const shown = useRef<Record<string, unknown> | null>(null);
  const apiRef = useRef(api);
  apiRef.current = api;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    shown.current = node.props;
    handle.current = mount(el, node.props, { sendValue: (v) => apiRef.current.sendValue(v) });
    return () => {
      const h = handle.current;
      if (h && typeof h === "object") h.unmount?.();
      el.replaceChildren();
    };
    // Mount once; later props go through update.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mount]);
  useEffect(() => {
    if (shown.current === node.props) return;
    shown.current = node.props;
    const h = handle.current;
    if (typeof h === "function") h(node.props);
    else if (h && typeof h === "object") h.update?.(node.props);
  }, [node.props]);
  return <div ref={ref} />;
}

/** The renderer of every kind that is not builtin: it draws with the kind's plugin module. */
export function PluginElement(contract: ElementRenderProps): ReactNode {
  const { element: node, sendValue } = contract;
  const urls = useContext(PluginModulesContext);
  const url = urls[node.kind];
  const [module, setModule] = useState<PluginModule | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!url) return;
    let live = true;
    loadPluginModule(url).then(
      (m) => live && setModule(m),
      (e: unknown) => live && setError(String(e)),
    );
    return () => {
      live = false;
    };
  }, [url]);

  if (!url) {
    return (
      <div className="rill-notice" role="note">
        Unknown element kind <code>{node.kind}</code>
      </div>
    );
  }
  if (error) {
    return (
      <div className="rill-notice" role="alert">
        Could not load the <code>{node.kind}</code> element: {error}
      </div>
    );
  }
  if (!module) return <div className="rill-loading" aria-busy="true" />;
  if (typeof module.mount === "function") {
    return <MountHost mount={module.mount} node={node} api={{ sendValue }} />;
  }
  const Render = module.default;
  if (typeof Render !== "function") {
    return (
      <div className="rill-notice" role="alert">
        The module for <code>{node.kind}</code> exports neither a default renderer nor mount().
      </div>
    );
  }
  return <Render {...contract} />;
}
