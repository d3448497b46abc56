/** `time_input`: a time of day as `HH:MM`, in steps of `step` seconds; sent on change. */
import { Select } from "@mantine/core";
import { useId, useMemo, type ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { useWidget } from "../../render/useWidget";
import { WidgetLabel } from "../../render/WidgetLabel";
import { ariaCombobox, labelIdOf } from "../selectbox";

const pad = (n: number): string => String(n).padStart(2, "0");

/** Every time of the day at `step` seconds apart (at least a minute), as `HH:MM`. */
export function timeOptions(step: number): string[] {
  const minutes = Math.max(1, Math.round(step / 60));
  const out: string[] = [];
  for (let m = 0; m < 24 * 60; m += minutes) out.push(`${pad(Math.floor(m / 60))}:${pad(m % 60)}`);
  return out;
}

/** Typed text like "9:5", "0930" or "9.30" as `HH:MM`, or null. */
export function parseTime(text: string): string | null {
  const match = /^\s*(\d{1,2})(?:[:.h]?(\d{2}))?\s*$/.exec(text);
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2] ?? 0);
  return h < 24 && m < 60 ? `${pad(h)}:${pad(m)}` : null;
}

export default function TimeInput({ element, props }: PropsOf<"time_input">): ReactNode {
  const widget = useWidget<string | null>(element, props.value);
  const id = useId();
  const options = useMemo(() => {
    const list = timeOptions(props.step ?? 900);
    return widget.value && !list.includes(widget.value) ? [widget.value, ...list].sort() : list;
  }, [props.step, widget.value]);
  return (
    <div className="rill-widget rill-time">
      <WidgetLabel
        htmlFor={id}
        id={labelIdOf(id)}
        label={props.label}
        help={props.help}
        visibility={props.label_visibility}
        disabled={props.disabled}
      />
      <Select
        id={id}
        {...ariaCombobox(props.label, 260)}
        data={options}
        value={widget.value}
        disabled={props.disabled}
        searchable
        allowDeselect={false}
        clearable={props.value === null}
        placeholder="Select a time"
        onChange={(v) => widget.commit(v)}
        onKeyDown={(e) => {
          if (e.key !== "Enter") return;
          const parsed = parseTime(e.currentTarget.value);
          if (parsed && !options.includes(parsed)) widget.commit(parsed);
        }}
        comboboxProps={{ shadow: "md" }}
      />
    </div>
  );
}
