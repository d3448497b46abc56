/**
 * Test helpers: render an element kind the way the app does (through ElementView, with the
 * `ElementRenderProps` every renderer gets), and capture what it sends.
 */
import { MantineProvider } from "@mantine/core";
import { render, type RenderResult } from "@testing-library/react";
import { Suspense, type ReactNode } from "react";
import { applyDelta, emptyRoots, nodeAt, type TreeNode } from "../core/tree";
import { WidgetManager } from "../core/widgets";
import { FormContext, SettingsContext, WidgetContext } from "../render/context";
import { ElementList, ElementView } from "../render/ElementView";
import type { ElementRenderProps } from "../render/types";
import type { Element } from "../protocol.gen";
import { mantineTheme } from "../theme/mantine";

export interface Sent {
  widgets: Record<string, unknown>;
  fragmentId: string | null;
}

export function makeNode(
  kind: string,
  props: Record<string, unknown>,
  options: { id?: string; block?: boolean; runId?: number } = {},
): TreeNode {
  const roots = applyDelta(
    emptyRoots(),
    [0, 0],
    { kind, props, id: options.id ?? null, block: options.block ?? false },
    options.runId ?? 1,
  );
  return nodeAt(roots, [0, 0]) as TreeNode;
}

interface Options {
  id?: string;
  form?: { formId: string; enterToSubmit?: boolean };
  showErrorDetails?: string;
  manager?: WidgetManager;
}

/** The props object ElementView hands a renderer, for rendering one directly. */
export function elementProps(
  kind: string,
  props: Record<string, unknown>,
  sendValue: (value: unknown) => void = () => undefined,
  options: { id?: string } = {},
): ElementRenderProps {
  const element = makeNode(kind, props, { id: options.id ?? `${kind}-id` });
  return { element, props: element.props, sendValue };
}

export interface Rendered extends RenderResult {
  sent: Sent[];
  manager: WidgetManager;
  /** The rendered tree node (what the renderer got as `element`). */
  element: TreeNode;
  /** Re-render with new props as a new delta would (the server's value changes). */
  update: (props: Record<string, unknown>) => void;
}

export function renderElement(
  kind: string,
  props: Record<string, unknown>,
  options: Options = {},
): Rendered {
  const sent: Sent[] = [];
  const manager =
    options.manager ??
    new WidgetManager((widgets, fragmentId) => sent.push({ widgets, fragmentId }));
  const wrap = (node: TreeNode): ReactNode => {
    let tree: ReactNode = <ElementView node={node} />;
    if (options.form) {
      tree = (
        <FormContext.Provider
          value={{ formId: options.form.formId, enterToSubmit: options.form.enterToSubmit ?? true }}
        >
          {tree}
        </FormContext.Provider>
      );
    }
    return (
      <MantineProvider theme={mantineTheme}>
        <WidgetContext.Provider value={manager}>
          <SettingsContext.Provider
            value={{ showErrorDetails: options.showErrorDetails ?? "full" }}
          >
            <Suspense fallback={null}>{tree}</Suspense>
          </SettingsContext.Provider>
        </WidgetContext.Provider>
      </MantineProvider>
    );
  };
  const element = makeNode(kind, props, { id: options.id ?? `${kind}-id` });
  const result = render(wrap(element));
  return {
    ...result,
    sent,
    manager,
    element,
    update: (next) =>
      result.rerender(wrap(makeNode(kind, next, { id: options.id ?? `${kind}-id` }))),
  };
}

/** Props every widget has. */
export function widgetProps(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    label: "My label",
    help: null,
    disabled: false,
    label_visibility: "visible",
    form_id: null,
    ...extra,
  };
}

/** Render the main root built from deltas (`[path, element]`), as the app would. */
export function renderTree(deltas: [number[], Element][], options: Options = {}): Rendered {
  const sent: Sent[] = [];
  const manager =
    options.manager ??
    new WidgetManager((widgets, fragmentId) => sent.push({ widgets, fragmentId }));
  let roots = emptyRoots();
  for (const [path, element] of deltas) roots = applyDelta(roots, path, element, 1);
  const result = render(
    <MantineProvider theme={mantineTheme}>
      <WidgetContext.Provider value={manager}>
        <Suspense fallback={null}>
          <ElementList nodes={roots[0].children} />
        </Suspense>
      </WidgetContext.Provider>
    </MantineProvider>,
  );
  return { ...result, sent, manager, element: roots[0], update: () => undefined };
}
