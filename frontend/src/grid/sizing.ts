/**
 * How big the grid is: column widths measured from their content, the height Streamlit gives
 * (`"auto"`: up to ten rows, then it scrolls; a number of pixels; `"stretch"`), and the width
 * of the element's container.
 */
import { useEffect, useState, type RefObject } from "react";
import type { GridColumn } from "./columns";
import { NULL_TEXT, displayText } from "./display";
import { columnWidth, SAMPLE_ROWS } from "./measure";

/** Rows an `"auto"` height shows before scrolling. */
export const AUTO_ROWS = 10;

interface Readable {
  rows: number;
  /** Rows of the whole frame (more than `rows` holds when paged). */
  total: number;
  value: (col: GridColumn, row: number) => unknown;
}

const FIXED: Partial<Record<GridColumn["kind"], number>> = {
  line_chart: 150,
  bar_chart: 150,
  area_chart: 150,
  image: 100,
};

/** Measured widths of the columns without a configured one. */
export function autoWidths(
  columns: GridColumn[],
  data: Readable,
  fontFamily: string,
  placeholder?: string | null,
): Record<string, number> {
  const out: Record<string, number> = {};
  const n = Math.min(data.rows, SAMPLE_ROWS);
  for (const col of columns) {
    if (col.width !== undefined) continue;
    const fixed = FIXED[col.kind];
    if (fixed !== undefined) {
      out[col.field] = Math.max(fixed, columnWidth(col.title, [], fontFamily));
      continue;
    }
    const samples: string[] = [];
    // A paged frame's later rows are not here yet: an integer index grows to the row count.
    if (col.spec.kind === "index" && col.isInt && data.total > data.rows) {
      samples.push(String(data.total - 1));
    }
    for (let r = 0; r < n; r++) {
      const v = data.value(col, r);
      if (v === undefined) continue;
      samples.push(v === null ? (placeholder ?? NULL_TEXT) : displayText(col, v as never));
    }
    const bubbles = col.kind === "list" || col.kind === "multiselect";
    const extra = bubbles ? 24 : col.kind === "progress" ? 90 : col.kind === "checkbox" ? 20 : 0;
    out[col.field] = columnWidth(col.title, samples, fontFamily, 8, extra);
  }
  return out;
}

export interface HeightInput {
  setting: number | "auto" | "stretch" | null | undefined;
  rows: number;
  rowHeight: number;
  headerHeight: number;
  /** A horizontal scrollbar takes room under the rows. */
  scrollbar: boolean;
}

/** The grid's CSS height (and minimum height for `"stretch"`). */
export function gridHeight(h: HeightInput): { css: string; min: string | undefined } {
  const border = 2;
  const auto =
    h.headerHeight +
    Math.min(Math.max(h.rows, 1), AUTO_ROWS) * h.rowHeight +
    border +
    (h.scrollbar ? 14 : 0);
  if (typeof h.setting === "number" && h.setting > 0)
    return { css: `${h.setting}px`, min: undefined };
  if (h.setting === "stretch") return { css: "100%", min: `${auto}px` };
  return { css: `${auto}px`, min: undefined };
}

/** The width of an element, kept up to date. */
export function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current?.parentElement;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
