/**
 * The app's theme as a Vega-Lite config: fonts, text and grid colors, the categorical and
 * sequential chart colors (`theme.chartCategoricalColors` / `chartSequentialColors`), the
 * primary color for selections. Values are read from the CSS variables in effect where the
 * chart is drawn (so the sidebar's `[theme.sidebar]` applies there), light or dark.
 */
import { useEffect, useState } from "react";
import { chartColors } from "../../theme/theme";

export type Config = Record<string, unknown>;

/** Prefix of a theme color token in a built-in chart's spec (`"--rill-red"`). */
const TOKEN = /^--rill-[a-z]+$/;

function cssVar(el: Element, name: string, fallback: string): string {
  const value = getComputedStyle(el).getPropertyValue(name).trim();
  return value || fallback;
}

/** Whether the page is drawn dark (the theme writes `color-scheme` on the root). */
export function isDark(doc: Document = document): boolean {
  return doc.documentElement.style.colorScheme === "dark";
}

/** The Vega-Lite config of the `"streamlit"` theme, for a chart drawn inside `el`. */
export function themeConfig(el: Element): Config {
  const { categorical, sequential } = chartColors();
  const text = cssVar(el, "--rill-text", "#262730");
  const border = cssVar(el, "--rill-border", "rgba(38, 39, 48, 0.14)");
  const primary = cssVar(el, "--rill-primary", "#ff4b4b");
  const font = cssVar(el, "--rill-font", "sans-serif");
  const labels = { labelColor: text, titleColor: text, labelFont: font, titleFont: font };
  return {
    background: null,
    font,
    padding: { top: 8, right: 8, bottom: 8, left: 8 },
    view: { stroke: null, continuousWidth: 400, continuousHeight: 350 },
    axis: {
      ...labels,
      labelFontSize: 12,
      titleFontSize: 12,
      titleFontWeight: 600,
      titlePadding: 12,
      gridColor: border,
      domainColor: border,
      tickColor: border,
      labelPadding: 6,
    },
    legend: {
      ...labels,
      labelFontSize: 12,
      titleFontSize: 12,
      titleFontWeight: 600,
    },
    header: { ...labels, labelFontSize: 12, titleFontSize: 13 },
    title: { color: text, font, fontSize: 16, fontWeight: 600, anchor: "start" },
    text: { color: text, font },
    mark: { color: categorical[0] ?? primary },
    range: {
      category: categorical,
      ramp: sequential,
      heatmap: sequential,
    },
    selection: {
      interval: { mark: { fill: primary, fillOpacity: 0.15, stroke: primary } },
    },
  };
}

/** Replace theme color tokens (`"--rill-red"`) anywhere in `spec` with the theme's colors. */
export function resolveTokens(spec: unknown, el: Element): unknown {
  if (typeof spec === "string") {
    return TOKEN.test(spec) ? cssVar(el, spec, spec.slice("--rill-".length)) : spec;
  }
  if (Array.isArray(spec)) return spec.map((v) => resolveTokens(v, el));
  if (spec !== null && typeof spec === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(spec)) out[k] = resolveTokens(v, el);
    return out;
  }
  return spec;
}

function touchesTheme(records: MutationRecord[]): boolean {
  return records.some((r) => {
    if (r.target === document.documentElement) return true;
    const node = r.target instanceof Element ? r.target : r.target.parentElement;
    if (node?.id === "rill-theme") return true;
    return Array.from(r.addedNodes).some((n) => n instanceof Element && n.id === "rill-theme");
  });
}

/**
 * A number that changes whenever the app's theme does (light/dark, or `[theme]` options
 * reloaded): the theme rewrites `<style id="rill-theme">` and the root's `color-scheme`.
 */
export function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const observer = new MutationObserver((records) => {
      if (touchesTheme(records)) setVersion((v) => v + 1);
    });
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["style"] });
    return () => observer.disconnect();
  }, []);
  return version;
}
