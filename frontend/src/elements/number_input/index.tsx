/**
 * `number_input`: a number with −/+ steppers (ArrowUp/ArrowDown from the keyboard), sent at
 * once; typed values are sent on blur or Enter.
 */
import { NumberInput as MantineNumberInput } from "@mantine/core";
import { useId, useState, type ReactNode } from "react";
import { formatPrecision } from "../../format/printf";
import { IconMinus, IconPlus } from "../../render/icons";
import { isDrawableIcon } from "../../render/EmojiIcon";
import type { PropsOf } from "../../render/types";
import { useWidget } from "../../render/useWidget";
import { WidgetLabel } from "../../render/WidgetLabel";
import { InputHint, InputIcon } from "../text_input";
import "./number_input.css";

function clamp(v: number, min: number | null | undefined, max: number | null | undefined): number {
  if (min != null && v < min) return min;
  if (max != null && v > max) return max;
  return v;
}

function stepDecimals(step: number): number {
  const s = String(step);
  return s.includes(".") ? (s.split(".")[1]?.length ?? 0) : 0;
}

export default function NumberInput({ element, props }: PropsOf<"number_input">): ReactNode {
  const widget = useWidget<number | null>(element, props.value);
  const id = useId();
  const [focused, setFocused] = useState(false);
  const isInt = (props.data_type ?? "int") === "int";
  const decimals = isInt ? 0 : (formatPrecision(props.format) ?? undefined);
  const round = (v: number): number => {
    const places = decimals ?? Math.max(stepDecimals(props.step), 2);
    return Number(v.toFixed(Math.min(places, 12)));
  };
  const stepBy = (direction: 1 | -1): void => {
    const base = widget.value ?? props.min ?? 0;
    widget.commit(clamp(round(base + direction * props.step), props.min, props.max));
  };
  const atMin = props.min != null && widget.value != null && widget.value <= props.min;
  const atMax = props.max != null && widget.value != null && widget.value >= props.max;
  const dirty = widget.dirty;
  return (
    <div className="rill-widget rill-number-input">
      <WidgetLabel
        htmlFor={id}
        label={props.label}
        help={props.help}
        visibility={props.label_visibility}
        disabled={props.disabled}
      />
      <div className="rill-input-box">
        <MantineNumberInput
          id={id}
          value={widget.value ?? ""}
          disabled={props.disabled}
          placeholder={props.placeholder ?? undefined}
          min={props.min ?? undefined}
          max={props.max ?? undefined}
          step={props.step}
          allowDecimal={!isInt}
          decimalScale={decimals}
          fixedDecimalScale={decimals !== undefined && decimals > 0}
          clampBehavior="blur"
          hideControls
          role="spinbutton"
          aria-valuenow={widget.value ?? undefined}
          aria-valuemin={props.min ?? undefined}
          aria-valuemax={props.max ?? undefined}
          withKeyboardEvents={false}
          leftSection={isDrawableIcon(props.icon) ? <InputIcon icon={props.icon} /> : undefined}
          rightSectionWidth={72}
          rightSection={
            <div className="rill-steppers">
              <button
                type="button"
                aria-label="Decrement"
                disabled={props.disabled || atMin}
                onClick={() => stepBy(-1)}
                tabIndex={-1}
              >
                <IconMinus />
              </button>
              <button
                type="button"
                aria-label="Increment"
                disabled={props.disabled || atMax}
                onClick={() => stepBy(1)}
                tabIndex={-1}
              >
                <IconPlus />
              </button>
            </div>
          }
          onChange={(v) =>
            widget.edit(typeof v === "number" ? v : v === "" || v === "-" ? null : Number(v))
          }
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            if (widget.value !== null) {
              const clamped = clamp(widget.value, props.min, props.max);
              if (clamped !== widget.value) return widget.commit(clamped);
            }
            widget.flush();
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              if (!widget.submitForm()) widget.flush();
            } else if (e.key === "ArrowUp" || e.key === "ArrowDown") {
              // The spinbutton's keys do what the (unfocusable) steppers do: step and send.
              e.preventDefault();
              if (e.key === "ArrowUp" ? !atMax : !atMin) stepBy(e.key === "ArrowUp" ? 1 : -1);
            }
          }}
        />
        <div className="rill-input-footer">
          <InputHint show={focused && dirty} form={widget.formId !== null} />
        </div>
      </div>
    </div>
  );
}
