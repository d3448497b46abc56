/**
 * Dates, times and timestamps in cells. A timestamp with a time zone is shown in that zone
 * (the column's Arrow zone, or column_config's `timezone`), with its offset; a naive one as it
 * was given. `format` is Streamlit's: "localized", "distance", "calendar", "iso8601" or a
 * moment.js pattern ("YYYY-MM-DD", "ddd ha"), which dayjs understands.
 */
import dayjs from "dayjs";
import advancedFormat from "dayjs/plugin/advancedFormat";
import calendar from "dayjs/plugin/calendar";
import localizedFormat from "dayjs/plugin/localizedFormat";
import relativeTime from "dayjs/plugin/relativeTime";
import utc from "dayjs/plugin/utc";

dayjs.extend(utc);
dayjs.extend(advancedFormat);
dayjs.extend(localizedFormat);
dayjs.extend(relativeTime);
dayjs.extend(calendar);

export type TemporalKind = "datetime" | "date" | "time";

const zones = new Map<string, Intl.DateTimeFormat | null>();

function zoneFormat(tz: string): Intl.DateTimeFormat | null {
  if (!zones.has(tz)) {
    try {
      zones.set(
        tz,
        new Intl.DateTimeFormat("en-US", {
          timeZone: tz,
          hourCycle: "h23",
          year: "numeric",
          month: "numeric",
          day: "numeric",
          hour: "numeric",
          minute: "numeric",
          second: "numeric",
        }),
      );
    } catch {
      zones.set(tz, null);
    }
  }
  return zones.get(tz) ?? null;
}

/** Minutes east of UTC of zone `tz` at instant `ms` ("Europe/Paris", "+05:30", "UTC"). */
export function tzOffset(tz: string, ms: number): number {
  const fixed = /^(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$/.exec(tz.trim());
  if (fixed) {
    const minutes = Number(fixed[2]) * 60 + Number(fixed[3] ?? 0);
    return fixed[1] === "-" ? -minutes : minutes;
  }
  if (/^(z|utc|gmt|etc\/utc)$/i.test(tz.trim())) return 0;
  const f = zoneFormat(tz);
  if (!f || !Number.isFinite(ms)) return 0;
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(ms))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60000);
}

function zoned(ms: number, tz: string | null): dayjs.Dayjs {
  const d = dayjs.utc(ms);
  return tz ? d.utcOffset(tzOffset(tz, ms)) : d;
}

function defaultPattern(kind: TemporalKind, ms: number, tz: string | null): string {
  const frac = ms % 1000 !== 0 ? ".SSS" : "";
  if (kind === "date") return "YYYY-MM-DD";
  if (kind === "time") return `HH:mm:ss${frac}`;
  return `YYYY-MM-DD HH:mm:ss${frac}${tz ? "Z" : ""}`;
}

/**
 * Format `ms`: epoch milliseconds for dates and datetimes, milliseconds of the day for times.
 */
export function formatTemporal(
  ms: number,
  kind: TemporalKind,
  format?: string | null,
  tz: string | null = null,
): string {
  if (!Number.isFinite(ms)) return "";
  const zone = kind === "datetime" ? tz : null;
  switch (format) {
    case null:
    case undefined:
    case "":
      return zoned(ms, zone).format(defaultPattern(kind, ms, zone));
    case "localized": {
      const options: Intl.DateTimeFormatOptions =
        kind === "date"
          ? { dateStyle: "medium", timeZone: "UTC" }
          : kind === "time"
            ? { timeStyle: "medium", timeZone: "UTC" }
            : { dateStyle: "medium", timeStyle: "medium", timeZone: zone ? undefined : "UTC" };
      if (zone) {
        try {
          return new Intl.DateTimeFormat(undefined, { ...options, timeZone: zone }).format(ms);
        } catch {
          return zoned(ms, zone).format("lll");
        }
      }
      return new Intl.DateTimeFormat(undefined, options).format(ms);
    }
    case "distance":
      return dayjs(ms).fromNow();
    case "calendar":
      return dayjs(ms).calendar();
    case "iso8601":
      if (kind === "date") return zoned(ms, null).format("YYYY-MM-DD");
      if (kind === "time") return zoned(ms, null).format("HH:mm:ss.SSS");
      return zone ? zoned(ms, zone).format("YYYY-MM-DDTHH:mm:ss.SSSZ") : new Date(ms).toISOString();
    default:
      return zoned(ms, zone).format(format);
  }
}

/** The ISO text data_editor sends for a temporal cell ("2024-05-01", "10:30:00", ...). */
export function toIso(ms: number, kind: TemporalKind, tz: string | null = null): string {
  const frac = ms % 1000 !== 0 ? ".SSS" : "";
  if (kind === "date") return zoned(ms, null).format("YYYY-MM-DD");
  if (kind === "time") return zoned(ms, null).format(`HH:mm:ss${frac}`);
  return zoned(ms, tz).format(`YYYY-MM-DDTHH:mm:ss${frac}${tz ? "Z" : ""}`);
}

/** The value of an `<input type=date|time|datetime-local>` for a cell. */
export function toInput(ms: number, kind: TemporalKind, tz: string | null = null): string {
  if (kind === "date") return zoned(ms, null).format("YYYY-MM-DD");
  if (kind === "time") return zoned(ms, null).format("HH:mm:ss");
  return zoned(ms, tz).format("YYYY-MM-DDTHH:mm:ss");
}

/**
 * Parse what a person typed or an input holds (ISO-like text, wall time in zone `tz`) into the
 * cell's milliseconds; null when it is not a date / time.
 */
export function parseTemporal(
  text: string,
  kind: TemporalKind,
  tz: string | null = null,
): number | null {
  const s = text.trim();
  if (!s) return null;
  if (kind === "time") {
    const m = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/.exec(s);
    if (!m) return null;
    const [h, mi, se] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    if (h > 23 || mi > 59 || se > 59) return null;
    return ((h * 60 + mi) * 60 + se) * 1000 + Number((m[4] ?? "0").padEnd(3, "0"));
  }
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
      s,
    );
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  if (kind === "date") return Date.UTC(y, mo - 1, d);
  const wall = Date.UTC(
    y,
    mo - 1,
    d,
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
    Number((m[7] ?? "0").padEnd(3, "0")),
  );
  if (m[8]) return wall - tzOffset(m[8].toUpperCase() === "Z" ? "UTC" : m[8], wall) * 60000;
  if (!tz) return wall;
  // Wall time in a zone: the offset at the guess, corrected once for a DST change between.
  const first = wall - tzOffset(tz, wall) * 60000;
  return wall - tzOffset(tz, first) * 60000;
}
