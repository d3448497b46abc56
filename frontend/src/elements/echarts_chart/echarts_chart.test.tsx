import { screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderElement } from "../../test/render";
import { readChartTheme } from "../plotly_chart/kit";
import { areasOf, drawnOption, picksOf, rillTheme, selectionState } from "./option";

const echarts = vi.hoisted(() => {
  const handlers: Record<string, (params: unknown) => void> = {};
  const chart = {
    setOption: vi.fn(),
    on: vi.fn((name: string, handler: (params: unknown) => void) => (handlers[name] = handler)),
    resize: vi.fn(),
    dispose: vi.fn(),
  };
  return { handlers, chart, init: vi.fn(() => chart) };
});
vi.mock("echarts", () => ({ init: echarts.init }));

const OPTION = {
  xAxis: { type: "category", data: ["a", "b", "c"] },
  yAxis: {},
  series: [{ type: "bar", name: "sales", selectedMode: "multiple", data: [1, 2, 3] }],
};

describe("the drawn option", () => {
  it("keeps ECharts' screen-reader description on, named by alt", () => {
    expect(drawnOption(OPTION, null, true).aria).toEqual({ enabled: true });
    expect(drawnOption({ ...OPTION, aria: { enabled: false } }, null, true).aria).toEqual({
      enabled: false,
    });
    expect(drawnOption(OPTION, "Sales by day", true).aria).toEqual({
      enabled: true,
      label: { description: "Sales by day" },
    });
  });

  it("gives series a plain cursor when nothing can be selected", () => {
    const drawn = drawnOption(OPTION, null, false) as { series: { cursor?: string }[] };
    expect(drawn.series[0]?.cursor).toBe("default");
    const kept = drawnOption({ series: { type: "pie", cursor: "pointer" } }, null, false);
    expect((kept.series as { cursor: string }).cursor).toBe("pointer");
    expect((drawnOption(OPTION, null, true).series as object[])[0]).not.toHaveProperty("cursor");
  });

  it("themes with the app's colors", () => {
    const theme = readChartTheme(null);
    const ours = rillTheme(theme);
    expect(ours.color).toEqual(theme.categorical);
    expect(ours.backgroundColor).toBe("transparent");
  });
});

describe("selections", () => {
  it("merges clicked and brushed items per series, with the series' own id and name", () => {
    const clicked = picksOf([{ seriesIndex: 0, dataIndex: [2] }, { seriesIndex: "x" }]);
    const brushed = picksOf([
      { seriesIndex: 0, dataIndex: [0, 2] },
      { seriesIndex: 1, dataIndex: [] },
    ]);
    const areas = areasOf([{ brushType: "lineX", coordRange: [0, 1] }, { range: [1, 2] }]);
    expect(selectionState(OPTION, clicked, brushed, areas)).toEqual({
      selection: {
        selected: [
          {
            series_index: 0,
            series_id: null,
            series_name: "sales",
            data_type: null,
            data_indices: [0, 2],
          },
        ],
        areas: [{ brush_index: 0, brush_type: "lineX", coord_range: [0, 1] }],
      },
    });
  });
});

describe("the renderer", () => {
  beforeEach(() => {
    echarts.init.mockClear();
    echarts.chart.setOption.mockClear();
  });

  it("draws the option with the renderer asked for, as a named image", async () => {
    renderElement("echarts_chart", {
      spec: JSON.stringify(OPTION),
      renderer: "svg",
      theme: "streamlit",
      height: 300,
      alt: "Sales",
    });
    await waitFor(() => expect(echarts.chart.setOption).toHaveBeenCalled());
    const [, theme, options] = echarts.init.mock.calls[0] as unknown as [unknown, object, object];
    expect(options).toEqual({ renderer: "svg" });
    expect(theme).toHaveProperty("color");
    const chart = screen.getByRole("img", { name: "Sales" });
    expect(chart).toHaveStyle({ height: "300px" });
  });

  it("uses ECharts' own theme with theme None", async () => {
    renderElement("echarts_chart", { spec: JSON.stringify(OPTION), theme: null });
    await waitFor(() => expect(echarts.init).toHaveBeenCalled());
    const [, theme] = echarts.init.mock.calls[0] as unknown as [unknown, unknown];
    expect(theme).toBeNull();
  });

  it("sends clicked items and brushes when selections are on", async () => {
    const { sent } = renderElement(
      "echarts_chart",
      {
        spec: JSON.stringify(OPTION),
        selection: true,
        value: { selection: { selected: [], areas: [] } },
        form_id: null,
      },
      { id: "bars" },
    );
    await waitFor(() => expect(echarts.handlers.selectchanged).toBeDefined());
    echarts.handlers.selectchanged?.({ selected: [{ seriesIndex: 0, dataIndex: [1] }] });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.widgets.bars).toMatchObject({
      selection: { selected: [{ series_index: 0, data_indices: [1] }], areas: [] },
    });
    echarts.handlers.brushSelected?.({
      batch: [{ selected: [{ seriesIndex: 0, dataIndex: [2] }], areas: [{ coordRange: [1, 2] }] }],
    });
    expect(sent).toHaveLength(1); // brushing sends when the brush ends
    echarts.handlers.brushEnd?.({});
    expect(sent[1]?.widgets.bars).toMatchObject({
      selection: {
        selected: [{ series_index: 0, data_indices: [1, 2] }],
        areas: [{ brush_index: 0, brush_type: "rect", coord_range: [1, 2] }],
      },
    });
  });

  it("says why an option cannot be drawn", () => {
    renderElement("echarts_chart", { spec: "[1, 2]" });
    expect(screen.getByRole("alert")).toHaveTextContent("not a JSON object");
  });
});
