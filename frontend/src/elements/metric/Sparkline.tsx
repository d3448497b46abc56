/**
 * A metric's sparkline: a line, an area or bars drawn as a small inline SVG, with a text
 * summary (how many values, first, last, lowest, highest) as its accessible name.
 */
import type { ReactNode } from "react";

export type ChartType = "line" | "bar" | "area";

/** The drawing's coordinate space; the SVG stretches it to its box. */
const WIDTH = 100;
const HEIGHT = 40;
/** Above this many values, each bucket of values is drawn by its lowest and highest. */
const MAX_POINTS = 400;

type Point = [index: number, value: number | null];

interface SparklineProps {
  data: (number | null)[];
  type: ChartType;
  /** A palette name: the line and bars take `--rill-<color>`. */
  color: string;
}

export function Sparkline({ data, type, color }: SparklineProps): ReactNode {
  const finite = data.filter((v): v is number => v !== null && Number.isFinite(v));
  if (finite.length === 0) return null;
  const points = downsample(data);
  let [low, high] = extent(finite);
  if (type === "bar") {
    low = Math.min(low, 0);
    high = Math.max(high, 0);
  }
  const span = high - low;
  const x = (i: number): number =>
    type === "bar"
      ? ((i + 0.5) / data.length) * WIDTH
      : data.length > 1
        ? (i / (data.length - 1)) * WIDTH
        : WIDTH / 2;
  const y = (v: number): number => (span === 0 ? HEIGHT / 2 : HEIGHT - ((v - low) / span) * HEIGHT);
  const stroke = `var(--rill-${color === "primary" ? "primary" : color})`;
  return (
    <svg
      className="rill-metric-chart"
      data-chart-type={type}
      role="img"
      aria-label={summary(data.length, finite)}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      focusable="false"
    >
      {type === "bar" ? bars(points, data.length, x, y, low, high, stroke) : null}
      {type === "area"
        ? segments(points).map((segment, i) => (
            <path
              key={`a${i}`}
              className="rill-metric-area"
              d={areaPath(segment, x, y, low, span)}
              fill={stroke}
              stroke="none"
            />
          ))
        : null}
      {type !== "bar"
        ? segments(points).map((segment, i) => (
            <path
              key={`l${i}`}
              className="rill-metric-line"
              d={linePath(segment, x, y)}
              fill="none"
              stroke={stroke}
              vectorEffect="non-scaling-stroke"
            />
          ))
        : null}
    </svg>
  );
}

function bars(
  points: Point[],
  count: number,
  x: (i: number) => number,
  y: (v: number) => number,
  low: number,
  high: number,
  fill: string,
): ReactNode[] {
  const base = y(low < 0 && high > 0 ? 0 : low);
  const barWidth = (WIDTH / count) * 0.7;
  return points
    .filter((p): p is [number, number] => p[1] !== null)
    .map(([i, v]) => {
      const top = Math.min(y(v), base);
      const height = Math.max(Math.abs(base - y(v)), 0.5);
      return (
        <rect
          key={`${i}-${v}`}
          className="rill-metric-bar"
          x={x(i) - barWidth / 2}
          y={top}
          width={barWidth}
          height={height}
          fill={fill}
        />
      );
    });
}

/** Runs of consecutive values, split where one is missing. */
function segments(points: Point[]): [number, number][][] {
  const runs: [number, number][][] = [];
  let run: [number, number][] = [];
  for (const [i, v] of points) {
    if (v === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push([i, v]);
  }
  if (run.length) runs.push(run);
  return runs;
}

function linePath(
  run: [number, number][],
  x: (i: number) => number,
  y: (v: number) => number,
): string {
  if (run.length === 1) {
    const [i, v] = run[0] as [number, number];
    return `M${fmt(x(i) - 0.5)} ${fmt(y(v))}H${fmt(x(i) + 0.5)}`;
  }
  return run.map(([i, v], k) => `${k === 0 ? "M" : "L"}${fmt(x(i))} ${fmt(y(v))}`).join("");
}

function areaPath(
  run: [number, number][],
  x: (i: number) => number,
  y: (v: number) => number,
  low: number,
  span: number,
): string {
  const bottom = span === 0 ? HEIGHT : y(low);
  const first = run[0] as [number, number];
  const last = run[run.length - 1] as [number, number];
  return `${linePath(run, x, y)}L${fmt(x(last[0]))} ${fmt(bottom)}L${fmt(x(first[0]))} ${fmt(bottom)}Z`;
}

/** At most MAX_POINTS points: each bucket keeps its lowest and highest value, in order. */
function downsample(data: (number | null)[]): Point[] {
  const points: Point[] = data.map((v, i) => [i, v !== null && Number.isFinite(v) ? v : null]);
  if (points.length <= MAX_POINTS) return points;
  const size = Math.ceil(points.length / (MAX_POINTS / 2));
  const kept: Point[] = [];
  for (let start = 0; start < points.length; start += size) {
    const bucket = points.slice(start, start + size);
    const present = bucket.filter((p): p is [number, number] => p[1] !== null);
    if (present.length < bucket.length) kept.push([start, null]);
    if (present.length === 0) continue;
    let min = present[0] as [number, number];
    let max = min;
    for (const p of present) {
      if (p[1] < min[1]) min = p;
      if (p[1] > max[1]) max = p;
    }
    if (min === max) kept.push(min);
    else kept.push(...(min[0] < max[0] ? [min, max] : [max, min]));
  }
  return kept;
}

const NUMBER = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 4 });
const COUNT = new Intl.NumberFormat();

function summary(count: number, finite: number[]): string {
  const first = finite[0] as number;
  const last = finite[finite.length - 1] as number;
  const n = (v: number): string => NUMBER.format(v);
  const [low, high] = extent(finite);
  return (
    `Trend of ${COUNT.format(count)} ${count === 1 ? "value" : "values"}: from ${n(first)} to ${n(last)}, ` +
    `lowest ${n(low)}, highest ${n(high)}`
  );
}

/** Lowest and highest of `values` (a loop: spreading a million values overflows the stack). */
function extent(values: number[]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const v of values) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  return [low, high];
}

function fmt(v: number): string {
  return (Math.round(v * 100) / 100).toString();
}
