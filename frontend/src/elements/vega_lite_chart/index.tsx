/**
 * `vega_lite_chart`: every chart of the charts plugin (`st.line_chart`, `st.bar_chart`,
 * `st.altair_chart`, `st.vega_lite_chart`...), drawn by vega-embed in the app's theme.
 *
 * This renderer is its own chunk (vega, vega-lite, vega-embed and apache-arrow come with it),
 * loaded the first time a chart appears. The chart is one image to assistive technologies:
 * `role="img"` named by the chart's label (its `alt`, its title, or "Line chart of y by x").
 */
import { useContext, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { FormContext, FragmentContext, useWidgets } from "../../render/context";
import type { PropsOf } from "../../render/types";
import type { Spec } from "./spec";
import { isDark, resolveTokens, themeConfig, useThemeVersion } from "./theme";
import { ChartView, type DrawInput } from "./view";
import "./vega_lite_chart.css";

/** The height a chart reserves while it loads, unless it has one of its own. */
const LOADING_HEIGHT = 350;

function useContainerWidth(ref: React.RefObject<HTMLElement>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver((entries) => {
      const next = Math.floor(entries[0]?.contentRect.width ?? el.clientWidth);
      if (next > 0) setWidth((old) => (Math.abs(old - next) >= 1 ? next : old));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

export default function VegaLiteChart({ element, props }: PropsOf<"vega_lite_chart">): ReactNode {
  const outer = useRef<HTMLDivElement>(null);
  const holder = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartView | null>(null);
  // Draws run one at a time; rows that arrive during one wait, and only the latest is drawn.
  const latest = useRef<DrawInput | null>(null);
  const running = useRef(false);
  const [error, setError] = useState<string | null>(null);
  const [drawn, setDrawn] = useState(false);
  const containerWidth = useContainerWidth(outer);
  const themeVersion = useThemeVersion();

  const manager = useWidgets();
  const form = useContext(FormContext);
  const fragment = useContext(FragmentContext);
  const formId = props.form_id ?? form?.formId ?? null;
  const id = element.id;
  const send = useRef<DrawInput["onSelect"]>(undefined);
  send.current = id ? (state) => manager.setValue(id, state, formId, fragment) : undefined;

  useEffect(() => {
    const el = holder.current;
    if (el) chart.current = new ChartView(el);
    return () => {
      chart.current?.close();
      chart.current = null;
    };
  }, []);

  const width = props.width ?? "stretch";
  const height = props.height ?? "content";
  // Compared by content: every rerun sends an equal new list.
  const modesKey = JSON.stringify(props.selection_mode ?? []);
  useEffect(() => {
    const view = chart.current;
    const el = holder.current;
    if (!view || !el) return;
    if (width === "stretch" && containerWidth <= 0) return; // not laid out yet (a hidden tab)
    const themed = props.theme === "streamlit";
    const spec = (props.chart ? resolveTokens(props.spec, el) : props.spec) as Spec;
    const input: DrawInput = {
      spec,
      datasets: (props.datasets ?? {}) as Record<string, Uint8Array>,
      config: themed ? themeConfig(el) : {},
      width,
      height,
      containerWidth: containerWidth > 0 ? containerWidth : typeof width === "number" ? width : 0,
      modes: JSON.parse(modesKey) as string[],
      onSelect: (state) => send.current?.(state),
      dark: isDark(),
    };
    latest.current = input;
    if (running.current) return;
    running.current = true;
    void (async () => {
      for (let next = latest.current; next; next = latest.current) {
        latest.current = null;
        try {
          await view.draw(next);
          setError(null);
          setDrawn(true);
        } catch (err: unknown) {
          setError(err instanceof Error ? err.message : String(err));
        }
      }
      running.current = false;
    })();
  }, [
    props.spec,
    props.datasets,
    props.theme,
    props.chart,
    width,
    height,
    modesKey,
    containerWidth,
    themeVersion,
  ]);

  const reserve = drawn ? undefined : typeof height === "number" ? height : LOADING_HEIGHT;
  return (
    <div
      ref={outer}
      className="rill-vega-lite"
      data-width={typeof width === "number" ? "fixed" : width}
      style={reserve ? { minHeight: reserve } : undefined}
    >
      <div
        className="rill-vega-lite-chart"
        role="img"
        aria-label={props.label}
        aria-busy={drawn ? undefined : true}
        // A chart that may scroll sideways must be reachable by keyboard to be scrolled.
        tabIndex={width === "stretch" ? undefined : 0}
        style={typeof width === "number" ? { maxWidth: width } : undefined}
      >
        {/* Vega writes its own attributes on the element it draws into: keep it inside. */}
        <div ref={holder} />
      </div>
      {error ? (
        <div className="rill-notice" role="alert">
          Could not draw the chart: {error}
        </div>
      ) : null}
    </div>
  );
}
