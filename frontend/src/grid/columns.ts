/**
 * Which columns the grid shows, in which order, how wide, pinned or not, and how each one's
 * cells are drawn (its `CellKind`, from column_config's `type` or else from the Arrow type).
 */
import { DataType, Type } from "apache-arrow";
import type { FieldInfo, Value } from "./arrow";
import { parseTemporal } from "./datetime";
import type { CellKind, ColumnSpec } from "./types";

export const WIDTHS = { small: 75, medium: 200, large: 400 } as const;

const TYPES: Record<string, CellKind> = {
  text: "text",
  number: "number",
  checkbox: "checkbox",
  selectbox: "selectbox",
  multiselect: "multiselect",
  datetime: "datetime",
  date: "date",
  time: "time",
  list: "list",
  link: "link",
  image: "image",
  json: "json",
  line_chart: "line_chart",
  bar_chart: "bar_chart",
  area_chart: "area_chart",
  progress: "progress",
};

/** The kind of cells an Arrow type makes when column_config does not say. */
export function kindOfArrow(type: DataType | undefined, arrowType = ""): CellKind {
  if (!type) return kindOfArrowName(arrowType);
  if (DataType.isInt(type) || DataType.isFloat(type) || DataType.isDecimal(type)) return "number";
  if (DataType.isBool(type)) return "checkbox";
  if (DataType.isTimestamp(type)) return "datetime";
  if (DataType.isDate(type)) return "date";
  if (DataType.isTime(type)) return "time";
  if (DataType.isDuration(type)) return "duration";
  if (DataType.isList(type) || DataType.isFixedSizeList(type) || type.typeId === Type.LargeList)
    return "list";
  if (DataType.isStruct(type) || DataType.isMap(type)) return "json";
  if (DataType.isDictionary(type)) return "selectbox";
  return "text";
}

/** The same from the type's name, for a field missing from the data (an empty page). */
function kindOfArrowName(name: string): CellKind {
  const n = name.toLowerCase();
  if (/^(u?int\d*|float\d*|double|halffloat|decimal)/.test(n)) return "number";
  if (n === "bool") return "checkbox";
  if (n.startsWith("timestamp")) return "datetime";
  if (n.startsWith("date")) return "date";
  if (n.startsWith("time")) return "time";
  if (n.startsWith("duration")) return "duration";
  if (/^(large_)?list|^fixed_size_list/.test(n)) return "list";
  if (n.startsWith("struct") || n.startsWith("map")) return "json";
  if (n.startsWith("dictionary")) return "selectbox";
  return "text";
}

export function isIntegerType(type: DataType | undefined, arrowType = ""): boolean {
  if (type) return DataType.isInt(type);
  return /^u?int/.test(arrowType);
}

/** A shown column: its spec plus what the grid derived from it. */
export interface GridColumn {
  spec: ColumnSpec;
  field: string;
  kind: CellKind;
  title: string;
  pinned: boolean;
  /** Width in px when configured or resized, else undefined (measured from the content). */
  width: number | undefined;
  info: FieldInfo | undefined;
  isInt: boolean;
  /** The zone timestamps show in (column_config `timezone`, else the Arrow zone). */
  tz: string | null;
  /** Options of a selectbox / multiselect column. */
  options: Option[];
}

/** A selectbox / multiselect option: the value edits send and the text shown. */
export interface Option {
  value: Value;
  label: string;
}

/** column_config options (values, or `{value, label, color}`) as `Option`s. */
export function toOptions(raw: readonly unknown[] | null | undefined): Option[] | undefined {
  if (!raw) return undefined;
  return raw.map((o): Option => {
    if (o !== null && typeof o === "object" && !Array.isArray(o) && "value" in o) {
      const { value, label } = o as { value: unknown; label?: unknown };
      return { value: value as Value, label: typeof label === "string" ? label : String(value) };
    }
    return { value: o as Value, label: String(o) };
  });
}

