/**
 * Number cells as Streamlit's NumberColumn shows them: `format` is a preset ("plain",
 * "localized", "percent", "dollar", "euro", "yen", "accounting", "bytes", "compact",
 * "scientific", "engineering") or a printf-style string (`%d`, `%.2f`, `%,d`, `£ %.2f`).
 * Without a format, integers show plainly and floats with at most four decimals.
 */
import { sprintf } from "../format/printf";

const cache = new Map<string, Intl.NumberFormat>();

function intl(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(undefined, options);
    cache.set(key, f);
  }
  return f;
}

function bytes(value: number): string {
  const units = ["B", "KB", "MB", "GB", "TB", "PB"];
  let v = Math.abs(value);
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i += 1;
  }
  const text = i === 0 ? String(v) : Number(v.toFixed(1)).toString();
  return `${value < 0 ? "-" : ""}${text}${units[i]}`;
}

/** Decimal places of a number (up to `max`), for steps like 0.01. */
export function decimals(value: number, max = 10): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const text = value.toFixed(max).replace(/0+$/, "");
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** The default text of a number: integers plainly, floats with up to four decimals. */
export function plainNumber(value: number | bigint, isInt: boolean, step?: number | null): string {
  if (typeof value === "bigint") return value.toString();
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  if (isInt || Number.isInteger(value)) {
    if (step && !Number.isInteger(step)) return value.toFixed(decimals(step));
    return isInt ? String(Math.trunc(value)) : String(value);
  }
  if (step) return value.toFixed(Math.max(decimals(step), 0));
  return String(Number(value.toFixed(4)));
}

/**
 * Format one number. `isInt` says whether the column holds integers (Arrow int types), which
 * changes the default and the presets' decimals.
 */
export function formatNumber(
  value: number | bigint,
  format: string | null | undefined,
  isInt = false,
  step?: number | null,
): string {
  if (!format) return plainNumber(value, isInt, step);
  const v = typeof value === "bigint" ? Number(value) : value;
  if (!Number.isFinite(v)) return plainNumber(v, isInt);
  switch (format) {
    case "plain":
      return typeof value === "bigint" ? value.toString() : String(v);
    case "localized":
      return intl({ maximumFractionDigits: 20 }).format(v);
    case "percent":
      return intl({ style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        v,
      );
    case "dollar":
      return intl({ style: "currency", currency: "USD", currencyDisplay: "narrowSymbol" }).format(
        v,
      );
    case "euro":
      return intl({ style: "currency", currency: "EUR", currencyDisplay: "narrowSymbol" }).format(
        v,
      );
    case "yen":
      return intl({ style: "currency", currency: "JPY", currencyDisplay: "narrowSymbol" }).format(
        v,
      );
    case "accounting": {
      const text = intl({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(v));
      return v < 0 ? `(${text})` : text;
    }
    case "bytes":
      return bytes(v);
    case "compact":
      return intl({
        notation: "compact",
        compactDisplay: "short",
        maximumFractionDigits: 1,
      }).format(v);
    case "scientific":
      return intl({ notation: "scientific", maximumFractionDigits: 3 }).format(v);
    case "engineering":
      return intl({ notation: "engineering", maximumFractionDigits: 3 }).format(v);
    default:
      return format.includes("%") ? sprintf(format, v) : plainNumber(v, isInt, step);
  }
}
