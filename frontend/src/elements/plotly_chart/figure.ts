/**
 * The figure plotly.js draws, made from what the server sent: the app's theme as a template,
 * the size the element may take, the selection tools `on_select` enables; and the selection
 * state sent back when the user selects.
 */
import type { ChartTheme } from "./kit";

export type Json = Record<string, unknown>;
export type Mode = "points" | "box" | "lasso";

export interface Figure {
  data: Json[];
  layout: Json;
}

export interface Region {
  xref: string;
  yref: string;
  x: (number | string)[];
  y: (number | string)[];
}

export interface SelectionState {
  selection: {
    points: Json[];
    point_indices: number[];
    box: Region[];
    lasso: Region[];
  };
}

export const EMPTY_SELECTION: SelectionState = {
  selection: { points: [], point_indices: [], box: [], lasso: [] },
};

/** plotly.js's own size for a figure that sets none. */
export const PLOTLY_WIDTH = 700;
export const PLOTLY_HEIGHT = 450;

const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);

export function parseFigure(spec: string): Figure {
  const parsed: unknown = JSON.parse(spec);
  if (!isObject(parsed)) throw new Error("The figure is not a JSON object.");
  const data = Array.isArray(parsed.data) ? (parsed.data as Json[]) : [];
  const layout = isObject(parsed.layout) ? parsed.layout : {};
  return { data, layout };
}

/** The rill template: the app's colors and fonts, transparent backgrounds. */
export function rillTemplate(theme: ChartTheme): Json {
  const axis = {
    gridcolor: theme.border,
    linecolor: theme.border,
    zerolinecolor: theme.border,
    tickcolor: theme.border,
    tickfont: { color: theme.muted },
    title: { font: { color: theme.text }, standoff: 12 },
    automargin: true,
  };
  const n = theme.sequential.length;
  const scale = theme.sequential.map((c, i) => [n > 1 ? i / (n - 1) : 0, c]);
  return {
    data: {},
    layout: {
      font: { family: theme.font, color: theme.text, size: 13 },
      title: { font: { family: theme.headingFont, color: theme.text, size: 16 }, x: 0 },
      paper_bgcolor: "rgba(0,0,0,0)",
      plot_bgcolor: "rgba(0,0,0,0)",
      colorway: theme.categorical,
      colorscale: n ? { sequential: scale, sequentialminus: scale } : {},
      xaxis: axis,
      yaxis: axis,
      polar: { bgcolor: "rgba(0,0,0,0)", angularaxis: axis, radialaxis: axis },
      ternary: { bgcolor: "rgba(0,0,0,0)" },
      geo: { bgcolor: "rgba(0,0,0,0)", lakecolor: theme.bg, landcolor: theme.bgSecondary },
      legend: { font: { color: theme.text }, bgcolor: "rgba(0,0,0,0)" },
      hoverlabel: { bgcolor: theme.bg, bordercolor: theme.border, font: { color: theme.text } },
      modebar: { bgcolor: "rgba(0,0,0,0)", color: theme.muted, activecolor: theme.text },
      hovermode: "closest",
    },
  };
}

export interface Drawing {
  theme: "streamlit" | null;
  chartTheme: ChartTheme;
  width: "stretch" | "content" | number;
  height: "stretch" | "content" | number;
  available: number;
  modes: Mode[];
  selectable: boolean;
}

/** The layout plotly.js draws: sized, themed, and set up for the enabled selections. */
export function drawnLayout(figure: Figure, d: Drawing): Json {
  const layout: Json = { ...figure.layout };
  const own = typeof layout.width === "number" ? layout.width : PLOTLY_WIDTH;
  const wanted = d.width === "stretch" ? d.available : d.width === "content" ? own : d.width;
  layout.width = Math.max(Math.min(wanted, d.available), 50);
  if (typeof d.height === "number") layout.height = d.height;
  else if (typeof layout.height !== "number") layout.height = PLOTLY_HEIGHT;
  layout.autosize = false;
  if (d.theme === "streamlit" && layout.template === undefined) {
    layout.template = rillTemplate(d.chartTheme);
  }
  if (d.selectable) {
    const points = d.modes.includes("points");
    layout.clickmode ??= points ? "event+select" : "none";
    layout.hovermode ??= "closest";
    if (layout.dragmode === undefined) {
      if (points) layout.dragmode = "pan";
      else if (d.modes.includes("box")) layout.dragmode = "select";
      else if (d.modes.includes("lasso")) layout.dragmode = "lasso";
    }
  }
  return layout;
}

