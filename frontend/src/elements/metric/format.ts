/**
 * Number formats of `st.metric(format=...)`: a preset name (formatted with `Intl`, in the
 * browser's language) or a printf-style format such as `"%.1f °C"` or `"$%,d"`.
 */

const PRESETS: Record<string, Intl.NumberFormatOptions> = {
  localized: {},
  percent: { style: "percent", maximumFractionDigits: 2 },
  dollar: { style: "currency", currency: "USD" },
  euro: { style: "currency", currency: "EUR" },
  yen: { style: "currency", currency: "JPY" },
  accounting: { style: "currency", currency: "USD", currencySign: "accounting" },
  compact: { notation: "compact", maximumFractionDigits: 1 },
  scientific: { notation: "scientific", maximumFractionDigits: 3 },
  engineering: { notation: "engineering", maximumFractionDigits: 3 },
};

const SPEC = /%([-+ 0#,]*)(\d+)?(?:\.(\d+))?([diufFeEgGxXos%])/g;

/** `value` formatted by `format`; a format that is neither a preset nor printf leaves it as is. */
export function formatNumber(value: number, format: string): string {
  if (format === "plain") return String(value);
  const preset = PRESETS[format];
  if (preset) return new Intl.NumberFormat(undefined, preset).format(value);
  if (!format.includes("%")) return String(value);
  return format.replace(
    SPEC,
    (_match, flags: string, width: string | undefined, precision: string | undefined, type) =>
      printf(value, type as string, flags, width ? Number(width) : 0, precision),
  );
}

function printf(
  value: number,
  type: string,
  flags: string,
  width: number,
  precision: string | undefined,
): string {
  if (type === "%") return "%";
  const digits = precision === undefined ? undefined : Number(precision);
  let body: string;
  switch (type) {
    case "d":
    case "i":
    case "u":
      body = group(Math.trunc(Math.abs(value)).toString(), flags);
      break;
    case "f":
    case "F":
      body = groupDecimal(Math.abs(value).toFixed(digits ?? 6), flags);
      break;
    case "e":
    case "E":
      body = Math.abs(value).toExponential(digits ?? 6);
      if (type === "E") body = body.toUpperCase();
      break;
    case "g":
    case "G":
      body = String(Number(Math.abs(value).toPrecision(digits || 6)));
      if (type === "G") body = body.toUpperCase();
      break;
    case "x":
    case "X":
      body = Math.trunc(Math.abs(value)).toString(16);
      if (type === "X") body = body.toUpperCase();
      break;
    case "o":
      body = Math.trunc(Math.abs(value)).toString(8);
      break;
    default: // "s"
      return pad(String(value), width, flags.includes("-"), " ");
  }
  const sign = value < 0 ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
  if (flags.includes("0") && !flags.includes("-")) {
    return sign + pad(body, width - sign.length, false, "0");
  }
  return pad(sign + body, width, flags.includes("-"), " ");
}

function pad(text: string, width: number, left: boolean, fill: string): string {
  if (text.length >= width) return text;
  const filler = fill.repeat(width - text.length);
  return left ? text + filler : filler + text;
}

function group(integer: string, flags: string): string {
  return flags.includes(",") ? integer.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : integer;
}

function groupDecimal(text: string, flags: string): string {
  const [integer = "", fraction] = text.split(".");
  const grouped = group(integer, flags);
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
