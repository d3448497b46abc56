/**
 * Selections: the app's `selection_mode` as glide's selection options, and glide's selection
 * as the value a dataframe sends (rows as ORIGINAL positions, columns as field names, cells
 * as `[row, field]`).
 */
import {
  CompactSelection,
  type DataEditorProps,
  type GridSelection,
} from "@glideapps/glide-data-grid";
import type { GridColumn } from "./columns";
import type { SelectionState } from "./types";

/** At most this many cells are reported for one selection. */
export const MAX_CELLS = 10_000;

export interface SelectionOptions {
  rowSelect: NonNullable<DataEditorProps["rowSelect"]>;
  columnSelect: NonNullable<DataEditorProps["columnSelect"]>;
  rangeSelect: NonNullable<DataEditorProps["rangeSelect"]>;
  rowMarkers: boolean;
  rows: boolean;
  columns: boolean;
  cells: boolean;
}

export function selectionOptions(modes: readonly string[] | null | undefined): SelectionOptions {
  const m = new Set(modes ?? []);
  const rows = m.has("multi-row") ? "multi" : m.has("single-row") ? "single" : "none";
  const columns = m.has("multi-column") ? "multi" : m.has("single-column") ? "single" : "none";
  const cells = m.has("multi-cell") ? "multi-rect" : m.has("single-cell") ? "cell" : "rect";
  return {
    rowSelect: rows,
    columnSelect: columns,
    rangeSelect: cells,
    rowMarkers: rows !== "none",
    rows: rows !== "none",
    columns: columns !== "none",
    cells: m.has("multi-cell") || m.has("single-cell"),
  };
}

/**
 * The value a dataframe sends for glide's selection. `origin` maps a shown row to its
 * original position (null while it loads: such a row is left out).
 */
export function selectionValue(
  selection: GridSelection,
  columns: GridColumn[],
  origin: (row: number) => number | null,
  options: SelectionOptions,
): SelectionState {
  const rows: number[] = [];
  if (options.rows) {
    for (const r of selection.rows) {
      const o = origin(r);
      if (o !== null) rows.push(o);
    }
  }
  const fields: string[] = [];
  if (options.columns) {
    for (const c of selection.columns) {
      const col = columns[c];
      if (col && col.spec.kind !== "index") fields.push(col.field);
    }
  }
  const cells: [number, string][] = [];
  if (options.cells && selection.current) {
    const seen = new Set<string>();
    const ranges = [selection.current.range, ...selection.current.rangeStack];
    outer: for (const range of ranges) {
      for (let r = range.y; r < range.y + range.height; r++) {
        const o = origin(r);
        if (o === null) continue;
        for (let c = range.x; c < range.x + range.width; c++) {
          const col = columns[c];
          if (!col) continue;
          const key = `${o}:${col.field}`;
          if (seen.has(key)) continue;
          seen.add(key);
          cells.push([o, col.field]);
          if (cells.length >= MAX_CELLS) break outer;
        }
      }
    }
  }
  return { selection: { rows: rows.sort((a, b) => a - b), columns: fields, cells } };
}

/** A selection value as the server may send it (lists may be missing). */
export interface IncomingSelection {
  selection: { rows?: number[]; columns?: string[]; cells?: unknown[][] };
}

/** A selection value in one form: rows sorted, cells as `[row, field]`. */
export function normalizeSelection(value: IncomingSelection | null | undefined): SelectionState {
  const s = value?.selection;
  const rows = (s?.rows ?? []).filter((r) => Number.isInteger(r) && r >= 0).sort((a, b) => a - b);
  const cells = (s?.cells ?? []).flatMap((c): [number, string][] =>
    Array.isArray(c) && typeof c[0] === "number" && typeof c[1] === "string" ? [[c[0], c[1]]] : [],
  );
  return { selection: { rows, columns: (s?.columns ?? []).map(String), cells } };
}

/** Two selection values are the same (avoid sending a rerun for nothing). */
export function sameSelection(a: SelectionState | null, b: SelectionState): boolean {
  return a !== null && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * glide's selection showing a value the server holds. `shown` maps an original row to the row
 * showing it (null: not shown, or not known while its page is elsewhere).
 */
export function gridSelectionOf(
  value: SelectionState,
  columns: GridColumn[],
  shown: (origin: number) => number | null,
): GridSelection {
  let rows = CompactSelection.empty();
  for (const r of value.selection.rows) {
    const row = shown(r);
    if (row !== null) rows = rows.add(row);
  }
  let cols = CompactSelection.empty();
  for (const field of value.selection.columns) {
    const c = columns.findIndex((col) => col.field === field);
    if (c >= 0) cols = cols.add(c);
  }
  const first = value.selection.cells[0];
  const c = first ? columns.findIndex((col) => col.field === first[1]) : -1;
  const r = first ? shown(first[0]) : null;
  const current =
    first && c >= 0 && r !== null
      ? { cell: [c, r] as const, range: { x: c, y: r, width: 1, height: 1 }, rangeStack: [] }
      : undefined;
  return { rows, columns: cols, current };
}