/** plotly.js's config: no logo, and selection tools only where `on_select` enables them. */
export function drawnConfig(config: Json, modes: Mode[], selectable: boolean): Json {
  const out: Json = { displaylogo: false, ...config };
  if (out.modeBarButtonsToRemove === undefined) {
    const remove = ["sendDataToCloud"];
    if (!selectable || !modes.includes("lasso")) remove.push("lasso2d");
    if (!selectable || !modes.includes("box")) remove.push("select2d");
    out.modeBarButtonsToRemove = remove;
  }
  return out;
}

/** What screen readers announce for the chart. */
export function chartName(figure: Figure, alt: string | null | undefined): string {
  if (alt && alt.trim()) return alt.trim();
  const title = figure.layout.title;
  const text = typeof title === "string" ? title : isObject(title) ? title.text : undefined;
  if (typeof text === "string" && text.trim()) {
    return text
      .replace(/<[^>]*>/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  }
  return "Plotly chart";
}

const SKIPPED = new Set(["data", "fullData", "xaxis", "yaxis", "bbox", "fullLayout"]);

function plain(value: unknown, depth = 0): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (Array.isArray(value) && depth < 3) return value.map((v) => plain(v, depth + 1));
  return undefined;
}

const snake = (key: string): string =>
  key
    .replace(/\./g, "_")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase();

/** One selected point with its plain values (`curve_number`, `point_index`, `x`, `y`...). */
export function pointOf(point: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(point)) {
    if (SKIPPED.has(key)) continue;
    const v = plain(value);
    if (v !== undefined) out[snake(key)] = v;
  }
  const data = point.data;
  if (isObject(data) && typeof data.legendgroup === "string" && data.legendgroup) {
    out.legendgroup = data.legendgroup;
  }
  return out;
}

/** The corners of a box or the vertices of a lasso path (`M1,2L3,4Z`). */
export function regionOf(selection: Json): Region | null {
  const xref = typeof selection.xref === "string" ? selection.xref : "x";
  const yref = typeof selection.yref === "string" ? selection.yref : "y";
  if (selection.type === "rect") {
    const { x0, x1, y0, y1 } = selection;
    const ok = [x0, x1, y0, y1].every((v) => typeof v === "number" || typeof v === "string");
    if (!ok) return null;
    return { xref, yref, x: [x0, x1] as (number | string)[], y: [y0, y1] as (number | string)[] };
  }
  if (selection.type === "path" && typeof selection.path === "string") {
    const x: number[] = [];
    const y: number[] = [];
    for (const pair of selection.path.replace(/[MZ]/g, "").split("L")) {
      const [a, b] = pair.split(",").map(Number);
      if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b)) {
        continue;
      }
      x.push(a);
      y.push(b);
    }
    return { xref, yref, x, y };
  }
  return null;
}

/** The state a `plotly_selected` event stands for, limited to the enabled modes. */
export function selectionOf(event: unknown, modes: Mode[]): SelectionState {
  const points: Json[] = [];
  const indices = new Set<number>();
  const box: Region[] = [];
  const lasso: Region[] = [];
  const ev = isObject(event) ? event : {};
  for (const point of Array.isArray(ev.points) ? ev.points : []) {
    if (!isObject(point)) continue;
    points.push(pointOf(point));
    if (typeof point.pointIndex === "number") indices.add(point.pointIndex);
    if (Array.isArray(point.pointIndices)) {
      for (const i of point.pointIndices) if (typeof i === "number") indices.add(i);
    }
  }
  for (const selection of Array.isArray(ev.selections) ? ev.selections : []) {
    if (!isObject(selection)) continue;
    const region = regionOf(selection);
    if (!region) continue;
    if (selection.type === "rect" && modes.includes("box")) box.push(region);
    if (selection.type === "path" && modes.includes("lasso")) lasso.push(region);
  }
  return { selection: { points, point_indices: [...indices], box, lasso } };
}
