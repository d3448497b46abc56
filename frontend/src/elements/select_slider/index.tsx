/** `select_slider`: a slider over a list of options; sends an index or [lo, hi] indices. */
import type { ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { useWidget } from "../../render/useWidget";
import { WidgetLabel } from "../../render/WidgetLabel";
import { SliderBody } from "../slider";

export default function SelectSlider({ element, props }: PropsOf<"select_slider">): ReactNode {
  const widget = useWidget<number | number[]>(element, props.value);
  return (
    <div className="rill-widget rill-slider rill-select-slider">
      <WidgetLabel
        label={props.label}
        help={props.help}
        visibility={props.label_visibility}
        disabled={props.disabled}
      />
      <SliderBody
        label={props.label}
        min={0}
        max={Math.max(0, props.options.length - 1)}
        step={1}
        disabled={props.disabled}
        format={(i) => props.options[i] ?? ""}
        value={widget.value}
        onChange={widget.edit}
        onChangeEnd={widget.commit}
      />
    </div>
  );
}
