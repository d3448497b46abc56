/** `slider`: numbers, dates or times (as ms); one thumb, or two for a range; sent on release. */
import { RangeSlider, Slider as MantineSlider } from "@mantine/core";
import { useLayoutEffect, useRef, type ReactNode, type RefObject } from "react";
import { formatNumber } from "../../format/printf";
import { formatTemporal } from "../../format/strftime";
import type { PropsOf } from "../../render/types";
import { useWidget } from "../../render/useWidget";
import { WidgetLabel } from "../../render/WidgetLabel";
import "./slider.css";

type SliderValue = number | number[];

export function sliderFormatter(props: PropsOf<"slider">["props"]): (v: number) => string {
  const type = props.data_type ?? "int";
  if (type === "date" || type === "time" || type === "datetime") {
    return (v) => formatTemporal(v, type, props.format);
  }
  return (v) => formatNumber(v, props.format, type === "int");
}

interface RangeProps {
  label: string;
  min: number;
  max: number;
  step: number;
  disabled?: boolean;
  format: (v: number) => string;
  value: SliderValue;
  onChange: (v: SliderValue) => void;
  onChangeEnd: (v: SliderValue) => void;
}

/**
 * Mantine's thumbs (role="slider") take no extra attributes, so aria-valuetext, the value as
 * shown ("$5.00", "2024/03/05", "Medium" rather than an index), is set on them after render.
 */
function useValueText(texts: string[]): RefObject<HTMLDivElement> {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const thumbs = ref.current?.querySelectorAll('[role="slider"]') ?? [];
    texts.forEach((text, i) => thumbs[i]?.setAttribute("aria-valuetext", text));
  });
  return ref;
}

/** The slider body shared by `slider` and `select_slider`. */
export function SliderBody(p: RangeProps): ReactNode {
  const range: [number, number] | null = Array.isArray(p.value)
    ? [p.value[0] ?? p.min, p.value[1] ?? p.max]
    : null;
  const single = Array.isArray(p.value) ? p.min : p.value;
  const body = useValueText((range ?? [single]).map(p.format));
  const common = {
    min: p.min,
    max: p.max,
    step: p.step,
    disabled: p.disabled,
    label: p.format,
    labelAlwaysOn: true,
    className: "rill-slider-track",
    labelTransitionProps: { duration: 0 },
  };
  return (
    <div className="rill-slider-body" ref={body}>
      {range ? (
        <RangeSlider
          {...common}
          value={range}
          minRange={0}
          onChange={(v) => p.onChange(v)}
          onChangeEnd={(v) => p.onChangeEnd(v)}
          thumbFromLabel={`${p.label} (from)`}
          thumbToLabel={`${p.label} (to)`}
        />
      ) : (
        <MantineSlider
          {...common}
          value={single}
          onChange={(v) => p.onChange(v)}
          onChangeEnd={(v) => p.onChangeEnd(v)}
          thumbLabel={p.label}
        />
      )}
      <div className="rill-slider-ticks" aria-hidden="true">
        <span>{p.format(p.min)}</span>
        <span>{p.format(p.max)}</span>
      </div>
    </div>
  );
}

export default function Slider({ element, props }: PropsOf<"slider">): ReactNode {
  const widget = useWidget<SliderValue>(element, props.value);
  return (
    <div className="rill-widget rill-slider">
      <WidgetLabel
        label={props.label}
        help={props.help}
        visibility={props.label_visibility}
        disabled={props.disabled}
      />
      <SliderBody
        label={props.label}
        min={props.min}
        max={props.max}
        step={props.step}
        disabled={props.disabled}
        format={sliderFormatter(props)}
        value={widget.value}
        onChange={widget.edit}
        onChangeEnd={widget.commit}
      />
    </div>
  );
}
