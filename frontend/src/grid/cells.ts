/**
 * Values to glide cells. Read-only cells show (and expose to assistive tech and the clipboard)
 * their formatted text; editable ones carry the raw value their editor changes.
 */
import { GridCellKind, type GridCell, type Theme } from "@glideapps/glide-data-grid";
import type { Value } from "./arrow";
import { limit, optionLabel, type GridColumn } from "./columns";
import type { BubblesData, ProgressData, SelectData, SparkData, TemporalData } from "./custom";
import { NULL_TEXT, displayText, jsonText, rawText } from "./display";

export interface CellOptions {
  editable: boolean;
  placeholder?: string | null;
  /** A Styler display value for this cell. */
  display?: string | null;
  color?: string | null;
  background?: string | null;
  /** The color of null / placeholder text. */
  faded?: string;
}

const LOADING: GridCell = { kind: GridCellKind.Loading, allowOverlay: false };

/** A cell whose page has not arrived yet. */
export function loadingCell(): GridCell {
  return LOADING;
}

/** Whether a URL may be opened or loaded from a cell (no `javascript:` and friends). */
export function safeUrl(url: string): boolean {
  return (
    /^(https?:|mailto:|data:image\/|\/|\.\/|\.\.\/)/i.test(url.trim()) ||
    !/^[a-z][\w+.-]*:/i.test(url.trim())
  );
}

function numbers(value: Value): number[] {
  if (!Array.isArray(value)) return [];
  return value.map((v) => (typeof v === "number" ? v : typeof v === "bigint" ? Number(v) : NaN));
}

function num(v: unknown): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

function strings(col: GridColumn, value: Value): string[] {
  const text = (v: Value): string =>
    typeof v === "object" && v !== null ? jsonText(v) : optionLabel(col, v);
  if (Array.isArray(value)) return value.map(text);
  return value === null ? [] : [text(value)];
}

function themed(options: CellOptions, isNull: boolean): Partial<Theme> | undefined {
  const t: Partial<Theme> = {};
  if (options.color) t.textDark = options.color;
  else if (isNull && options.faded) t.textDark = options.faded;
  if (options.background) t.bgCell = options.background;
  return Object.keys(t).length ? t : undefined;
}

interface Base {
  themeOverride: Partial<Theme> | undefined;
  contentAlign: "left" | "center" | "right" | undefined;
}

function text(display: string, raw: string, extra: Base): GridCell {
  return {
    kind: GridCellKind.Text,
    data: display,
    displayData: display,
    copyData: raw,
    readonly: true,
    allowOverlay: true,
    ...extra,
  };
}

