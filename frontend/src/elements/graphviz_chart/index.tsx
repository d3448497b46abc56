/**
 * `graphviz_chart`: DOT laid out by Graphviz compiled to WebAssembly (@viz-js/viz, loaded the
 * first time a graph appears) and drawn as SVG; nodes, edges and labels take the app's text
 * color unless the DOT source sets its own.
 */
import type { Viz } from "@viz-js/viz";
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import {
  ChartError,
  hexColor,
  messageOf,
  readChartTheme,
  useThemeKey,
  type ChartTheme,
} from "../plotly_chart/kit";
import "./graphviz_chart.css";

let viz: Promise<Viz> | null = null;

/** One Graphviz instance for the page (compiling the WebAssembly once). */
export function loadViz(): Promise<Viz> {
  viz ??= import("@viz-js/viz").then((m) => m.instance());
  return viz;
}

/** Default attributes in the theme's colors; the DOT source's own attributes win. */
export function themeAttributes(theme: ChartTheme): {
  graphAttributes: Record<string, string>;
  nodeAttributes: Record<string, string>;
  edgeAttributes: Record<string, string>;
} {
  // Graphviz reads hex colors (and names), not CSS's rgb().
  const text = hexColor(theme.text);
  const ink = { color: text, fontcolor: text };
  return {
    graphAttributes: { bgcolor: "transparent", ...ink },
    nodeAttributes: ink,
    edgeAttributes: ink,
  };
}

/** What screen readers announce: `alt`, else the graph's name when it has one. */
export function graphName(svg: SVGSVGElement, alt: string | null | undefined): string {
  if (alt && alt.trim()) return alt.trim();
  const title = svg.querySelector("g.graph > title")?.textContent?.trim();
  // Graphviz names anonymous graphs "%3" and the like.
  return title && !title.startsWith("%") ? `Graph ${title}` : "Graph";
}

/** Sizes the SVG: its own size by default, the container's, or pixels. */
function fit(
  svg: SVGSVGElement,
  width: PropsOf<"graphviz_chart">["props"]["width"],
  height: unknown,
) {
  svg.style.maxWidth = "100%";
  if (width === "stretch") {
    svg.setAttribute("width", "100%");
    svg.removeAttribute("height");
  } else if (typeof width === "number") {
    svg.setAttribute("width", `${width}px`);
    svg.removeAttribute("height");
  }
  if (typeof height === "number") {
    svg.setAttribute("height", `${height}px`);
    if (width === "content" || width === undefined) svg.removeAttribute("width");
  }
  svg.style.height = typeof height === "number" ? `${height}px` : "auto";
}

export default function GraphvizChart({ props }: PropsOf<"graphviz_chart">): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const themeKey = useThemeKey();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let live = true;
    loadViz()
      .then((instance) => {
        if (!live) return;
        const svg = instance.renderSVGElement(props.spec, {
          engine: props.engine ?? "dot",
          ...themeAttributes(readChartTheme(el)),
        });
        fit(svg, props.width ?? "content", props.height);
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-label", graphName(svg, props.alt));
        svg.setAttribute("focusable", "false");
        el.replaceChildren(svg);
        setError(null);
      })
      .catch((e: unknown) => {
        if (!live) return;
        el.replaceChildren();
        setError(messageOf(e));
      });
    return () => {
      live = false;
    };
  }, [props.spec, props.engine, props.width, props.height, props.alt, themeKey]);

  return (
    <div className="rill-chart rill-graphviz">
      {error !== null ? <ChartError what="The graph" message={error} /> : null}
      <div ref={box} className="rill-graphviz-graph" />
    </div>
  );
}
