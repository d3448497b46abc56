/**
 * The option ECharts draws (accessibility on, a plain cursor where nothing is selectable), the
 * rill theme in ECharts' terms, and the selection state sent back: selected items grouped by
 * series (clicks and brushes together) and the brushed areas.
 */
import type { ChartTheme } from "../plotly_chart/kit";

export type Json = Record<string, unknown>;

export interface SelectedItems {
  series_index: number;
  series_id: string | null;
  series_name: string | null;
  data_type: string | null;
  data_indices: number[];
}

export interface Area {
  brush_index: number;
  brush_type: string;
  coord_range: unknown;
}

export interface SelectionState {
  selection: { selected: SelectedItems[]; areas: Area[] };
}

export const EMPTY_SELECTION: SelectionState = { selection: { selected: [], areas: [] } };

const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const seriesList = (option: Json): Json[] => {
  const series = option.series;
  if (Array.isArray(series)) return series.filter(isObject);
  return isObject(series) ? [series] : [];
};

/** The option as drawn: ECharts' screen-reader description on (named by `alt` when given),
 * and, on charts that select nothing, a plain cursor on series that set none. */
export function drawnOption(option: Json, alt: string | null | undefined, selection: boolean) {
  const out: Json = { ...option };
  const aria: Json = isObject(out.aria) ? { ...out.aria } : { enabled: true };
  if (alt && alt.trim()) {
    aria.enabled = true;
    aria.label = { ...(isObject(aria.label) ? aria.label : {}), description: alt.trim() };
  }
  out.aria = aria;
  if (!selection) {
    const series = out.series;
    const plain = (s: unknown): unknown =>
      isObject(s) && s.cursor === undefined ? { ...s, cursor: "default" } : s;
    if (Array.isArray(series)) out.series = series.map(plain);
    else if (isObject(series)) out.series = plain(series);
  }
  return out;
}

/** The rill theme: the app's categorical colors, text, grid lines and fonts. */
export function rillTheme(t: ChartTheme): Json {
  const axis = {
    axisLine: { lineStyle: { color: t.border } },
    axisTick: { lineStyle: { color: t.border } },
    axisLabel: { color: t.muted },
    splitLine: { lineStyle: { color: [t.border] } },
    splitArea: { areaStyle: { color: ["transparent"] } },
    nameTextStyle: { color: t.muted },
  };
  return {
    color: t.categorical,
    backgroundColor: "transparent",
    textStyle: { fontFamily: t.font, color: t.text },
    title: {
      textStyle: { color: t.text, fontFamily: t.headingFont },
      subtextStyle: { color: t.muted },
    },
    legend: { textStyle: { color: t.text }, pageTextStyle: { color: t.muted } },
    tooltip: { backgroundColor: t.bg, borderColor: t.border, textStyle: { color: t.text } },
    categoryAxis: axis,
    valueAxis: axis,
    logAxis: axis,
    timeAxis: axis,
    visualMap: { textStyle: { color: t.text }, inRange: { color: t.sequential } },
    dataZoom: { textStyle: { color: t.muted }, borderColor: t.border },
    toolbox: { iconStyle: { borderColor: t.muted } },
    radar: { axisName: { color: t.muted }, splitLine: { lineStyle: { color: t.border } } },
    gauge: { axisLabel: { color: t.muted }, title: { color: t.text }, detail: { color: t.text } },
  };
}

/** Selected data indices per series (and data type, for graph nodes and edges). */
export type Picks = Map<
  string,
  { seriesIndex: number; dataType: string | null; indices: number[] }
>;

/** The picks an ECharts event lists: `selectchanged`'s `selected`, a brush batch's `selected`. */
export function picksOf(entries: unknown): Picks {
  const picks: Picks = new Map();
  for (const entry of Array.isArray(entries) ? entries : []) {
    if (!isObject(entry) || typeof entry.seriesIndex !== "number") continue;
    const dataType = typeof entry.dataType === "string" ? entry.dataType : null;
    const indices = (Array.isArray(entry.dataIndex) ? entry.dataIndex : []).filter(
      (i): i is number => Number.isInteger(i) && i >= 0,
    );
    if (!indices.length) continue;
    picks.set(`${entry.seriesIndex}:${dataType ?? ""}`, {
      seriesIndex: entry.seriesIndex,
      dataType,
      indices,
    });
  }
  return picks;
}

/** The brushed areas of a `brushSelected` batch, in data coordinates. */
export function areasOf(areas: unknown): Area[] {
  const out: Area[] = [];
  (Array.isArray(areas) ? areas : []).forEach((area: unknown, i) => {
    if (!isObject(area) || area.coordRange === undefined) return;
    const type = typeof area.brushType === "string" ? area.brushType : "rect";
    out.push({ brush_index: i, brush_type: type, coord_range: area.coordRange });
  });
  return out;
}

/** The state for the current clicks and brushes of a chart drawn from `option`. */
export function selectionState(option: Json, clicked: Picks, brushed: Picks, areas: Area[]) {
  const series = seriesList(option);
  const merged = new Map<
    string,
    { seriesIndex: number; dataType: string | null; set: Set<number> }
  >();
  for (const picks of [clicked, brushed]) {
    for (const [key, pick] of picks) {
      const entry = merged.get(key) ?? { ...pick, set: new Set<number>() };
      pick.indices.forEach((i) => entry.set.add(i));
      merged.set(key, entry);
    }
  }
  const selected: SelectedItems[] = [...merged.values()]
    .sort((a, b) => a.seriesIndex - b.seriesIndex)
    .map(({ seriesIndex, dataType, set }) => {
      const own = series[seriesIndex] ?? {};
      const text = (v: unknown): string | null =>
        typeof v === "string" || typeof v === "number" ? String(v) : null;
      return {
        series_index: seriesIndex,
        series_id: text(own.id),
        series_name: text(own.name),
        data_type: dataType,
        data_indices: [...set].sort((a, b) => a - b),
      };
    });
  const state: SelectionState = { selection: { selected, areas } };
  return state;
}
