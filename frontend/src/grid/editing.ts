/**
 * data_editor's edits: cells changed in original rows, rows added at the end, rows deleted;
 * what a typed value becomes (`parseText`), whether it is accepted (`validate`, with the
 * reason shown to the person), and the cumulative state sent to Python (Streamlit's
 * `{edited_rows, added_rows, deleted_rows}`, with JSON cells: ISO text for dates and times).
 */
import { GridCellKind, type EditableGridCell, type GridCell } from "@glideapps/glide-data-grid";
import type { Value } from "./arrow";
import { limit, optionOf, type GridColumn } from "./columns";
import type { BubblesData, SelectData, TemporalData } from "./custom";
import { parseTemporal, toIso } from "./datetime";
import { jsonText } from "./display";
import type { EditingState, IncomingEditingState } from "./types";

/** Kinds a person can edit in a data_editor. */
const EDITABLE = new Set([
  "text",
  "number",
  "checkbox",
  "selectbox",
  "multiselect",
  "list",
  "datetime",
  "date",
  "time",
  "link",
]);

/** Whether cells of `col` can be edited, given the editor's `disabled` prop. */
export function isEditable(
  col: GridColumn,
  disabled: boolean | string[] | null | undefined,
): boolean {
  if (disabled === true) return false;
  if (Array.isArray(disabled) && disabled.includes(col.field)) return false;
  if (col.spec.disabled || col.spec.kind === "index") return false;
  return EDITABLE.has(col.kind);
}

/** A cell's value as JSON for the editing state. */
export function toJson(col: GridColumn, value: Value): unknown {
  if (value === null) return null;
  if (
    (col.kind === "datetime" || col.kind === "date" || col.kind === "time") &&
    typeof value === "number"
  ) {
    return toIso(value, col.kind, col.tz);
  }
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "object") return JSON.parse(jsonText(value)) as unknown;
  return value;
}

/** A JSON cell of the editing state (as the server holds it) back into a value. */
export function fromJson(col: GridColumn, json: unknown): Value {
  if (json === null || json === undefined) return null;
  if (
    (col.kind === "datetime" || col.kind === "date" || col.kind === "time") &&
    typeof json === "string"
  ) {
    return parseTemporal(json, col.kind, col.tz);
  }
  return json as Value;
}

