/**
 * `plotly_chart`: a Plotly figure, drawn by plotly.js (loaded the first time a chart appears),
 * in the app's theme with `theme="streamlit"`; with `on_select`, the points, boxes and lassos
 * a user selects are sent back as the widget's value.
 */
import type { PlotlyHTMLElement, PlotlyStatic } from "plotly.js-dist-min";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { useWidget } from "../../render/useWidget";
import {
  EMPTY_SELECTION,
  chartName,
  drawnConfig,
  drawnLayout,
  parseFigure,
  selectionOf,
  type Json,
  type Mode,
  type SelectionState,
} from "./figure";
import { ChartError, messageOf, readChartTheme, useContainerWidth, useThemeKey } from "./kit";
import "./plotly_chart.css";

let plotly: Promise<PlotlyStatic> | null = null;

/** plotly.js, imported once (its own chunk). */
export function loadPlotly(): Promise<PlotlyStatic> {
  plotly ??= import("plotly.js-dist-min").then((m) => m.default);
  return plotly;
}

export default function PlotlyChart({ element, props }: PropsOf<"plotly_chart">): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<HTMLDivElement>(null);
  const available = useContainerWidth(box);
  const themeKey = useThemeKey();
  const [error, setError] = useState<string | null>(null);
  const modes = useMemo(() => (props.selection_mode ?? []) as Mode[], [props.selection_mode]);
  const selectable = Boolean(element.id) && modes.length > 0;
  const widget = useWidget<SelectionState>(
    element,
    (props.value as SelectionState | null | undefined) ?? EMPTY_SELECTION,
  );

  const parsed = useMemo(() => {
    try {
      return { figure: parseFigure(props.spec), error: null };
    } catch (e) {
      return { figure: null, error: messageOf(e) };
    }
  }, [props.spec]);

  // The handlers plotly.js calls read the latest widget and modes through refs.
  const current = useRef({ widget, modes, sent: JSON.stringify(widget.value) });
  current.current.widget = widget;
  current.current.modes = modes;

  const configKey = JSON.stringify(props.config ?? {});
  const modesKey = modes.join(",");
  useEffect(() => {
    const div = plot.current;
    const figure = parsed.figure;
    if (!div || !figure || available <= 0) return;
    let live = true;
    const draw = async (): Promise<void> => {
      const Plotly = await loadPlotly();
      if (!live) return;
      const layout = drawnLayout(figure, {
        theme: props.theme ?? null,
        chartTheme: readChartTheme(box.current),
        width: props.width ?? "stretch",
        height: props.height ?? "content",
        available,
        modes,
        selectable,
      });
      const config = drawnConfig(JSON.parse(configKey) as Json, modes, selectable);
      const gd: PlotlyHTMLElement = await Plotly.react(div, figure.data, layout, config);
      if (!live) return;
      setError(null);
      if (selectable && !gd.dataset.rillListening) {
        gd.dataset.rillListening = "true";
        const send = (state: SelectionState): void => {
          const text = JSON.stringify(state);
          if (text === current.current.sent) return;
          current.current.sent = text;
          current.current.widget.commit(state);
        };
        gd.on("plotly_selected", (event) => {
          // A click outside any point also fires this, with no event: a deselection.
          send(event ? selectionOf(event, current.current.modes) : EMPTY_SELECTION);
        });
        gd.on("plotly_deselect", () => send(EMPTY_SELECTION));
      }
    };
    draw().catch((e: unknown) => {
      if (live) setError(messageOf(e));
    });
    return () => {
      live = false;
    };
    // `modes` is the same list while `modesKey` is; config travels as its JSON text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [
    parsed,
    available,
    themeKey,
    modesKey,
    configKey,
    selectable,
    props.theme,
    props.width,
    props.height,
  ]);

  // The server's value after a rerun is what was sent: do not send it again.
  useEffect(() => {
    current.current.sent = JSON.stringify(props.value ?? EMPTY_SELECTION);
  }, [props.value]);

  useEffect(() => {
    const div = plot.current;
    return () => {
      if (div && plotly) void plotly.then((Plotly) => Plotly.purge(div));
    };
  }, []);

  const failure = parsed.error ?? error;
  return (
    <div ref={box} className="rill-chart rill-plotly">
      {failure !== null ? <ChartError what="The Plotly chart" message={failure} /> : null}
      <div
        ref={plot}
        className="rill-plotly-plot"
        // A figure, not an img: plotly.js puts buttons (its mode bar) inside.
        role="figure"
        aria-label={parsed.figure ? chartName(parsed.figure, props.alt) : "Plotly chart"}
        hidden={parsed.figure === null}
      />
    </div>
  );
}
