/**
 * WCAG 2 contrast arithmetic, and the shades of the theme's colors that keep text readable
 * (AA: 4.5:1) whatever colors and backgrounds a theme sets.
 */
import { LIGHT, PALETTE_NAMES } from "./palette";
export type Rgb = readonly [number, number, number];

export const WHITE: Rgb = [255, 255, 255];
export const BLACK: Rgb = [0, 0, 0];

/** WCAG AA for normal-size text. */
export const AA_TEXT = 4.5;

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB = /^rgba?\(\s*([\d.]+%?)[\s,]+([\d.]+%?)[\s,]+([\d.]+%?)\s*(?:[,/]\s*[\d.]+%?\s*)?\)$/i;

function channel(text: string): number {
  const value = text.endsWith("%") ? (parseFloat(text) * 255) / 100 : parseFloat(text);
  return Math.min(255, Math.max(0, value));
}

/**
 * `#rgb`, `#rrggbb` and `rgb()` colors as 0–255 channels (alpha is ignored); null for what
 * this does not read (names, `hsl()`…), for which callers keep the color as it is.
 */
export function parseColor(css: string | undefined): Rgb | null {
  const text = css?.trim() ?? "";
  const hex = HEX.exec(text)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join("") : hex;
    const byte = (i: number): number => parseInt(full.slice(i, i + 2), 16);
    return [byte(0), byte(2), byte(4)];
  }
  const rgb = RGB.exec(text);
  if (rgb) return [channel(rgb[1] ?? ""), channel(rgb[2] ?? ""), channel(rgb[3] ?? "")];
  return null;
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, "0")).join("")}`;
}

/** Relative luminance (WCAG 2). */
export function luminance([r, g, b]: Rgb): number {
  const linear = (v: number): number => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colors, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `share` of `a` and the rest of `b`, as CSS `color-mix(in srgb, a share, b)` does. */
export function mix(a: Rgb, b: Rgb, share: number): Rgb {
  const at = (i: 0 | 1 | 2): number => a[i] * share + b[i] * (1 - share);
  return [at(0), at(1), at(2)];
}

/**
 * `color` moved towards `towards` in small steps, at most `maxShift` of the way, until it has
 * `ratio` against every background; null when that is not reached.
 */
export function readable(
  color: Rgb,
  backgrounds: readonly Rgb[],
  towards: Rgb,
  maxShift = 1,
  ratio = AA_TEXT,
): Rgb | null {
  const steps = 50;
  for (let step = 0; step <= Math.round(maxShift * steps); step++) {
    const candidate = mix(towards, color, step / steps);
    if (backgrounds.every((bg) => contrast(candidate, bg) >= ratio)) return candidate;
  }
  return null;
}

/** How much a filled button may darken the primary color to keep white text on it. */
const MAX_FILL_DARKENING = 0.3;

/**
 * The colors of a themed scope (`:root`, the sidebar; `vars` are its variables) where text
 * meets them, kept readable:
 * - `--rill-<color>-fg`, the primary and each palette color drawn as text on the scope's
 *   backgrounds (`:green[…]` in Markdown, a slider's value): the color itself where it reads
 *   at 4.5:1 on the backgrounds (and code's), else moved just enough towards the text color (as the
 *   light theme's green, blue, orange, yellow and red are; the dark theme's read as they are).
 * - `--rill-primary-fill` under text on a primary surface (filled buttons, pills): the primary,
 *   darkened a little when white text needs it (as the default red is), and
 *   `--rill-on-primary` for that text: white, or dark on a light primary such as yellow.
 *
 * A color this module cannot read (a name, `hsl()`) is used as it is.
 */
export function readableVars(vars: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const backgrounds = ["--rill-bg", "--rill-bg-secondary", "--rill-code-bg"].map((v) =>
    parseColor(vars[v]),
  );
  const known = backgrounds.filter((bg) => bg !== null);
  const text = parseColor(vars["--rill-text"]);
  for (const name of ["primary", ...PALETTE_NAMES]) {
    const color = parseColor(vars[`--rill-${name}`]);
    const fg =
      color && text && known.length === backgrounds.length ? readable(color, known, text) : null;
    out[`--rill-${name}-fg`] = fg ? toHex(fg) : `var(--rill-${name})`;
  }
  const primary = parseColor(vars["--rill-primary"]);
  if (!primary)
    return { ...out, "--rill-primary-fill": "var(--rill-primary)", "--rill-on-primary": "#fff" };
  const darker = readable(primary, [WHITE], BLACK, MAX_FILL_DARKENING);
  const dark = parseColor(LIGHT.text) ?? BLACK;
  const onLight = contrast(primary, dark) > contrast(primary, WHITE) ? dark : WHITE;
  out["--rill-primary-fill"] = toHex(darker ?? primary);
  out["--rill-on-primary"] = toHex(darker ? WHITE : onLight);
  return out;
}
