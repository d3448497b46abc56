/**
 * `[theme]` config (camelCase keys, as the server sends it in `new_session.theme`) to CSS
 * variables. Every renderer and the Mantine mapping in styles/theme.css read these variables,
 * so a theme is applied by writing one stylesheet: `:root` for the app and `.rill-sidebar` for
 * `[theme.sidebar]`.
 */
import { readableVars } from "./contrast";
import { DARK, LIGHT, PALETTE_NAMES, type BaseTheme, type Scheme } from "./palette";

export type ThemeOptions = Record<string, unknown>;
type Vars = Record<string, string>;

export const FONT_STACKS: Record<string, string> = {
  "sans-serif":
    '"Source Sans 3", "Source Sans Pro", system-ui, -apple-system, "Segoe UI", sans-serif',
  serif: '"Source Serif 4", "Source Serif Pro", Georgia, serif',
  monospace: '"Source Code Pro", ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
};

const RADII: Record<string, string> = {
  none: "0",
  small: "0.25rem",
  medium: "0.5rem",
  large: "0.75rem",
  full: "1.25rem",
};

const DEFAULT_HEADING_SIZES = ["2.75rem", "2rem", "1.5rem", "1.25rem", "1rem", "0.875rem"];
const DEFAULT_HEADING_WEIGHTS = [700, 600, 600, 600, 600, 600];

const str = (v: unknown): string | undefined =>
  typeof v === "string" && v.trim() ? v.trim() : undefined;
const num = (v: unknown): number | undefined =>
  typeof v === "number" && Number.isFinite(v) ? v : undefined;
const bool = (v: unknown): boolean | undefined => (typeof v === "boolean" ? v : undefined);

