/**
 * strftime-style formatting of dates and times for slider labels. Values are in UTC (the
 * protocol sends dates as UTC midnight, times as ms since midnight), so UTC getters are used.
 * Also accepts the moment-style tokens Streamlit documents for sliders (`YYYY-MM-DD`, `HH:mm`).
 */
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

function dayOfYear(d: Date): number {
  return Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
}

function directive(d: Date, c: string): string | null {
  const h = d.getUTCHours();
  switch (c) {
    case "Y":
      return String(d.getUTCFullYear());
    case "y":
      return pad(d.getUTCFullYear() % 100);
    case "m":
      return pad(d.getUTCMonth() + 1);
    case "d":
      return pad(d.getUTCDate());
    case "e":
      return String(d.getUTCDate()).padStart(2, " ");
    case "H":
      return pad(h);
    case "I":
      return pad(h % 12 || 12);
    case "M":
      return pad(d.getUTCMinutes());
    case "S":
      return pad(d.getUTCSeconds());
    case "f":
      return pad(d.getUTCMilliseconds() * 1000, 6);
    case "p":
      return h < 12 ? "AM" : "PM";
    case "A":
      return DAYS[d.getUTCDay()] ?? "";
    case "a":
      return (DAYS[d.getUTCDay()] ?? "").slice(0, 3);
    case "B":
      return MONTHS[d.getUTCMonth()] ?? "";
    case "b":
    case "h":
      return (MONTHS[d.getUTCMonth()] ?? "").slice(0, 3);
    case "j":
      return pad(dayOfYear(d), 3);
    case "w":
      return String(d.getUTCDay());
    case "F":
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    case "T":
      return `${pad(h)}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
    case "R":
      return `${pad(h)}:${pad(d.getUTCMinutes())}`;
    case "%":
      return "%";
    default:
      return null;
  }
}

const MOMENT = /YYYY|YY|MMMM|MMM|MM|M|DD|D|dddd|ddd|HH|H|hh|h|mm|ss|A|a/g;

function moment(d: Date, token: string): string {
  const h = d.getUTCHours();
  switch (token) {
    case "YYYY":
      return String(d.getUTCFullYear());
    case "YY":
      return pad(d.getUTCFullYear() % 100);
    case "MMMM":
      return MONTHS[d.getUTCMonth()] ?? "";
    case "MMM":
      return (MONTHS[d.getUTCMonth()] ?? "").slice(0, 3);
    case "MM":
      return pad(d.getUTCMonth() + 1);
    case "M":
      return String(d.getUTCMonth() + 1);
    case "DD":
      return pad(d.getUTCDate());
    case "D":
      return String(d.getUTCDate());
    case "dddd":
      return DAYS[d.getUTCDay()] ?? "";
    case "ddd":
      return (DAYS[d.getUTCDay()] ?? "").slice(0, 3);
    case "HH":
      return pad(h);
    case "H":
      return String(h);
    case "hh":
      return pad(h % 12 || 12);
    case "h":
      return String(h % 12 || 12);
    case "mm":
      return pad(d.getUTCMinutes());
    case "ss":
      return pad(d.getUTCSeconds());
    case "A":
      return h < 12 ? "AM" : "PM";
    case "a":
      return h < 12 ? "am" : "pm";
    default:
      return token;
  }
}

/** Format a UTC timestamp (ms) with a strftime (`%Y-%m-%d`) or moment-style format. */
export function strftime(format: string, ms: number): string {
  const d = new Date(ms);
  if (!format.includes("%")) return format.replace(MOMENT, (t) => moment(d, t));
  return format.replace(/%-?([a-zA-Z%])/g, (spec, c: string) => {
    const out = directive(d, c);
    if (out === null) return spec;
    return spec.startsWith("%-") ? out.replace(/^[0 ]+(?=\d)/, "") : out;
  });
}

/** Default label of a slider value of a date-like type. */
export function formatTemporal(
  ms: number,
  type: "date" | "time" | "datetime",
  format?: string | null,
): string {
  if (format) return strftime(format, ms);
  if (type === "date") return strftime("%Y-%m-%d", ms);
  if (type === "time") return strftime("%H:%M", ms);
  return strftime("%Y-%m-%d %H:%M", ms);
}
