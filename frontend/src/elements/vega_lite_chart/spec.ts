/**
 * The spec vega-embed gets: the element's spec with its datasets filled in, sized for the
 * container, and ready for the selections the script listens to.
 */
import type { Row } from "./data";

export type Spec = Record<string, unknown>;

const COMPOSITE = ["hconcat", "vconcat", "concat", "facet", "repeat"];

/** Above this many rows, a chart draws on a canvas (thousands of SVG nodes are slow). */
export const CANVAS_ROWS = 2000;

/** Channels a point selection may project on (not tooltips, links and text). */
const NOT_SELECTABLE = new Set(["tooltip", "href", "description", "text", "url", "key", "order"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function isComposite(spec: Spec): boolean {
  return COMPOSITE.some((k) => k in spec);
}

export interface SizeOptions {
  width: number | "stretch" | "content";
  height: number | "stretch" | "content";
  /** The container's width in pixels. */
  containerWidth: number;
}

/** Width and height of the element applied to the spec (a copy; the input is left alone). */
export function sizeSpec(spec: Spec, { width, height, containerWidth }: SizeOptions): Spec {
  const out: Spec = { ...spec };
  const target = typeof width === "number" ? Math.min(width, containerWidth) : containerWidth;
  if (!isComposite(out)) {
    if (width === "stretch" || typeof width === "number") out.width = target;
    if (typeof height === "number") out.height = height;
  } else if (Array.isArray(out.vconcat) && width === "stretch") {
    // Stacked views can each take the whole width.
    out.vconcat = out.vconcat.map((child: unknown) =>
      isRecord(child) && !isComposite(child) && typeof child.width !== "number"
        ? { ...child, width: target }
        : child,
    );
  }
  return out;
}

/** `spec` with `rows` of each dataset as its `datasets` entry (a copy). */
export function withDatasets(spec: Spec, rows: Record<string, Row[]>): Spec {
  const inline = isRecord(spec.datasets) ? spec.datasets : {};
  return { ...spec, datasets: { ...inline, ...rows } };
}

/**
 * Point selections the script listens to, made to report the points' values: a point
 * selection without `fields` or `encodings` would report Vega's internal row ids, so it gets
 * the spec's encoding channels (as Streamlit does).
 */
export function prepareSelections(spec: Spec, modes: string[]): Spec {
  if (!modes.length || !Array.isArray(spec.params) || !isRecord(spec.encoding)) return spec;
  const channels = Object.keys(spec.encoding).filter((k) => !NOT_SELECTABLE.has(k));
  const params = spec.params.map((param: unknown) => {
    if (!isRecord(param) || !modes.includes(String(param.name))) return param;
    const select = typeof param.select === "string" ? { type: param.select } : param.select;
    if (!isRecord(select) || select.type !== "point") return { ...param, select };
    if (select.fields !== undefined || select.encodings !== undefined) return { ...param, select };
    return { ...param, select: { ...select, encodings: channels } };
  });
  return { ...spec, params };
}

/** SVG for small data (its shapes stay in the page), canvas for big data, unless the spec
 * asks (`usermeta.embedOptions.renderer`). */
export function rendererFor(spec: Spec, rows: number): "svg" | "canvas" {
  const meta = isRecord(spec.usermeta) ? spec.usermeta : {};
  const options = isRecord(meta.embedOptions) ? meta.embedOptions : {};
  if (options.renderer === "svg" || options.renderer === "canvas") return options.renderer;
  return rows > CANVAS_ROWS ? "canvas" : "svg";
}

/**
 * A selection signal's value as the script reads it: the list of points for a point
 * selection (Vega-Lite's `vlPoint.or`), the field → `[low, high]` dict of an interval, `{}`
 * when nothing is selected.
 */
export function selectionValue(value: unknown): unknown {
  if (!isRecord(value)) return {};
  const point = value.vlPoint;
  if (isRecord(point) && Array.isArray(point.or)) return point.or;
  return value;
}
