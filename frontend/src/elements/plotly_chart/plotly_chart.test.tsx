import { screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderElement } from "../../test/render";
import {
  chartName,
  drawnConfig,
  drawnLayout,
  parseFigure,
  regionOf,
  rillTemplate,
  selectionOf,
  type Drawing,
} from "./figure";
import { hexColor, plainColor, readChartTheme, type ChartTheme } from "./kit";

const plotly = vi.hoisted(() => {
  const handlers: Record<string, (event: unknown) => void> = {};
  const react = vi.fn(async (root: HTMLElement) =>
    Object.assign(root, {
      on: (name: string, handler: (event: unknown) => void) => (handlers[name] = handler),
      removeAllListeners: () => undefined,
    }),
  );
  return { handlers, react, purge: vi.fn() };
});
vi.mock("plotly.js-dist-min", () => ({ default: { react: plotly.react, purge: plotly.purge } }));

const THEME: ChartTheme = {
  scheme: "dark",
  text: "#fafafa",
  muted: "#aaaaaa",
  bg: "#0e1117",
  bgSecondary: "#262730",
  border: "#444444",
  primary: "#ff4b4b",
  font: "Source Sans",
  headingFont: "Source Serif",
  categorical: ["#111111", "#222222"],
  sequential: ["#000000", "#ffffff"],
};

const drawing = (extra: Partial<Drawing> = {}): Drawing => ({
  theme: "streamlit",
  chartTheme: THEME,
  width: "stretch",
  height: "content",
  available: 600,
  modes: [],
  selectable: false,
  ...extra,
});

const FIGURE = { data: [{ type: "scatter", x: [1, 2], y: [3, 4] }], layout: {} };

describe("the drawn layout", () => {
  it("sizes the figure to the container, its own width, or pixels", () => {
    const figure = parseFigure(JSON.stringify({ ...FIGURE, layout: { width: 900 } }));
    expect(drawnLayout(figure, drawing()).width).toBe(600);
    expect(drawnLayout(figure, drawing({ width: "content", available: 1000 })).width).toBe(900);
    expect(drawnLayout(figure, drawing({ width: "content" })).width).toBe(600);
    expect(drawnLayout(figure, drawing({ width: 300 })).width).toBe(300);
    expect(drawnLayout(parseFigure(JSON.stringify(FIGURE)), drawing()).height).toBe(450);
    expect(drawnLayout(figure, drawing({ height: 250 })).height).toBe(250);
  });

  it("draws the app's theme unless the figure has a template or theme is None", () => {
    const themed = drawnLayout(parseFigure(JSON.stringify(FIGURE)), drawing());
    const template = themed.template as { layout: Record<string, unknown> };
    expect(template.layout.colorway).toEqual(THEME.categorical);
    expect(template.layout.paper_bgcolor).toBe("rgba(0,0,0,0)");
    expect(template.layout.font).toMatchObject({ color: "#fafafa", family: "Source Sans" });
    const own = { ...FIGURE, layout: { template: { layout: { colorway: ["#f00"] } } } };
    expect(drawnLayout(parseFigure(JSON.stringify(own)), drawing()).template).toEqual(
      own.layout.template,
    );
    const plain = drawnLayout(parseFigure(JSON.stringify(FIGURE)), drawing({ theme: null }));
    expect(plain.template).toBeUndefined();
  });

  it("turns on the tools of the enabled selections, keeping what the figure chose", () => {
    const figure = parseFigure(JSON.stringify(FIGURE));
    const points = drawnLayout(figure, drawing({ selectable: true, modes: ["points", "box"] }));
    expect(points).toMatchObject({ clickmode: "event+select", dragmode: "pan" });
    const box = drawnLayout(figure, drawing({ selectable: true, modes: ["box"] }));
    expect(box).toMatchObject({ clickmode: "none", dragmode: "select" });
    const lasso = drawnLayout(figure, drawing({ selectable: true, modes: ["lasso"] }));
    expect(lasso.dragmode).toBe("lasso");
    const chosen = parseFigure(JSON.stringify({ ...FIGURE, layout: { dragmode: "zoom" } }));
    expect(drawnLayout(chosen, drawing({ selectable: true, modes: ["box"] })).dragmode).toBe(
      "zoom",
    );
    expect(drawnLayout(figure, drawing()).clickmode).toBeUndefined();
  });

  it("removes the selection buttons that do nothing", () => {
    expect(drawnConfig({}, [], false).modeBarButtonsToRemove).toEqual([
      "sendDataToCloud",
      "lasso2d",
      "select2d",
    ]);
    expect(drawnConfig({}, ["box"], true).modeBarButtonsToRemove).toEqual([
      "sendDataToCloud",
      "lasso2d",
    ]);
    expect(drawnConfig({ modeBarButtonsToRemove: [] }, [], false)).toEqual({
      displaylogo: false,
      modeBarButtonsToRemove: [],
    });
  });

  it("names the chart by alt, else its title", () => {
    const titled = parseFigure(
      JSON.stringify({ data: [], layout: { title: { text: "<b>Sales</b>" } } }),
    );
    expect(chartName(titled, null)).toBe("Sales");
    expect(chartName(titled, " Revenue ")).toBe("Revenue");
    expect(chartName(parseFigure(JSON.stringify(FIGURE)), undefined)).toBe("Plotly chart");
  });

  it("builds a sequential colorscale from the theme", () => {
    const layout = rillTemplate(THEME).layout as { colorscale: { sequential: unknown } };
    expect(layout.colorscale.sequential).toEqual([
      [0, "#000000"],
      [1, "#ffffff"],
    ]);
  });
});

