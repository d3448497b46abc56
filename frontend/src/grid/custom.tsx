/**
 * The grid's own cell types, drawn on glide's canvas: sparklines (line, bar, area), progress
 * bars, bubbles (lists, multiselect), and editable selectbox / date / time / datetime cells
 * whose overlay editors are plain, labelled form controls.
 */
import {
  GridCellKind,
  drawTextCell,
  roundedRect,
  withAlpha,
  type CustomCell,
  type CustomRenderer,
  type ProvideEditorComponent,
} from "@glideapps/glide-data-grid";
import { useState } from "react";
import { parseTemporal, toInput, type TemporalKind } from "./datetime";

export interface SparkData {
  kind: "rill-spark";
  values: number[];
  chart: "line" | "bar" | "area";
  yMin: number | null;
  yMax: number | null;
  color: string | null;
}

export interface ProgressData {
  kind: "rill-progress";
  value: number | null;
  min: number;
  max: number;
  label: string;
  color: string | null;
}

export interface BubblesData {
  kind: "rill-bubbles";
  values: string[];
  options: string[];
  acceptNew: boolean;
  label: string;
}

export interface SelectData {
  kind: "rill-select";
  value: string | null;
  options: string[];
  display: string;
  required: boolean;
  label: string;
}

export interface TemporalData {
  kind: "rill-temporal";
  ms: number | null;
  temporal: TemporalKind;
  display: string;
  tz: string | null;
  min: number | null;
  max: number | null;
  step: number | null;
  label: string;
}

export type SparkCell = CustomCell<SparkData>;
export type ProgressCell = CustomCell<ProgressData>;
export type BubblesCell = CustomCell<BubblesData>;
export type SelectCell = CustomCell<SelectData>;
export type TemporalCell = CustomCell<TemporalData>;

function is<T extends { kind: string }>(kind: T["kind"]) {
  return (cell: CustomCell): cell is CustomCell<T> =>
    (cell.data as { kind?: string } | undefined)?.kind === kind;
}

/** The line/bar color: a CSS color, or "auto" (green rising, red falling) / "auto-inverse". */
function sparkColor(data: SparkData, accent: string): string {
  const c = data.color;
  if (!c) return accent;
  if (c === "auto" || c === "auto-inverse") {
    const first = data.values[0] ?? 0;
    const last = data.values[data.values.length - 1] ?? 0;
    const up = last >= first;
    return (c === "auto") === up ? "#21c354" : "#ff4b4b";
  }
  return c;
}

export const sparkRenderer: CustomRenderer<SparkCell> = {
  kind: GridCellKind.Custom,
  isMatch: is<SparkData>("rill-spark"),
  needsHover: false,
  draw: ({ ctx, rect, theme }, cell) => {
    const { values, chart } = cell.data;
    if (values.length === 0) return true;
    const padX = theme.cellHorizontalPadding;
    const padY = theme.cellVerticalPadding + 2;
    const x0 = rect.x + padX;
    const w = rect.width - 2 * padX;
    const y0 = rect.y + padY;
    const h = rect.height - 2 * padY;
    const finite = values.filter(Number.isFinite);
    const lo = cell.data.yMin ?? Math.min(chart === "bar" ? 0 : Infinity, ...finite);
    const hi = cell.data.yMax ?? Math.max(...finite);
    const span = hi - lo || 1;
    const y = (v: number): number => y0 + h - ((Math.min(Math.max(v, lo), hi) - lo) / span) * h;
    const color = sparkColor(cell.data, theme.accentColor);
    ctx.save();
    if (chart === "bar") {
      const slot = w / values.length;
      const bar = Math.max(1, slot * 0.7);
      ctx.fillStyle = color;
      values.forEach((v, i) => {
        if (!Number.isFinite(v)) return;
        const top = y(v);
        ctx.fillRect(x0 + i * slot + (slot - bar) / 2, top, bar, y0 + h - top);
      });
    } else {
      const step = values.length > 1 ? w / (values.length - 1) : 0;
      ctx.beginPath();
      values.forEach((v, i) => {
        const px = x0 + i * step;
        if (i === 0) ctx.moveTo(px, y(v));
        else ctx.lineTo(px, y(v));
      });
      ctx.strokeStyle = color;
      ctx.lineWidth = 1.5;
      ctx.stroke();
      if (chart === "area") {
        ctx.lineTo(x0 + (values.length - 1) * step, y0 + h);
        ctx.lineTo(x0, y0 + h);
        ctx.closePath();
        ctx.fillStyle = withAlpha(color, 0.25);
        ctx.fill();
      }
    }
    ctx.restore();
    return true;
  },
};

export const progressRenderer: CustomRenderer<ProgressCell> = {
  kind: GridCellKind.Custom,
  isMatch: is<ProgressData>("rill-progress"),
  needsHover: false,
  draw: (args, cell) => {
    const { ctx, rect, theme } = args;
    const { value, min, max, label } = cell.data;
    const padX = theme.cellHorizontalPadding;
    const labelWidth = label ? ctx.measureText(label).width + padX : 0;
    const barWidth = Math.max(0, rect.width - 2 * padX - labelWidth);
    const barHeight = 6;
    const bx = rect.x + padX;
    const by = rect.y + rect.height / 2 - barHeight / 2;
    ctx.save();
    ctx.beginPath();
    roundedRect(ctx, bx, by, barWidth, barHeight, barHeight / 2);
    ctx.fillStyle = withAlpha(theme.textDark, 0.12);
    ctx.fill();
    if (value !== null && max > min) {
      const fraction = Math.min(Math.max((value - min) / (max - min), 0), 1);
      ctx.beginPath();
      roundedRect(ctx, bx, by, barWidth * fraction, barHeight, barHeight / 2);
      ctx.fillStyle = cell.data.color ?? theme.accentColor;
      ctx.fill();
    }
    ctx.restore();
    if (label) {
      drawTextCell(
        {
          ...args,
          rect: { ...rect, x: rect.x + rect.width - labelWidth - padX, width: labelWidth + padX },
        },
        label,
        "right",
      );
    }
    return true;
  },
};

