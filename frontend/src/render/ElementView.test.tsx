/** ElementView hands builtin and plugin renderers the same `ElementRenderProps`. */
import { fireEvent, render, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { WidgetManager } from "../core/widgets";
import { makeNode } from "../test/render";
import { FragmentContext, WidgetContext } from "./context";
import { ElementView } from "./ElementView";
import type { ElementRenderProps } from "./types";

const seen: ElementRenderProps[] = [];

vi.mock("../elements/registry", () => ({
  rendererFor: (kind: string) =>
    kind === "probe"
      ? function Probe(p: ElementRenderProps): ReactNode {
          seen.push(p);
          return (
            <button type="button" onClick={() => p.sendValue(7)}>
              probe
            </button>
          );
        }
      : undefined,
}));

describe("ElementView", () => {
  it("gives a builtin renderer { element, props, sendValue } and sends its values", () => {
    const sent: [Record<string, unknown>, string | null][] = [];
    const manager = new WidgetManager((w, fragmentId) => sent.push([w, fragmentId]));
    const node = makeNode("probe", { label: "x" }, { id: "w1" });
    render(
      <WidgetContext.Provider value={manager}>
        <FragmentContext.Provider value="frag">
          <ElementView node={node} />
        </FragmentContext.Provider>
      </WidgetContext.Provider>,
    );
    const props = seen.at(-1);
    expect(props && Object.keys(props).sort()).toEqual(["element", "props", "sendValue"]);
    expect(props?.element).toBe(node);
    expect(props?.props).toBe(node.props);
    fireEvent.click(screen.getByRole("button", { name: "probe" }));
    expect(sent).toEqual([[{ w1: 7 }, "frag"]]);
  });
});
