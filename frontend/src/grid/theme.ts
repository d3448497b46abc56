/**
 * rill's theme (the --rill-* CSS variables theme/theme.ts writes) as a glide theme. The canvas
 * needs concrete colors, so each variable is resolved where the grid sits (the sidebar has its
 * own scope) and normalized to rgba(); the theme is read again whenever the app's theme
 * stylesheet changes (light / dark, a config reload).
 */
import type { Theme } from "@glideapps/glide-data-grid";
import { useEffect, useState, type RefObject } from "react";

let canvas: CanvasRenderingContext2D | null | undefined;

/** A computed CSS color as `rgba(r, g, b, a)` (color-mix() and color() included). */
function normalize(color: string): string {
  if (canvas === undefined) {
    try {
      const c = document.createElement("canvas");
      c.width = c.height = 1;
      canvas = c.getContext("2d", { willReadFrequently: true });
    } catch {
      canvas = null;
    }
  }
  if (!canvas) return color;
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = "#000";
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
  return `rgba(${r}, ${g}, ${b}, ${Math.round(((a ?? 255) / 255) * 1000) / 1000})`;
}

/** Resolve CSS color expressions (`var(--rill-text)`) inside `el`. */
export function resolveColors<K extends string>(
  el: HTMLElement,
  exprs: Record<K, string>,
): Record<K, string> {
  const probe = document.createElement("span");
  probe.style.display = "none";
  el.appendChild(probe);
  const out = {} as Record<K, string>;
  try {
    for (const [key, expr] of Object.entries(exprs) as [K, string][]) {
      probe.style.color = "";
      probe.style.color = expr;
      const value = getComputedStyle(probe).color;
      out[key] = value ? normalize(value) : "";
    }
  } finally {
    probe.remove();
  }
  return out;
}

const COLORS = {
  primary: "var(--rill-primary)",
  onPrimary: "var(--rill-on-primary, #fff)",
  bg: "var(--rill-bg)",
  bgSecondary: "var(--rill-bg-secondary)",
  text: "var(--rill-text)",
  muted: "var(--rill-text-muted, var(--rill-text))",
  faint: "var(--rill-text-faint, var(--rill-text))",
  border: "var(--rill-table-border, var(--rill-border))",
  headerBg: "var(--rill-table-header-bg, var(--rill-bg-secondary))",
  link: "var(--rill-link)",
  hover: "color-mix(in srgb, var(--rill-text) 8%, var(--rill-table-header-bg))",
  focus: "color-mix(in srgb, var(--rill-text) 14%, var(--rill-table-header-bg))",
  accentLight: "color-mix(in srgb, var(--rill-primary) 14%, transparent)",
  search: "color-mix(in srgb, var(--rill-yellow, #ffbd45) 35%, var(--rill-bg))",
};

/** The glide theme of the grid at `el`, from rill's variables. */
export function readTheme(el: HTMLElement): Partial<Theme> {
  const c = resolveColors(el, COLORS);
  const font = getComputedStyle(el).getPropertyValue("--rill-font").trim();
  return {
    accentColor: c.primary,
    accentFg: c.onPrimary,
    accentLight: c.accentLight,
    textDark: c.text,
    textMedium: c.muted,
    textLight: c.faint,
    textBubble: c.text,
    bgIconHeader: c.muted,
    fgIconHeader: c.bg,
    textHeader: c.muted,
    textGroupHeader: c.muted,
    textHeaderSelected: c.onPrimary,
    bgCell: c.bg,
    bgCellMedium: c.bgSecondary,
    bgHeader: c.headerBg,
    bgHeaderHasFocus: c.focus,
    bgHeaderHovered: c.hover,
    bgBubble: c.bgSecondary,
    bgBubbleSelected: c.bg,
    bgSearchResult: c.search,
    borderColor: c.border,
    horizontalBorderColor: c.border,
    drilldownBorder: c.border,
    linkColor: c.link,
    fontFamily: font || "sans-serif",
    baseFontStyle: "14px",
    headerFontStyle: "600 14px",
    markerFontStyle: "12px",
    editorFontSize: "14px",
    cellHorizontalPadding: 8,
    cellVerticalPadding: 3,
    roundingRadius: 4,
  };
}

/** The grid theme, kept in step with the app's theme stylesheet. */
export function useGridTheme(ref: RefObject<HTMLElement | null>): Partial<Theme> | undefined {
  const [theme, setTheme] = useState<Partial<Theme>>();
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    let last = "";
    const read = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const next = readTheme(el);
        const key = JSON.stringify(next);
        if (key !== last) {
          last = key;
          setTheme(next);
        }
      });
    };
    const first = readTheme(el);
    last = JSON.stringify(first);
    setTheme(first);
    const observer = new MutationObserver(read);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    observer.observe(document.documentElement, { attributes: true });
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [ref]);
  return theme;
}
