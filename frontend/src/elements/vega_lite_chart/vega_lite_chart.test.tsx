import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { tableFromArrays, tableToIPC, type Table } from "apache-arrow";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import type { TreeNode } from "../../core/tree";
import { WidgetManager } from "../../core/widgets";
import { WidgetContext } from "../../render/context";
import VegaLiteChart from ".";
import { SELECTION_DEBOUNCE_MS } from "./view";

function ipc(columns: Record<string, unknown>): Uint8Array {
  return tableToIPC(tableFromArrays(columns as never) as unknown as Table, "stream");
}

const BARS = {
  data: { name: "rill-data" },
  mark: "bar",
  encoding: { x: { field: "a", type: "ordinal" }, y: { field: "b", type: "quantitative" } },
};

function chartProps(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    spec: BARS,
    datasets: { "rill-data": ipc({ a: ["x", "y", "z"], b: Float64Array.from([1, 2, 3]) }) },
    theme: "streamlit",
    width: 400,
    height: 300,
    label: "Bar chart of b by a",
    chart: null,
    selection_mode: [],
    ...extra,
  };
}

function node(props: Record<string, unknown>, id: string | null = null): TreeNode {
  return {
    kind: "vega_lite_chart",
    props,
    id,
    block: false,
    children: [],
    runId: 1,
    rev: 1,
    stale: false,
  };
}

function view(props: Record<string, unknown>, id: string | null = null): ReactNode {
  return (
    <VegaLiteChart element={node(props, id)} props={props as never} sendValue={() => undefined} />
  );
}

const bars = (container: HTMLElement): NodeListOf<Element> =>
  container.querySelectorAll(".mark-rect.role-mark path");

describe("vega_lite_chart", () => {
  it("draws the marks as SVG inside one image named by the label", async () => {
    const { container } = render(view(chartProps()));
    await waitFor(() => expect(bars(container)).toHaveLength(3), { timeout: 5000 });
    const image = screen.getByRole("img", { name: "Bar chart of b by a" });
    expect(image).toContainElement(container.querySelector("svg"));
    expect(container.querySelector(".vega-actions")).toBeNull(); // no actions menu
  });

  it("takes new rows without drawing the chart anew", async () => {
    const { container, rerender } = render(view(chartProps()));
    await waitFor(() => expect(bars(container)).toHaveLength(3), { timeout: 5000 });
    const svg = container.querySelector("svg");
    const more = ipc({ a: ["x", "y", "z", "w"], b: Float64Array.from([1, 2, 3, 4]) });
    rerender(view(chartProps({ datasets: { "rill-data": more } })));
    await waitFor(() => expect(bars(container)).toHaveLength(4), { timeout: 5000 });
    expect(container.querySelector("svg")).toBe(svg);
  });

  it("draws theme colors for a built-in chart's color tokens", async () => {
    // The theme's variables, as the app's stylesheet sets them (on every element: the test DOM
    // does not inherit custom properties).
    const style = document.createElement("style");
    style.textContent = "* { --rill-green: #1c9a52; }";
    document.head.append(style);
    const spec = { ...BARS, encoding: { ...BARS.encoding, color: { value: "--rill-green" } } };
    const { container } = render(view(chartProps({ spec, chart: "bar" })));
    await waitFor(() => expect(bars(container)).toHaveLength(3), { timeout: 5000 });
    expect(bars(container)[0]).toHaveAttribute("fill", "#1c9a52");
    style.remove();
  });

  it("sends the points a viewer selects", async () => {
    const sent: Record<string, unknown>[] = [];
    const manager = new WidgetManager((values) => sent.push(values));
    const spec = { ...BARS, params: [{ name: "pick", select: "point" }] };
    const { container } = render(
      <WidgetContext.Provider value={manager}>
        {view(chartProps({ spec, selection_mode: ["pick"] }), "chart-id")}
      </WidgetContext.Provider>,
    );
    await waitFor(() => expect(bars(container)).toHaveLength(3), { timeout: 5000 });
    const second = bars(container)[1] as Element;
    fireEvent.pointerDown(second);
    fireEvent.pointerUp(second);
    fireEvent.click(second);
    await waitFor(() => expect(sent).toHaveLength(1), { timeout: 10 * SELECTION_DEBOUNCE_MS });
    expect(sent[0]).toEqual({ "chart-id": { selection: { pick: [{ a: "y", b: 2 }] } } });
  });

  it("says so when a spec cannot be drawn", async () => {
    render(view(chartProps({ spec: { ...BARS, mark: "no-such-mark" } })));
    expect(await screen.findByRole("alert", {}, { timeout: 5000 })).toHaveTextContent(
      /Could not draw the chart/,
    );
  });
});
