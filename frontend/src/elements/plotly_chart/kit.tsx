/**
 * What the chart-library renderers share (plotly_chart, graphviz_chart, deck_gl_json_chart,
 * echarts_chart, mermaid_chart): the app's theme as plain colors a library understands, a
 * key that changes when the theme does, sizes, and how a chart that cannot be drawn says so.
 */
import { useEffect, useState, type CSSProperties, type ReactNode, type RefObject } from "react";
import { chartColors } from "../../theme/theme";
import "./kit.css";

export type Scheme = "light" | "dark";

/** The theme in the terms chart libraries take: resolved colors and font families. */
export interface ChartTheme {
  scheme: Scheme;
  text: string;
  muted: string;
  bg: string;
  bgSecondary: string;
  border: string;
  primary: string;
  font: string;
  headingFont: string;
  categorical: string[];
  sequential: string[];
}

/** The scheme the app is drawn in (theme.ts writes it on the root element). */
export function currentScheme(doc: Document = document): Scheme {
  return doc.documentElement.style.colorScheme === "dark" ? "dark" : "light";
}

/**
 * A key that changes whenever the app's theme does (light/dark switch, `[theme]` reload):
 * renderers redraw their chart in the new colors when it changes.
 */
export function useThemeKey(): string {
  const [key, setKey] = useState(themeSignature);
  useEffect(() => {
    // Only a real change counts: other code rewrites the root's style attribute too, and a
    // redraw per mutation would keep slow libraries (mermaid) from ever finishing one.
    const check = (): void => setKey(themeSignature());
    const observer = new MutationObserver(check);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["style"] });
    const style = document.getElementById("rill-theme");
    if (style) observer.observe(style, { childList: true, characterData: true, subtree: true });
    check(); // the theme may have been applied between the first render and now
    return () => observer.disconnect();
  }, []);
  return key;
}

/** The scheme and the theme's stylesheet: what charts are drawn from. */
function themeSignature(): string {
  const css = document.getElementById("rill-theme")?.textContent ?? "";
  return `${currentScheme()}\n${css}`;
}

const FALLBACK: Record<Scheme, Omit<ChartTheme, "scheme" | "categorical" | "sequential">> = {
  light: {
    text: "#262730",
    muted: "#676870",
    bg: "#ffffff",
    bgSecondary: "#f3f4f8",
    border: "rgba(38, 39, 48, 0.14)",
    primary: "#ff4b4b",
    font: "sans-serif",
    headingFont: "sans-serif",
  },
  dark: {
    text: "#fafafa",
    muted: "#b3b3b8",
    bg: "#0e1117",
    bgSecondary: "#262730",
    border: "rgba(250, 250, 250, 0.16)",
    primary: "#ff4b4b",
    font: "sans-serif",
    headingFont: "sans-serif",
  },
};

/** `color(srgb r g b / a)` (how browsers serialize `color-mix()`) as `rgba(...)`. */
export function plainColor(value: string): string {
  const m =
    /^color\(srgb\s+([\d.e+-]+)\s+([\d.e+-]+)\s+([\d.e+-]+)(?:\s*\/\s*([\d.e+-]+))?\)$/.exec(
      value.trim(),
    );
  if (!m) return value.trim();
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => Math.round(Number(c) * 255));
  const alpha = m[4] === undefined ? 1 : Number(m[4]);
  return alpha === 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** `rgb()`/`rgba()` or `#rgb` as `#rrggbb` (`#rrggbbaa` when translucent), for libraries that
 * read hex colors only (Graphviz); anything else is returned as it is. */
export function hexColor(value: string): string {
  const hex = (n: number): string =>
    Math.max(0, Math.min(255, Math.round(n)))
      .toString(16)
      .padStart(2, "0");
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(
    value.trim(),
  );
  if (rgb) {
    const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map(Number) as [number, number, number];
    const a = rgb[4] === undefined ? 1 : rgb[4].endsWith("%") ? parseFloat(rgb[4]) / 100 : +rgb[4];
    return `#${hex(r)}${hex(g)}${hex(b)}${a < 1 ? hex(a * 255) : ""}`;
  }
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value.trim());
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : value;
}

/** The theme as it applies where `el` is (the sidebar has its own colors). */
export function readChartTheme(el: Element | null): ChartTheme {
  const scheme = currentScheme(el?.ownerDocument ?? document);
  const fallback = FALLBACK[scheme];
  const { categorical, sequential } = chartColors();
  if (!el || typeof getComputedStyle !== "function") {
    return { scheme, ...fallback, categorical, sequential };
  }
  const probe = el.ownerDocument.createElement("span");
  probe.style.display = "none";
  el.appendChild(probe);
  const color = (name: string, otherwise: string): string => {
    probe.style.color = `var(${name})`;
    const value = plainColor(getComputedStyle(probe).color);
    const usable = value && !value.startsWith("var(") && value !== "rgba(0, 0, 0, 0)";
    return usable ? value : otherwise;
  };
  const style = getComputedStyle(el);
  const font = style.getPropertyValue("--rill-font").trim() || fallback.font;
  const theme: ChartTheme = {
    scheme,
    text: color("--rill-text", fallback.text),
    muted: color("--rill-text-muted", fallback.muted),
    bg: color("--rill-bg", fallback.bg),
    bgSecondary: color("--rill-bg-secondary", fallback.bgSecondary),
    border: color("--rill-border", fallback.border),
    primary: color("--rill-primary", fallback.primary),
    font,
    headingFont: style.getPropertyValue("--rill-font-heading").trim() || font,
    categorical,
    sequential,
  };
  probe.remove();
  return theme;
}

/** The width a chart may take: the container's (ResizeObserver), 0 before it is known. */
export function useContainerWidth(ref: RefObject<HTMLElement>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (): void => setWidth(Math.floor(el.getBoundingClientRect().width));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** CSS for a chart's box: `"stretch"` fills the container, pixels stop at its width. */
export function boxStyle(
  width: "stretch" | "content" | number | undefined,
  height?: "stretch" | "content" | number,
): CSSProperties {
  const style: CSSProperties = { maxWidth: "100%" };
  if (width === "stretch") style.width = "100%";
  else if (typeof width === "number") style.width = `${width}px`;
  if (typeof height === "number") style.height = `${height}px`;
  else if (height === "stretch") style.height = "100%";
  return style;
}

/** What a chart that could not be drawn shows instead: the library's message. */
export function ChartError({ what, message }: { what: string; message: string }): ReactNode {
  return (
    <div className="rill-chart-error" role="alert">
      <strong>{what} could not be drawn.</strong> {message}
    </div>
  );
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === "string" ? error : String(error);
}
