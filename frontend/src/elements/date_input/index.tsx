/** `date_input`: a date, or a range of up to two dates, as ISO strings; sent on change. */
import { DatePickerInput } from "@mantine/dates";
import "@mantine/dates/styles.css";
import { useId, type ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { useWidget } from "../../render/useWidget";
import { WidgetLabel } from "../../render/WidgetLabel";

type DateValue = string | string[] | null;

/** Names of the calendar's icon-only buttons. */
const ARIA_LABELS = {
  previousMonth: "Previous month",
  nextMonth: "Next month",
  previousYear: "Previous year",
  nextYear: "Next year",
  previousDecade: "Previous decade",
  nextDecade: "Next decade",
};

export default function DateInput({ element, props }: PropsOf<"date_input">): ReactNode {
  const widget = useWidget<DateValue>(element, props.value);
  const popover = useId();
  // Mantine names the calendar dialog after `${popover id}-target`: that is the button's id,
  // so the dialog is named by the widget's label too.
  const id = `${popover}-target`;
  const common = {
    id,
    disabled: props.disabled,
    minDate: props.min,
    maxDate: props.max,
    valueFormat: props.format ?? "YYYY/MM/DD",
    popoverProps: { shadow: "md", id: popover },
    weekendDays: [] as (0 | 1 | 2 | 3 | 4 | 5 | 6)[],
    // Days of the neighbouring months would be drawn too faint to read (and are not needed).
    hideOutsideDates: true,
    ariaLabels: ARIA_LABELS,
    className: "rill-date-input",
  };
  const value = widget.value;
  return (
    <div className="rill-widget rill-date">
      <WidgetLabel
        htmlFor={id}
        label={props.label}
        help={props.help}
        visibility={props.label_visibility}
        disabled={props.disabled}
      />
      {props.is_range ? (
        <DatePickerInput
          {...common}
          type="range"
          allowSingleDateInRange
          value={[
            (Array.isArray(value) ? value[0] : null) ?? null,
            (Array.isArray(value) ? value[1] : null) ?? null,
          ]}
          onChange={(range) => {
            const [from, to] = range;
            // A half-picked range is sent once complete (or cleared), like Streamlit.
            if (from && !to) return widget.edit([from]);
            widget.commit([from, to].filter((d): d is string => d !== null));
          }}
          placeholder="Select a date range"
        />
      ) : (
        <DatePickerInput
          {...common}
          value={typeof value === "string" ? value : null}
          onChange={(d) => widget.commit(d)}
          placeholder="Select a date"
          clearable={props.value === null}
        />
      )}
    </div>
  );
}
