/**
 * printf-style number formatting as Python's `%` operator does it, for slider and number input
 * labels: `%d`, `%i`, `%u`, `%f`, `%.2f`, `%e`, `%g`, `%x`, `%o`, `%s`, flags `-+ 0#,` and
 * `%%`. Unknown conversions are left as they are.
 */
const SPEC = /%([-+ 0#,]*)(\d+)?(?:\.(\d+))?([diufFeEgGxXos%])/g;

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function convert(value: number, conv: string, precision: number | undefined, alt: boolean): string {
  switch (conv) {
    case "d":
    case "i":
    case "u":
      return Math.trunc(value).toString();
    case "f":
    case "F":
      return value.toFixed(precision ?? 6);
    case "e":
    case "E": {
      const s = value.toExponential(precision ?? 6).replace(/e([+-])(\d)$/, "e$10$2");
      return conv === "E" ? s.toUpperCase() : s;
    }
    case "g":
    case "G": {
      const p = precision === 0 ? 1 : (precision ?? 6);
      const exp = value === 0 ? 0 : Math.floor(Math.log10(Math.abs(value)));
      let s: string;
      if (exp < -4 || exp >= p) {
        s = value.toExponential(p - 1);
        if (!alt) s = s.replace(/\.?0+e/, "e");
        s = s.replace(/e([+-])(\d)$/, "e$10$2");
      } else {
        s = value.toFixed(Math.max(0, p - 1 - exp));
        if (!alt && s.includes(".")) s = s.replace(/\.?0+$/, "");
      }
      return conv === "G" ? s.toUpperCase() : s;
    }
    case "x":
      return (alt ? "0x" : "") + Math.trunc(value).toString(16);
    case "X":
      return (alt ? "0X" : "") + Math.trunc(value).toString(16).toUpperCase();
    case "o":
      return (alt ? "0o" : "") + Math.trunc(value).toString(8);
    default:
      return String(value);
  }
}

/** Format one number with a printf-style format string. */
export function sprintf(format: string, value: number): string {
  return format.replace(
    SPEC,
    (spec, flags: string, width?: string, precision?: string, conv?: string) => {
      if (conv === "%") return "%";
      if (conv === undefined) return spec;
      const p = precision === undefined ? undefined : Number(precision);
      const negative = value < 0 || Object.is(value, -0);
      let body =
        conv === "s" ? String(value) : convert(Math.abs(value), conv, p, flags.includes("#"));
      if (flags.includes(",") && conv !== "s") {
        const [int, frac] = body.split(".");
        body = group(int ?? "") + (frac !== undefined ? `.${frac}` : "");
      }
      let sign = "";
      if (conv !== "s") {
        if (negative && (body !== "0" || conv !== "d")) sign = "-";
        else if (flags.includes("+")) sign = "+";
        else if (flags.includes(" ")) sign = " ";
      }
      const w = width ? Number(width) : 0;
      const len = sign.length + body.length;
      if (len >= w) return sign + body;
      if (flags.includes("-")) return sign + body + " ".repeat(w - len);
      if (flags.includes("0") && conv !== "s") return sign + "0".repeat(w - len) + body;
      return " ".repeat(w - len) + sign + body;
    },
  );
}

/** The default label of a number: integers plainly, floats without float noise. */
export function formatNumber(
  value: number,
  format: string | null | undefined,
  isInt: boolean,
): string {
  if (format) return sprintf(format, value);
  if (isInt) return Math.round(value).toString();
  return Number(value.toPrecision(12)).toString();
}

/** Decimal places implied by a printf format (`%.2f` → 2), for number input precision. */
export function formatPrecision(format: string | null | undefined): number | undefined {
  const match = format ? /%[-+ 0#,]*\d*\.(\d+)[fFeEgG]/.exec(format) : null;
  return match ? Number(match[1]) : undefined;
}
