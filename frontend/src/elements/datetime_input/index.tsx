/**
 * `datetime_input`: a date picker and a time picker under one label (an ARIA group named by
 * it, the parts named "Date" and "Time"); sends `YYYY-MM-DDTHH:MM` once both parts are set,
 * kept within `min` and `max`.
 */
import { Select } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import "@mantine/dates/styles.css";
import { useId, useMemo, useState, type ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { useWidget } from "../../render/useWidget";
import { WidgetLabel } from "../../render/WidgetLabel";
import { ariaCombobox, labelIdOf } from "../selectbox";
import { parseTime, timeOptions } from "../time_input";
import "./datetime_input.css";

/** Names of the calendar's icon-only buttons. */
const ARIA_LABELS = {
  previousMonth: "Previous month",
  nextMonth: "Next month",
  previousYear: "Previous year",
  nextYear: "Next year",
  previousDecade: "Previous decade",
  nextDecade: "Next decade",
};

/** `YYYY-MM-DDTHH:MM` split into its date and time, or nulls. */
export function splitValue(value: string | null): [string | null, string | null] {
  if (!value) return [null, null];
  return [value.slice(0, 10), value.slice(11, 16)];
}

/** The date and time joined and kept between `min` and `max` (same format, which sorts). */
export function joinValue(day: string, time: string, min: string, max: string): string {
  const joined = `${day}T${time}`;
  if (joined < min) return min;
  return joined > max ? max : joined;
}

/** The times offered on `day`: every `step`, those outside `min` and `max` left out. */
export function timesOn(day: string | null, step: number, min: string, max: string): string[] {
  const times = timeOptions(step);
  if (!day) return times;
  return times.filter((t) => `${day}T${t}` >= min && `${day}T${t}` <= max);
}

export default function DatetimeInput({ element, props }: PropsOf<"datetime_input">): ReactNode {
  const widget = useWidget<string | null>(element, props.value);
  const labelId = useId();
  const popover = useId();
  const timeId = useId();
  const dateId = `${popover}-target`;
  const [shownDay, shownTime] = splitValue(widget.value);
  // A part picked while the other is still empty waits here (nothing is sent yet).
  const [draft, setDraft] = useState<[string | null, string | null]>([null, null]);
  const day = shownDay ?? draft[0];
  const time = shownTime ?? draft[1];
  const step = props.step ?? 900;
  const options = useMemo(() => {
    const list = timesOn(day, step, props.min, props.max);
    return time && !list.includes(time) ? [time, ...list].sort() : list;
  }, [day, time, step, props.min, props.max]);

  const pick = (nextDay: string | null, nextTime: string | null): void => {
    if (nextDay && nextTime) {
      setDraft([null, null]);
      widget.commit(joinValue(nextDay, nextTime, props.min, props.max));
    } else {
      setDraft([nextDay, nextTime]);
    }
  };

  const width = typeof props.width === "number" ? { width: `${props.width}px` } : undefined;
  return (
    <div className="rill-widget rill-datetime" style={{ maxWidth: "100%", ...width }}>
      <WidgetLabel
        id={labelId}
        label={props.label}
        help={props.help}
        visibility={props.label_visibility}
        disabled={props.disabled}
      />
      <div className="rill-datetime-parts" role="group" aria-labelledby={labelId}>
        <label className="rill-sr-only" htmlFor={dateId}>
          Date
        </label>
        <DatePickerInput
          id={dateId}
          className="rill-datetime-date"
          disabled={props.disabled}
          minDate={props.min.slice(0, 10)}
          maxDate={props.max.slice(0, 10)}
          valueFormat={props.format ?? "YYYY/MM/DD"}
          popoverProps={{ shadow: "md", id: popover }}
          weekendDays={[]}
          hideOutsideDates
          ariaLabels={ARIA_LABELS}
          value={day}
          onChange={(d) => pick(d, time)}
          placeholder="Select a date"
          clearable={props.value === null && day !== null}
        />
        <span className="rill-sr-only" id={labelIdOf(timeId)}>
          Time
        </span>
        <Select
          id={timeId}
          className="rill-datetime-time"
          {...ariaCombobox("Time", 260)}
          aria-labelledby={labelIdOf(timeId)}
          data={options}
          value={time}
          disabled={props.disabled}
          searchable
          allowDeselect={false}
          placeholder="Time"
          onChange={(t) => pick(day, t)}
          onKeyDown={(e) => {
            if (e.key !== "Enter") return;
            const parsed = parseTime(e.currentTarget.value);
            if (parsed && !options.includes(parsed)) pick(day, parsed);
          }}
          comboboxProps={{ shadow: "md" }}
        />
      </div>
    </div>
  );
}