/** The label of `value` among a column's options (its text when it is not one of them). */
export function optionLabel(col: GridColumn, value: Value): string {
  const key = JSON.stringify(value);
  return col.options.find((o) => JSON.stringify(o.value) === key)?.label ?? String(value);
}

/** A column's `min` / `max` as a number (epoch ms, or ms of the day, for temporal columns). */
export function limit(col: GridColumn, which: "min" | "max"): number | null {
  const raw = col.spec[which];
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== "string" || !raw) return null;
  if (col.kind === "datetime" || col.kind === "date" || col.kind === "time") {
    return parseTemporal(raw, col.kind, col.tz);
  }
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}

/** The option of a label (or of a value's text). */
export function optionOf(col: GridColumn, label: string): Option | undefined {
  return (
    col.options.find((o) => o.label === label) ?? col.options.find((o) => String(o.value) === label)
  );
}

/** What the person changed: columns hidden or shown, pinned or unpinned, resized. */
export interface ColumnOverrides {
  hidden: Record<string, boolean>;
  pinned: Record<string, boolean>;
  widths: Record<string, number>;
}

export const NO_OVERRIDES: ColumnOverrides = { hidden: {}, pinned: {}, widths: {} };

function configuredWidth(width: ColumnSpec["width"]): number | undefined {
  if (typeof width === "number" && width > 0) return width;
  if (width === "small" || width === "medium" || width === "large") return WIDTHS[width];
  return undefined;
}

export interface LayoutInput {
  columns: ColumnSpec[];
  columnOrder?: string[] | null;
  hideIndex?: boolean | null;
  fields: FieldInfo[];
  /** Dictionary values of a categorical field, for its selectbox options. */
  categories?: (field: string) => string[] | undefined;
}

/** The columns a person can show (everything but what the app hid), in display order. */
export function orderedColumns(input: LayoutInput): ColumnSpec[] {
  const specs = input.columns.filter(
    (c) => !c.hidden && !(input.hideIndex === true && c.kind === "index"),
  );
  const order = input.columnOrder;
  if (!order || order.length === 0) return specs;
  const named = new Map(specs.map((c) => [c.field, c]));
  const indexes = specs.filter((c) => c.kind === "index" && !order.includes(c.field));
  const listed = order.map((f) => named.get(f)).filter((c): c is ColumnSpec => c !== undefined);
  return [...indexes, ...listed];
}

/** The shown columns, pinned ones first (in order), with the number that are pinned. */
export function layoutColumns(
  input: LayoutInput,
  overrides: ColumnOverrides = NO_OVERRIDES,
): { columns: GridColumn[]; frozen: number } {
  const byName = new Map(input.fields.map((f) => [f.name, f]));
  const shown = orderedColumns(input)
    .filter((c) => overrides.hidden[c.field] !== true)
    .map((spec): GridColumn => {
      const info = byName.get(spec.field);
      const kind = (spec.type && TYPES[spec.type]) || kindOfArrow(info?.type, spec.arrow_type);
      const zone = spec.extra?.timezone;
      const options =
        toOptions(spec.options) ??
        (kind === "selectbox" || kind === "multiselect"
          ? toOptions(input.categories?.(spec.field))
          : undefined);
      return {
        spec,
        field: spec.field,
        kind,
        title: spec.label ?? spec.field,
        pinned: overrides.pinned[spec.field] ?? spec.pinned ?? spec.kind === "index",
        width: overrides.widths[spec.field] ?? configuredWidth(spec.width),
        info,
        isInt: isIntegerType(info?.type, spec.arrow_type),
        tz: typeof zone === "string" && zone ? zone : (info?.tz ?? null),
        options: options ?? [],
      };
    });
  const pinned = shown.filter((c) => c.pinned);
  return { columns: [...pinned, ...shown.filter((c) => !c.pinned)], frozen: pinned.length };
}