/** A font option to a CSS font-family: keywords map to the bundled Source fonts. */
export function fontFamily(
  value: string,
  fallback: keyof typeof FONT_STACKS = "sans-serif",
): string {
  const key = value.trim().toLowerCase();
  if (key in FONT_STACKS) return FONT_STACKS[key] as string;
  if (value.includes(",") || /^["']/.test(value.trim())) return value;
  return `"${value.trim()}", ${FONT_STACKS[fallback]}`;
}

/** A radius option to a CSS length. */
export function radius(value: string, button = false): string {
  const key = value.trim().toLowerCase();
  if (button && key === "full") return "9999px";
  return RADII[key] ?? (/^\d+(\.\d+)?$/.test(key) ? `${key}px` : value);
}

function size(value: string | number): string {
  return typeof value === "number" || /^\d+(\.\d+)?$/.test(value) ? `${value}px` : value;
}

function list<T>(value: unknown): T[] | undefined {
  if (value === undefined || value === null) return undefined;
  return (Array.isArray(value) ? value : [value]) as T[];
}

/** Variables set by options that apply to the app and to the sidebar alike. */
function scopedVars(o: ThemeOptions): Vars {
  const v: Vars = {};
  const set = (name: string, value: string | undefined): void => {
    if (value !== undefined) v[name] = value;
  };
  set("--rill-primary", str(o.primaryColor));
  set("--rill-bg", str(o.backgroundColor));
  set("--rill-bg-secondary", str(o.secondaryBackgroundColor));
  set("--rill-text", str(o.textColor));
  set("--rill-link", str(o.linkColor));
  const underline = bool(o.linkUnderline);
  if (underline !== undefined) v["--rill-link-decoration"] = underline ? "underline" : "none";
  set("--rill-code-bg", str(o.codeBackgroundColor));
  set("--rill-border", str(o.borderColor));
  set("--rill-table-border", str(o.dataframeBorderColor));
  set("--rill-table-header-bg", str(o.dataframeHeaderBackgroundColor));
  const widgetBorder = bool(o.showWidgetBorder);
  if (widgetBorder !== undefined) {
    v["--rill-widget-border"] = widgetBorder ? "var(--rill-border)" : "transparent";
  }
  const font = str(o.font);
  if (font) v["--rill-font"] = fontFamily(font);
  const heading = str(o.headingFont);
  if (heading) v["--rill-font-heading"] = fontFamily(heading);
  const code = str(o.codeFont);
  if (code) v["--rill-font-code"] = fontFamily(code, "monospace");
  list<string | number>(o.headingFontSizes)?.forEach((s, i) => {
    if (i < 6) v[`--rill-h${i + 1}-size`] = size(s);
  });
  list<number>(o.headingFontWeights)?.forEach((w, i) => {
    if (i < 6) v[`--rill-h${i + 1}-weight`] = String(w);
  });
  const codeSize = o.codeFontSize as string | number | undefined;
  if (codeSize !== undefined && codeSize !== null) v["--rill-code-size"] = size(codeSize);
  const codeWeight = num(o.codeFontWeight);
  if (codeWeight !== undefined) v["--rill-code-weight"] = String(codeWeight);
  const baseRadius = str(o.baseRadius);
  if (baseRadius) v["--rill-radius"] = radius(baseRadius);
  const buttonRadius = str(o.buttonRadius);
  if (buttonRadius) v["--rill-button-radius"] = radius(buttonRadius, true);
  for (const name of PALETTE_NAMES) {
    set(`--rill-${name}`, str(o[`${name}Color`]));
    set(`--rill-${name}-bg`, str(o[`${name}BackgroundColor`]));
    set(`--rill-${name}-text`, str(o[`${name}TextColor`]));
  }
  return v;
}

function baseVars(base: BaseTheme): Vars {
  const v: Vars = {
    "--rill-primary": base.primary,
    "--rill-bg": base.bg,
    "--rill-bg-secondary": base.bgSecondary,
    "--rill-text": base.text,
    "--rill-link": base.link,
    "--rill-link-decoration": "underline",
    "--rill-code-bg": base.codeBg,
    "--rill-border": base.border,
    "--rill-table-border": base.border,
    "--rill-table-header-bg": base.bgSecondary,
    "--rill-widget-border": "transparent",
    "--rill-sidebar-border": "transparent",
    "--rill-font": FONT_STACKS["sans-serif"] as string,
    "--rill-font-heading": "var(--rill-font)",
    "--rill-font-code": FONT_STACKS.monospace as string,
    "--rill-font-size": "16px",
    "--rill-font-weight": "400",
    "--rill-code-size": "0.875em",
    "--rill-code-weight": "400",
    "--rill-radius": "0.5rem",
    "--rill-button-radius": "var(--rill-radius)",
  };
  DEFAULT_HEADING_SIZES.forEach((s, i) => (v[`--rill-h${i + 1}-size`] = s));
  DEFAULT_HEADING_WEIGHTS.forEach((w, i) => (v[`--rill-h${i + 1}-weight`] = String(w)));
  for (const name of PALETTE_NAMES) {
    const [color, bg, text] = base.palette[name];
    v[`--rill-${name}`] = color;
    v[`--rill-${name}-bg`] = bg;
    v[`--rill-${name}-text`] = text;
  }
  return v;
}

export interface ResolvedTheme {
  scheme: Scheme;
  /** Variables for `:root`. */
  root: Vars;
  /** Variables for `.rill-sidebar`. */
  sidebar: Vars;
  fontFaces: string;
  chartCategorical: string[];
  chartSequential: string[];
}

/** Whether the config sets anything beyond the base (a "custom theme"). */
export function hasCustomOptions(options: ThemeOptions): boolean {
  return Object.entries(options).some(([key, value]) => {
    if (key === "base" || value === null || value === undefined) return false;
    if (Array.isArray(value)) return value.length > 0;
    if (typeof value === "object") return hasCustomOptions(value as ThemeOptions);
    return true;
  });
}

function fontFaceRules(faces: unknown): string {
  if (!Array.isArray(faces)) return "";
  return faces
    .map((face: Record<string, unknown>) => {
      const family = str(face.family);
      const url = str(face.url);
      if (!family || !url) return "";
      const parts = [`font-family: ${JSON.stringify(family)}`, `src: url(${JSON.stringify(url)})`];
      if (face.weight !== undefined && face.weight !== null)
        parts.push(`font-weight: ${String(face.weight)}`);
      if (str(face.style)) parts.push(`font-style: ${str(face.style)}`);
      const range = str(face.unicodeRange) ?? str(face.unicode_range);
      if (range) parts.push(`unicode-range: ${range}`);
      parts.push("font-display: swap");
      return `@font-face { ${parts.join("; ")}; }`;
    })
    .filter(Boolean)
    .join("\n");
}

/** Resolve the theme for a color scheme; `options` may be empty (a built-in theme). */
export function resolveTheme(options: ThemeOptions, scheme: Scheme): ResolvedTheme {
  const base = scheme === "dark" ? DARK : LIGHT;
  const root: Vars = { ...baseVars(base), ...scopedVars(options) };
  const baseSize = num(options.baseFontSize);
  if (baseSize !== undefined) root["--rill-font-size"] = `${baseSize}px`;
  const baseWeight = num(options.baseFontWeight);
  if (baseWeight !== undefined) root["--rill-font-weight"] = String(baseWeight);
  const sidebarBorder = bool(options.showSidebarBorder);
  if (sidebarBorder !== undefined) {
    root["--rill-sidebar-border"] = sidebarBorder ? "var(--rill-border)" : "transparent";
  }
  const categorical = list<string>(options.chartCategoricalColors) ?? base.chartCategorical;
  const sequential = list<string>(options.chartSequentialColors) ?? base.chartSequential;
  categorical.forEach((c, i) => (root[`--rill-chart-categorical-${i}`] = c));
  sequential.forEach((c, i) => (root[`--rill-chart-sequential-${i}`] = c));
  root["--rill-chart-categorical-count"] = String(categorical.length);
  root["--rill-chart-sequential-count"] = String(sequential.length);

  // The sidebar is drawn on the app's secondary background, with widgets on the primary one.
  const sidebar: Vars = {
    "--rill-bg": root["--rill-bg-secondary"] as string,
    "--rill-bg-secondary": root["--rill-bg"] as string,
    ...scopedVars((options.sidebar as ThemeOptions | undefined) ?? {}),
  };
  Object.assign(sidebar, readableVars({ ...root, ...sidebar }));
  Object.assign(root, readableVars(root));
  return {
    scheme,
    root,
    sidebar,
    fontFaces: fontFaceRules(options.fontFaces),
    chartCategorical: categorical,
    chartSequential: sequential,
  };
}

function block(selector: string, vars: Vars): string {
  const body = Object.entries(vars)
    .map(([k, v]) => `  ${k}: ${v};`)
    .join("\n");
  return `${selector} {\n${body}\n}`;
}

/** The stylesheet text of a resolved theme. */
export function themeCss(theme: ResolvedTheme): string {
  return [theme.fontFaces, block(":root", theme.root), block(".rill-sidebar", theme.sidebar)]
    .filter(Boolean)
    .join("\n");
}

let current: ResolvedTheme = resolveTheme({}, "light");

/** Write the theme's stylesheet into the document (one `<style id="rill-theme">`). */
export function applyTheme(theme: ResolvedTheme, doc: Document = document): void {
  current = theme;
  let style = doc.getElementById("rill-theme") as HTMLStyleElement | null;
  if (!style) {
    style = doc.createElement("style");
    style.id = "rill-theme";
    doc.head.appendChild(style);
  }
  style.textContent = themeCss(theme);
  doc.documentElement.style.colorScheme = theme.scheme;
  doc
    .querySelector('meta[name="theme-color"]')
    ?.setAttribute("content", theme.root["--rill-bg"] ?? "");
}

/** Colors for charts (read by chart renderers; follows the applied theme). */
export function chartColors(): { categorical: string[]; sequential: string[] } {
  return { categorical: current.chartCategorical, sequential: current.chartSequential };
}
