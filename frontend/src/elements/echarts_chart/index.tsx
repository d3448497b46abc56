/**
 * `echarts_chart`: an ECharts option drawn by ECharts (loaded the first time a chart appears)
 * with the canvas or SVG renderer, in the app's theme with `theme="streamlit"`. With
 * `on_select`, the items a user selects (series `selectedMode`) and brushes are sent back.
 */
import type { ECharts } from "echarts";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { useWidget } from "../../render/useWidget";
import { boxStyle, ChartError, messageOf, readChartTheme, useThemeKey } from "../plotly_chart/kit";
import {
  EMPTY_SELECTION,
  areasOf,
  drawnOption,
  picksOf,
  rillTheme,
  selectionState,
  type Area,
  type Json,
  type Picks,
  type SelectionState,
} from "./option";
import "./echarts_chart.css";

type EChartsModule = typeof import("echarts");
let echarts: Promise<EChartsModule> | null = null;

export function loadECharts(): Promise<EChartsModule> {
  echarts ??= import("echarts");
  return echarts;
}

export default function EchartsChart({ element, props }: PropsOf<"echarts_chart">): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const themeKey = useThemeKey();
  const [error, setError] = useState<string | null>(null);
  const selectable = Boolean(element.id) && props.selection === true;
  const widget = useWidget<SelectionState>(
    element,
    (props.value as SelectionState | null | undefined) ?? EMPTY_SELECTION,
  );

  const parsed = useMemo(() => {
    try {
      const option: unknown = JSON.parse(props.spec);
      if (typeof option !== "object" || option === null || Array.isArray(option)) {
        return { option: null, error: "The ECharts option is not a JSON object." };
      }
      return { option: option as Json, error: null };
    } catch (e) {
      return { option: null, error: messageOf(e) };
    }
  }, [props.spec]);

  const current = useRef({ widget, sent: JSON.stringify(widget.value) });
  current.current.widget = widget;

  // A new ECharts instance when what `init` takes changes: the theme or the renderer.
  useEffect(() => {
    const el = box.current;
    const option = parsed.option;
    if (!el || !option) return;
    let live = true;
    let observer: ResizeObserver | null = null;
    const clicked: { picks: Picks } = { picks: new Map() };
    const brushed: { picks: Picks; areas: Area[] } = { picks: new Map(), areas: [] };
    const send = (): void => {
      const state = selectionState(option, clicked.picks, brushed.picks, brushed.areas);
      const text = JSON.stringify(state);
      if (text === current.current.sent) return;
      current.current.sent = text;
      current.current.widget.commit(state);
    };
    loadECharts()
      .then((lib) => {
        if (!live) return;
        const theme = props.theme === "streamlit" ? rillTheme(readChartTheme(el)) : null;
        const instance = lib.init(el, theme, { renderer: props.renderer ?? "canvas" });
        chart.current = instance;
        instance.setOption(drawnOption(option, props.alt, selectable), { notMerge: true });
        if (selectable) {
          instance.on("selectchanged", (params: unknown) => {
            clicked.picks = picksOf((params as Json).selected);
            send();
          });
          instance.on("brushSelected", (params: unknown) => {
            const batch = ((params as Json).batch as Json[] | undefined)?.[0] ?? {};
            const hadAreas = brushed.areas.length > 0;
            brushed.picks = picksOf(batch.selected);
            brushed.areas = areasOf(batch.areas);
            // Brushing sends when the brush ends; clearing the brush sends at once.
            if (hadAreas && brushed.areas.length === 0) send();
          });
          instance.on("brushEnd", () => send());
        }
        observer = new ResizeObserver(() => instance.resize());
        observer.observe(el);
        setError(null);
      })
      .catch((e: unknown) => {
        if (live) setError(messageOf(e));
      });
    return () => {
      live = false;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, [parsed, props.theme, props.renderer, props.alt, selectable, themeKey]);

  // The server's value after a rerun is what was sent: do not send it again.
  useEffect(() => {
    current.current.sent = JSON.stringify(props.value ?? EMPTY_SELECTION);
  }, [props.value]);

  const height = props.height ?? 350;
  return (
    <div className="rill-chart rill-echarts-box" style={boxStyle(props.width ?? "stretch")}>
      {(parsed.error ?? error) !== null ? (
        <ChartError what="The ECharts chart" message={(parsed.error ?? error) as string} />
      ) : null}
      <div
        ref={box}
        className="rill-echarts"
        role="img"
        // ECharts writes its own description (aria-label) here; this is the fallback.
        aria-label={props.alt ?? "ECharts chart"}
        // "stretch" fills a container of fixed height, and is never less than the default.
        style={{
          height: height === "stretch" ? "100%" : `${height}px`,
          minHeight: height === "stretch" ? "350px" : undefined,
        }}
        hidden={parsed.option === null}
      />
    </div>
  );
}
