/**
 * The text a cell shows (and copies, and reads out to assistive tech), from its value and its
 * column: number formats, date formats in the column's zone, link display text, JSON.
 */
import type { Value } from "./arrow";
import { optionLabel, type GridColumn } from "./columns";
import { formatTemporal } from "./datetime";
import { formatNumber } from "./numbers";

/** What a null cell shows when the app gives no `placeholder`. */
export const NULL_TEXT = "None";

/** JSON text of a value (bigints as numbers). */
export function jsonText(value: Value): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? Number(v) : v)) ?? "";
}

/** A pandas-like duration: "1 days 02:03:04", "0 days 00:00:01.500000". */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? "-" : "";
  let rest = Math.abs(ms);
  const days = Math.floor(rest / 86_400_000);
  rest -= days * 86_400_000;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const s = Math.floor(rest / 1000);
  const frac = rest - s * 1000;
  const pad = (n: number): string => String(n).padStart(2, "0");
  const fraction = frac ? `.${String(Math.round(frac * 1000)).padStart(6, "0")}` : "";
  return `${sign}${days} days ${pad(h)}:${pad(m)}:${pad(s)}${fraction}`;
}

/** The shown text of a link: `display_text` as is, or its first regex group matched on the URL. */
export function linkText(url: string, displayText: unknown): string {
  if (typeof displayText !== "string" || !displayText) return url;
  if (displayText.includes("(")) {
    try {
      const match = new RegExp(displayText).exec(url);
      if (match) return match[1] ?? match[0];
    } catch {
      // Not a regular expression: shown as given.
    }
  }
  return displayText;
}

function scalarText(value: Value): string {
  if (value === null) return "";
  if (typeof value === "object") return jsonText(value);
  return String(value);
}

/** The text of a non-null cell. */
export function displayText(col: GridColumn, value: Value): string {
  if (value === null) return "";
  const spec = col.spec;
  switch (col.kind) {
    case "number":
    case "progress":
      return typeof value === "number" || typeof value === "bigint"
        ? formatNumber(value, spec.format, col.isInt, spec.step)
        : scalarText(value);
    case "checkbox":
      return String(Boolean(value));
    case "datetime":
    case "date":
    case "time":
      return typeof value === "number"
        ? formatTemporal(value, col.kind, spec.format, col.tz)
        : scalarText(value);
    case "duration":
      return typeof value === "number" ? formatDuration(value) : scalarText(value);
    case "selectbox":
      return optionLabel(col, value);
    case "multiselect":
      return Array.isArray(value)
        ? value.map((v) => optionLabel(col, v)).join(", ")
        : optionLabel(col, value);
    case "list":
    case "line_chart":
    case "bar_chart":
    case "area_chart":
      return Array.isArray(value) ? value.map(scalarText).join(", ") : scalarText(value);
    case "json":
      return typeof value === "string" ? value : jsonText(value);
    case "link":
      return linkText(scalarText(value), spec.extra?.display_text);
    default:
      return scalarText(value);
  }
}

/** Raw text of a value for CSV and the clipboard: numbers unformatted, dates in ISO. */
export function rawText(col: GridColumn, value: Value): string {
  if (value === null) return "";
  if (
    (col.kind === "datetime" || col.kind === "date" || col.kind === "time") &&
    typeof value === "number"
  ) {
    return formatTemporal(value, col.kind, null, col.tz).replace(" ", "T");
  }
  if (col.kind === "duration" && typeof value === "number") return formatDuration(value);
  if (typeof value === "object") return jsonText(value);
  return String(value);
}