export const bubblesRenderer: CustomRenderer<BubblesCell> = {
  kind: GridCellKind.Custom,
  isMatch: is<BubblesData>("rill-bubbles"),
  needsHover: false,
  draw: ({ ctx, rect, theme }, cell) => {
    const pad = theme.cellHorizontalPadding;
    const height = Math.min(rect.height - 2 * theme.cellVerticalPadding, 22);
    const y = rect.y + (rect.height - height) / 2;
    let x = rect.x + pad;
    ctx.save();
    ctx.beginPath();
    ctx.rect(rect.x, rect.y, rect.width, rect.height);
    ctx.clip();
    ctx.font = theme.baseFontFull;
    ctx.textBaseline = "middle";
    for (const text of cell.data.values) {
      if (x > rect.x + rect.width) break;
      const w = ctx.measureText(text).width + 2 * 8;
      ctx.beginPath();
      roundedRect(ctx, x, y, w, height, height / 2);
      ctx.fillStyle = theme.bgBubble;
      ctx.fill();
      ctx.fillStyle = theme.textBubble;
      ctx.fillText(text, x + 8, y + height / 2);
      x += w + 4;
    }
    ctx.restore();
    return true;
  },
  provideEditor: () => ({ editor: BubblesEditor }),
  onPaste: (text, data) => ({
    ...data,
    values: text
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s && (data.acceptNew || data.options.includes(s))),
  }),
};

const BubblesEditor: ProvideEditorComponent<BubblesCell> = ({ value, onChange }) => {
  const data = value.data;
  const [added, setAdded] = useState("");
  const choices = [...new Set([...data.options, ...data.values])];
  const set = (values: string[]): void => onChange({ ...value, data: { ...data, values } });
  return (
    <fieldset className="rill-grid-editor rill-grid-multi">
      <legend>{data.label}</legend>
      {choices.map((option, i) => (
        <label key={option}>
          <input
            type="checkbox"
            autoFocus={i === 0}
            checked={data.values.includes(option)}
            onChange={(e) =>
              set(
                e.currentTarget.checked
                  ? [...data.values, option]
                  : data.values.filter((v) => v !== option),
              )
            }
          />
          {option}
        </label>
      ))}
      {data.acceptNew ? (
        <input
          type="text"
          aria-label={`Add an option to ${data.label}`}
          placeholder="Add an option"
          value={added}
          onChange={(e) => setAdded(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && added.trim()) {
              e.stopPropagation();
              e.preventDefault();
              set([...data.values, added.trim()]);
              setAdded("");
            }
          }}
        />
      ) : null}
    </fieldset>
  );
};

export const selectRenderer: CustomRenderer<SelectCell> = {
  kind: GridCellKind.Custom,
  isMatch: is<SelectData>("rill-select"),
  needsHover: false,
  draw: (args, cell) => {
    drawTextCell(args, cell.data.display, cell.contentAlign);
    return true;
  },
  provideEditor: () => ({ editor: SelectEditor }),
  onPaste: (text, data) =>
    data.options.includes(text) ? { ...data, value: text, display: text } : undefined,
};

const SelectEditor: ProvideEditorComponent<SelectCell> = ({ value, onChange }) => {
  const data = value.data;
  return (
    <select
      className="rill-grid-editor"
      aria-label={data.label}
      autoFocus
      value={data.value ?? ""}
      onChange={(e) => {
        const v = e.currentTarget.value || null;
        onChange({ ...value, data: { ...data, value: v, display: v ?? "" } });
      }}
    >
      {!data.required || data.value === null ? <option value="">(empty)</option> : null}
      {data.options.map((o) => (
        <option key={o} value={o}>
          {o}
        </option>
      ))}
    </select>
  );
};

export const temporalRenderer: CustomRenderer<TemporalCell> = {
  kind: GridCellKind.Custom,
  isMatch: is<TemporalData>("rill-temporal"),
  needsHover: false,
  draw: (args, cell) => {
    drawTextCell(args, cell.data.display, cell.contentAlign);
    return true;
  },
  provideEditor: () => ({ editor: TemporalEditor }),
  onPaste: (text, data) => {
    const ms = parseTemporal(text, data.temporal, data.tz);
    return ms === null ? undefined : { ...data, ms };
  },
};

const INPUT_TYPES: Record<TemporalKind, string> = {
  date: "date",
  time: "time",
  datetime: "datetime-local",
};

const TemporalEditor: ProvideEditorComponent<TemporalCell> = ({ value, onChange }) => {
  const data = value.data;
  const bound = (ms: number | null): string | undefined =>
    ms === null ? undefined : toInput(ms, data.temporal, data.tz);
  return (
    <input
      className="rill-grid-editor"
      type={INPUT_TYPES[data.temporal]}
      aria-label={data.label}
      autoFocus
      step={data.step ?? (data.temporal === "date" ? undefined : 1)}
      min={bound(data.min)}
      max={bound(data.max)}
      defaultValue={data.ms === null ? "" : toInput(data.ms, data.temporal, data.tz)}
      onChange={(e) => {
        const ms = parseTemporal(e.currentTarget.value, data.temporal, data.tz);
        onChange({ ...value, data: { ...data, ms } });
      }}
    />
  );
};

export const CUSTOM_RENDERERS = [
  sparkRenderer,
  progressRenderer,
  bubblesRenderer,
  selectRenderer,
  temporalRenderer,
] as unknown as CustomRenderer[];