/** What text typed or pasted into a cell of `col` means; `{error}` when it means nothing. */
export function parseText(col: GridColumn, text: string): { value: Value } | { error: string } {
  const s = text.trim();
  if (s === "" && col.kind !== "text") return { value: null };
  switch (col.kind) {
    case "number": {
      const n = Number(s.replace(/[,_\s]/g, ""));
      return Number.isFinite(n) ? { value: n } : { error: `"${s}" is not a number.` };
    }
    case "checkbox": {
      const t = s.toLowerCase();
      if (["true", "1", "yes", "y", "on", "x", "✓"].includes(t)) return { value: true };
      if (["false", "0", "no", "n", "off"].includes(t)) return { value: false };
      return { error: `"${s}" is not true or false.` };
    }
    case "datetime":
    case "date":
    case "time": {
      const ms = parseTemporal(s, col.kind, col.tz);
      return ms === null ? { error: `"${s}" is not a ${col.kind}.` } : { value: ms };
    }
    case "multiselect":
    case "list":
      return {
        value: s
          .replace(/^\[|\]$/g, "")
          .split(",")
          .map((v) => v.trim().replace(/^["']|["']$/g, ""))
          .filter(Boolean)
          .map((v) => optionOf(col, v)?.value ?? v),
      };
    case "selectbox":
      return { value: optionOf(col, s)?.value ?? s };
    default:
      return { value: text };
  }
}

/** The value an edited glide cell holds. */
export function cellValue(col: GridColumn, cell: EditableGridCell | GridCell): Value {
  switch (cell.kind) {
    case GridCellKind.Text:
      return col.kind === "text"
        ? cell.data
        : cell.data === ""
          ? null
          : (parseValue(col, cell.data) ?? null);
    case GridCellKind.Number:
      return cell.data === undefined || Number.isNaN(cell.data) ? null : cell.data;
    case GridCellKind.Boolean:
      return cell.data === null || cell.data === undefined ? null : cell.data;
    case GridCellKind.Uri:
      return cell.data === "" ? null : cell.data;
    case GridCellKind.Custom: {
      const data = cell.data as SelectData | TemporalData | BubblesData;
      if (data.kind === "rill-select") {
        return data.value === null ? null : (optionOf(col, data.value)?.value ?? data.value);
      }
      if (data.kind === "rill-temporal") return data.ms;
      if (data.kind === "rill-bubbles") return data.values.map((l) => optionOf(col, l)?.value ?? l);
      return null;
    }
    default:
      return null;
  }
}

function parseValue(col: GridColumn, text: string): Value | undefined {
  const parsed = parseText(col, text);
  return "value" in parsed ? parsed.value : undefined;
}

function isOption(col: GridColumn, value: Value): boolean {
  const key = JSON.stringify(value);
  return col.options.some((o) => JSON.stringify(o.value) === key);
}

function bound(col: GridColumn, ms: number): string {
  return toIso(ms, col.kind as "datetime", col.tz);
}

/** Why `value` is not accepted in `col`, or null when it is. */
export function validate(col: GridColumn, value: Value): string | null {
  const spec = col.spec;
  const name = col.title;
  if (value === null || (col.kind === "text" && value === "")) {
    return spec.required ? `${name} needs a value.` : null;
  }
  const extra = spec.extra ?? {};
  switch (col.kind) {
    case "number": {
      if (typeof value !== "number") return `${name} takes a number.`;
      const min = limit(col, "min");
      const max = limit(col, "max");
      if (min !== null && value < min) return `${name} must be at least ${min}.`;
      if (max !== null && value > max) return `${name} must be at most ${max}.`;
      if (col.isInt && !Number.isInteger(value)) return `${name} takes a whole number.`;
      return null;
    }
    case "text":
    case "link": {
      const s = String(value);
      const max = typeof extra.max_chars === "number" ? extra.max_chars : null;
      if (max !== null && s.length > max) return `${name} takes at most ${max} characters.`;
      const pattern = spec.validate;
      if (pattern) {
        let re: RegExp | null = null;
        try {
          re = new RegExp(pattern);
        } catch {
          re = null;
        }
        if (re && !re.test(s)) return `${name} does not match the pattern ${pattern}.`;
      }
      return null;
    }
    case "selectbox":
      return col.options.length && !isOption(col, value) && extra.accept_new_options !== true
        ? `${name} takes one of: ${col.options.map((o) => o.label).join(", ")}.`
        : null;
    case "multiselect": {
      if (!Array.isArray(value)) return `${name} takes a list.`;
      if (extra.accept_new_options === true || col.options.length === 0) return null;
      const bad = value.filter((v) => !isOption(col, v)).map(String);
      return bad.length ? `${name} does not offer ${bad.join(", ")}.` : null;
    }
    case "datetime":
    case "date":
    case "time": {
      if (typeof value !== "number") return `${name} takes a ${col.kind}.`;
      const min = limit(col, "min");
      const max = limit(col, "max");
      if (min !== null && value < min) return `${name} must be ${bound(col, min)} or later.`;
      if (max !== null && value > max) return `${name} must be ${bound(col, max)} or earlier.`;
      return null;
    }
    default:
      return null;
  }
}

/**
 * A state as comparable text: keys sorted, and added rows without their null cells (the
 * server fills those in), so that the server echoing a state back reads as the same state.
 */
export function canonical(state: IncomingEditingState | null | undefined): string {
  const sort = (o: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const edited = sort(
    Object.fromEntries(
      Object.entries(state?.edited_rows ?? {}).map(([row, cells]) => [row, sort(cells ?? {})]),
    ),
  );
  const added = (state?.added_rows ?? []).map((r) =>
    sort(Object.fromEntries(Object.entries(r ?? {}).filter(([, v]) => v !== null))),
  );
  const deleted = [...(state?.deleted_rows ?? [])].sort((a, b) => a - b);
  return JSON.stringify([edited, added, deleted]);
}

/** Every edit so far. Rows are original positions; added rows are numbered from 0. */
export class Edits {
  edited = new Map<number, Map<string, Value>>();
  added: Map<string, Value>[] = [];
  deleted = new Set<number>();

  clone(): Edits {
    const next = new Edits();
    for (const [row, cells] of this.edited) next.edited.set(row, new Map(cells));
    next.added = this.added.map((r) => new Map(r));
    next.deleted = new Set(this.deleted);
    return next;
  }

  /** The edited value of a cell of an original row (undefined: not edited). */
  get(row: number, field: string): Value | undefined {
    return this.edited.get(row)?.get(field);
  }

  has(row: number, field: string): boolean {
    return this.edited.get(row)?.has(field) ?? false;
  }

  set(row: number, field: string, value: Value): void {
    let cells = this.edited.get(row);
    if (!cells) this.edited.set(row, (cells = new Map()));
    cells.set(field, value);
  }

  /** A new row, with each column's `default`. */
  addRow(columns: GridColumn[]): number {
    const row = new Map<string, Value>();
    for (const col of columns) {
      if (col.spec.default !== undefined && col.spec.default !== null) {
        row.set(col.field, fromJson(col, col.spec.default));
      }
    }
    this.added.push(row);
    return this.added.length - 1;
  }

  /** The cumulative state Python gets (fields of columns not shown are kept as they were). */
  toState(columns: GridColumn[]): EditingState {
    const byField = new Map(columns.map((c) => [c.field, c]));
    const json = (field: string, v: Value): unknown => {
      const col = byField.get(field);
      return col ? toJson(col, v) : v;
    };
    const edited_rows: EditingState["edited_rows"] = {};
    for (const [row, cells] of [...this.edited].sort((a, b) => a[0] - b[0])) {
      if (this.deleted.has(row) || cells.size === 0) continue;
      edited_rows[String(row)] = Object.fromEntries([...cells].map(([f, v]) => [f, json(f, v)]));
    }
    return {
      edited_rows,
      added_rows: this.added.map((r) =>
        Object.fromEntries([...r].map(([f, v]) => [f, json(f, v)])),
      ),
      deleted_rows: [...this.deleted].sort((a, b) => a - b),
    };
  }

  /** The edits of a state the server sent back (after a rerun, or from session state). */
  static fromState(state: IncomingEditingState | null | undefined, columns: GridColumn[]): Edits {
    const edits = new Edits();
    if (!state) return edits;
    const byField = new Map(columns.map((c) => [c.field, c]));
    const value = (field: string, json: unknown): Value => {
      const col = byField.get(field);
      return col ? fromJson(col, json) : (json as Value);
    };
    for (const [row, cells] of Object.entries(state.edited_rows ?? {})) {
      const r = Number(row);
      if (!Number.isInteger(r) || r < 0) continue;
      for (const [field, json] of Object.entries(cells ?? {}))
        edits.set(r, field, value(field, json));
    }
    for (const added of state.added_rows ?? []) {
      edits.added.push(new Map(Object.entries(added ?? {}).map(([f, j]) => [f, value(f, j)])));
    }
    for (const row of state.deleted_rows ?? []) if (Number.isInteger(row)) edits.deleted.add(row);
    return edits;
  }
}