describe("selections", () => {
  it("keeps each point's plain values, snake_cased, and the regions of enabled modes", () => {
    const data = { legendgroup: "setosa" };
    const state = selectionOf(
      {
        points: [
          { curveNumber: 0, pointNumber: 2, pointIndex: 2, x: 1, y: 5, data, fullData: data },
          { curveNumber: 1, pointIndices: [4, 5], "marker.size": 7, customdata: [1, "a"] },
        ],
        selections: [
          { type: "rect", xref: "x", yref: "y", x0: 0, x1: 2, y0: "2024-01-01", y1: 9 },
          { type: "path", xref: "x2", yref: "y2", path: "M1,2L3,4L5,6Z" },
        ],
      },
      ["points", "box"],
    );
    expect(state.selection.points).toEqual([
      { curve_number: 0, point_number: 2, point_index: 2, x: 1, y: 5, legendgroup: "setosa" },
      { curve_number: 1, point_indices: [4, 5], marker_size: 7, customdata: [1, "a"] },
    ]);
    expect(state.selection.point_indices).toEqual([2, 4, 5]);
    expect(state.selection.box).toEqual([
      { xref: "x", yref: "y", x: [0, 2], y: ["2024-01-01", 9] },
    ]);
    expect(state.selection.lasso).toEqual([]);
  });

  it("reads lasso paths", () => {
    expect(regionOf({ type: "path", path: "M1,2L3,4Z" })).toEqual({
      xref: "x",
      yref: "y",
      x: [1, 3],
      y: [2, 4],
    });
    expect(regionOf({ type: "circle" })).toBeNull();
  });
});

describe("the theme as plain colors", () => {
  it("turns color() values into rgb() and falls back outside a page", () => {
    expect(plainColor("color(srgb 1 0 0.5)")).toBe("rgb(255, 0, 128)");
    expect(plainColor("color(srgb 0 0 0 / 0.5)")).toBe("rgba(0, 0, 0, 0.5)");
    expect(plainColor(" #abc ")).toBe("#abc");
    expect(readChartTheme(null).text).toBe("#262730");
    expect(hexColor("rgb(250, 250, 250)")).toBe("#fafafa");
    expect(hexColor("rgba(38, 39, 48, 0.5)")).toBe("#26273080");
    expect(hexColor("#abc")).toBe("#aabbcc");
    expect(hexColor("steelblue")).toBe("steelblue");
  });
});

describe("the renderer", () => {
  let width: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    plotly.react.mockClear();
    width = vi
      .spyOn(HTMLElement.prototype, "getBoundingClientRect")
      .mockReturnValue({ width: 640, height: 0 } as DOMRect);
  });
  afterEach(() => width.mockRestore());

  it("draws the figure, named for screen readers", async () => {
    renderElement("plotly_chart", {
      spec: JSON.stringify({ ...FIGURE, layout: { title: "Dots" } }),
      theme: "streamlit",
      width: "stretch",
      height: 300,
    });
    await waitFor(() => expect(plotly.react).toHaveBeenCalled());
    const [, data, layout, config] = plotly.react.mock.calls.at(-1) as unknown as [
      HTMLElement,
      unknown,
      Record<string, unknown>,
      Record<string, unknown>,
    ];
    expect(data).toEqual(FIGURE.data);
    expect(layout).toMatchObject({ width: 640, height: 300 });
    expect(config.displaylogo).toBe(false);
    expect(screen.getByRole("figure", { name: "Dots" })).toBeInTheDocument();
  });

  it("sends what the user selects as the widget's value", async () => {
    const { sent } = renderElement(
      "plotly_chart",
      {
        spec: JSON.stringify(FIGURE),
        selection_mode: ["points"],
        value: { selection: { points: [], point_indices: [], box: [], lasso: [] } },
        form_id: null,
      },
      { id: "chart" },
    );
    await waitFor(() => expect(plotly.handlers.plotly_selected).toBeDefined());
    plotly.handlers.plotly_selected?.({ points: [{ curveNumber: 0, pointIndex: 1, x: 2, y: 4 }] });
    expect(sent).toEqual([
      {
        widgets: {
          chart: {
            selection: {
              points: [{ curve_number: 0, point_index: 1, x: 2, y: 4 }],
              point_indices: [1],
              box: [],
              lasso: [],
            },
          },
        },
        fragmentId: null,
      },
    ]);
    plotly.handlers.plotly_deselect?.({});
    expect(sent).toHaveLength(2);
    expect(sent[1]?.widgets.chart).toEqual({
      selection: { points: [], point_indices: [], box: [], lasso: [] },
    });
  });

  it("says why a figure cannot be drawn", () => {
    renderElement("plotly_chart", { spec: "[not json" });
    expect(screen.getByRole("alert")).toHaveTextContent("The Plotly chart could not be drawn.");
  });
});