/** The glide cell of one value of `col`. */
export function makeCell(col: GridColumn, value: Value, options: CellOptions): GridCell {
  const isNull = value === null;
  const spec = col.spec;
  const shown =
    options.display ?? (isNull ? (options.placeholder ?? NULL_TEXT) : displayText(col, value));
  const raw = rawText(col, value);
  const themeOverride = themed(options, isNull && options.display == null);
  const configured = spec.extra?.alignment;
  const align: Base["contentAlign"] =
    configured === "left" || configured === "center" || configured === "right"
      ? configured
      : col.kind === "number" || col.kind === "duration"
        ? "right"
        : undefined;
  const base: Base = { themeOverride, contentAlign: align };
  const editable = options.editable;
  const label = col.title;

  switch (col.kind) {
    case "checkbox":
      return {
        kind: GridCellKind.Boolean,
        data: isNull ? null : Boolean(value),
        readonly: !editable,
        allowOverlay: false,
        themeOverride,
        contentAlign: "center",
      };
    case "number":
      if (!editable) return text(shown, raw, base);
      return {
        kind: GridCellKind.Number,
        data:
          typeof value === "number" ? value : typeof value === "bigint" ? Number(value) : undefined,
        displayData: shown,
        readonly: false,
        allowOverlay: true,
        allowNegative: (limit(col, "min") ?? -1) < 0,
        fixedDecimals: col.isInt ? 0 : undefined,
        thousandSeparator: false,
        ...base,
      };
    case "text":
    case "json":
      if (!editable) return text(shown, raw, base);
      return {
        kind: GridCellKind.Text,
        data: isNull
          ? ""
          : col.kind === "json" && typeof value !== "string"
            ? jsonText(value)
            : raw,
        displayData: shown,
        readonly: false,
        allowOverlay: true,
        ...base,
      };
    case "link": {
      const url = isNull ? "" : String(value);
      const ok = safeUrl(url);
      return {
        kind: GridCellKind.Uri,
        data: url,
        displayData: shown,
        readonly: !editable,
        allowOverlay: editable,
        hoverEffect: ok && !isNull,
        copyData: url,
        onClickUri:
          ok && url && !editable
            ? (a) => {
                a.preventDefault();
                window.open(url, "_blank", "noopener,noreferrer");
              }
            : undefined,
        themeOverride,
      };
    }
    case "image": {
      const url = isNull ? "" : String(value);
      return {
        kind: GridCellKind.Image,
        data: url && safeUrl(url) ? [url] : [],
        readonly: true,
        allowOverlay: false,
        copyData: url,
        themeOverride,
      };
    }
    case "line_chart":
    case "bar_chart":
    case "area_chart": {
      const data: SparkData = {
        kind: "rill-spark",
        values: numbers(value),
        chart: col.kind === "bar_chart" ? "bar" : col.kind === "area_chart" ? "area" : "line",
        yMin: num(spec.extra?.y_min),
        yMax: num(spec.extra?.y_max),
        color: typeof spec.extra?.color === "string" ? spec.extra.color : null,
      };
      return {
        kind: GridCellKind.Custom,
        data,
        copyData: raw,
        allowOverlay: false,
        readonly: true,
        themeOverride,
      };
    }
    case "progress": {
      const data: ProgressData = {
        kind: "rill-progress",
        value: typeof value === "number" ? value : typeof value === "bigint" ? Number(value) : null,
        min: limit(col, "min") ?? 0,
        max: limit(col, "max") ?? (col.isInt ? 100 : 1),
        label: isNull ? "" : shown,
        color: typeof spec.extra?.color === "string" ? spec.extra.color : null,
      };
      return {
        kind: GridCellKind.Custom,
        data,
        copyData: isNull ? "" : shown,
        allowOverlay: false,
        readonly: true,
        themeOverride,
      };
    }
    case "list":
    case "multiselect": {
      const data: BubblesData = {
        kind: "rill-bubbles",
        values: strings(col, value),
        options: col.options.map((o) => o.label),
        acceptNew: spec.extra?.accept_new_options === true || (col.kind === "list" && editable),
        label,
      };
      return {
        kind: GridCellKind.Custom,
        data,
        copyData: data.values.join(", "),
        allowOverlay: editable,
        readonly: !editable,
        themeOverride,
      };
    }
    case "selectbox": {
      if (!editable) return text(shown, raw, base);
      const data: SelectData = {
        kind: "rill-select",
        value: isNull ? null : optionLabel(col, value),
        options: col.options.map((o) => o.label),
        display: shown,
        required: spec.required === true,
        label,
      };
      return {
        kind: GridCellKind.Custom,
        data,
        copyData: raw,
        allowOverlay: true,
        readonly: false,
        themeOverride,
      };
    }
    case "datetime":
    case "date":
    case "time": {
      if (!editable) return text(shown, raw, base);
      const data: TemporalData = {
        kind: "rill-temporal",
        ms: typeof value === "number" ? value : null,
        temporal: col.kind,
        display: shown,
        tz: col.tz,
        min: limit(col, "min"),
        max: limit(col, "max"),
        step: num(spec.step),
        label,
      };
      return {
        kind: GridCellKind.Custom,
        data,
        copyData: raw,
        allowOverlay: true,
        readonly: false,
        themeOverride,
      };
    }
    default:
      return text(shown, raw, base);
  }
}
