/**
 * `metric`: a label, a value in big type, a delta with an arrow, and an optional sparkline.
 *
 * The metric is a group named by its label. The delta's direction is in its text as well as in
 * its arrow and color (screen readers hear "Up 1.2 °F"), and the sparkline is an image whose
 * name summarizes the trend.
 */
import { useId, type CSSProperties, type ReactNode } from "react";
import { Markdown } from "../../markdown/Markdown";
import type { PropsOf } from "../../render/types";
import { Help } from "../../render/WidgetLabel";
import { formatNumber } from "./format";
import { Sparkline } from "./Sparkline";
import "./metric.css";

function Arrow({ direction }: { direction: "up" | "down" }): ReactNode {
  return (
    <svg
      className="rill-metric-arrow"
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {direction === "up" ? (
        <path d="M12 19V5M5 12l7-7 7 7" />
      ) : (
        <path d="M12 5v14M19 12l-7 7-7-7" />
      )}
    </svg>
  );
}

function size(value: string | number | undefined, fallback: string): string | undefined {
  if (typeof value === "number") return `${value}px`;
  if (value === "stretch") return "100%";
  if (value === "content") return fallback;
  return undefined;
}

export default function Metric({ props }: PropsOf<"metric">): ReactNode {
  const labelId = useId();
  const visibility = props.label_visibility ?? "visible";
  const format = props.format;
  const value =
    format && typeof props.number === "number" ? formatNumber(props.number, format) : props.value;
  const rawDelta = props.delta ?? "";
  const delta =
    format && rawDelta && typeof props.delta_number === "number"
      ? formatNumber(props.delta_number, format)
      : rawDelta;
  const direction = props.direction ?? "none";
  const color = props.color ?? "gray";
  const style: CSSProperties = {
    width: size(props.width, "fit-content"),
    height: size(props.height, "auto"),
  };
  const labelClass =
    visibility === "collapsed"
      ? "rill-label-row rill-label-collapsed"
      : visibility === "hidden"
        ? "rill-label-row rill-label-hidden"
        : "rill-label-row";
  return (
    <div
      className="rill-metric"
      role="group"
      aria-labelledby={props.label ? labelId : undefined}
      data-border={props.border || undefined}
      data-height={typeof props.height === "number" ? "fixed" : undefined}
      style={style}
    >
      <div className={labelClass}>
        <Markdown body={props.label} inline className="rill-label rill-metric-label" id={labelId} />
        {props.help && visibility === "visible" ? <Help text={props.help} /> : null}
      </div>
      <Markdown body={value} inline as="div" className="rill-metric-value" />
      {delta ? (
        <div className={`rill-metric-delta rill-fg-${color}`} data-direction={direction}>
          {direction === "none" ? null : <Arrow direction={direction} />}
          {direction === "none" ? null : (
            <span className="rill-sr-only">{direction === "up" ? "Up " : "Down "}</span>
          )}
          <Markdown body={delta} inline className="rill-metric-delta-text" />
          {props.delta_description ? (
            <span className="rill-metric-delta-description">{props.delta_description}</span>
          ) : null}
        </div>
      ) : null}
      {props.chart_data && props.chart_data.length > 0 ? (
        <Sparkline
          data={props.chart_data}
          type={props.chart_type ?? "line"}
          color={delta ? color : "primary"}
        />
      ) : null}
    </div>
  );
}
