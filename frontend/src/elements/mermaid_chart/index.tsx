/**
 * `mermaid_chart`: Mermaid source rendered to SVG by mermaid (loaded the first time a diagram
 * appears) with `securityLevel: "strict"`: labels are text, scripts and click handlers are
 * refused, and mermaid sanitizes the SVG it returns. Drawn in mermaid's dark theme when the
 * app is dark.
 */
import type { Mermaid } from "mermaid";
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { boxStyle, ChartError, messageOf, readChartTheme, useThemeKey } from "../plotly_chart/kit";
import "./mermaid_chart.css";

let mermaid: Promise<Mermaid> | null = null;
let queue: Promise<unknown> = Promise.resolve();
let counter = 0;

export function loadMermaid(): Promise<Mermaid> {
  mermaid ??= import("mermaid").then((m) => m.default);
  return mermaid;
}

/** `accTitle: ...` of the source, if it has one. */
export function accTitle(body: string): string | null {
  const match = /^\s*accTitle\s*:\s*(.+)$/m.exec(body);
  return match?.[1]?.trim() || null;
}

/** What screen readers announce: `alt`, else the diagram's accTitle, else its type. */
export function diagramName(
  body: string,
  alt: string | null | undefined,
  kind: string | null | undefined,
): string {
  if (alt && alt.trim()) return alt.trim();
  const title = accTitle(body);
  if (title) return title;
  const type = (kind ?? "").replace(/-v\d+$/, "").replace(/Diagram$/i, "");
  return type ? `Mermaid ${type} diagram` : "Mermaid diagram";
}

/**
 * Render one diagram. mermaid's configuration is global, so renders take turns: each sets the
 * theme it is drawn in, then renders.
 */
export function renderDiagram(body: string, dark: boolean, font: string): Promise<string> {
  const turn = queue.then(async () => {
    const api = await loadMermaid();
    api.initialize({
      startOnLoad: false,
      securityLevel: "strict",
      theme: dark ? "dark" : "default",
      fontFamily: font,
      suppressErrorRendering: true,
    });
    counter += 1;
    const { svg } = await api.render(`rill-mermaid-${counter}`, body);
    return svg;
  });
  queue = turn.catch(() => undefined);
  return turn;
}

export default function MermaidChart({ props }: PropsOf<"mermaid_chart">): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const themeKey = useThemeKey();
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState(() => diagramName(props.body, props.alt, null));

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let live = true;
    const theme = readChartTheme(el);
    renderDiagram(props.body, theme.scheme === "dark", theme.font)
      .then((svg) => {
        if (!live) return;
        // Sanitized by mermaid (DOMPurify) under securityLevel "strict".
        el.innerHTML = svg;
        const root = el.querySelector("svg");
        if (root) {
          root.setAttribute("aria-hidden", "true");
          root.setAttribute("focusable", "false");
          // mermaid caps the SVG at its natural width; a width in pixels scales it instead.
          if (typeof props.width === "number") root.style.maxWidth = "100%";
          root.removeAttribute("height");
        }
        setName(diagramName(props.body, props.alt, root?.getAttribute("aria-roledescription")));
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
  }, [props.body, props.alt, props.width, themeKey]);

  return (
    <div className="rill-chart rill-mermaid" style={boxStyle(props.width ?? "stretch")}>
      {error !== null ? <ChartError what="The Mermaid diagram" message={error} /> : null}
      <div
        ref={box}
        className="rill-mermaid-diagram"
        data-width={typeof props.width === "string" ? props.width : "pixels"}
        role="img"
        aria-label={name}
        hidden={error !== null}
      />
    </div>
  );
}
