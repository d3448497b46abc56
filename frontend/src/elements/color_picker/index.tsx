/** `color_picker`: a `#rrggbb` color, sent when the person stops dragging or leaves the input. */
import { ColorInput } from "@mantine/core";
import "@mantine/core/styles/ColorSwatch.css";
import "@mantine/core/styles/ColorPicker.css";
import "@mantine/core/styles/ColorInput.css";
import { useId, useRef, type ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { useWidget } from "../../render/useWidget";
import { WidgetLabel } from "../../render/WidgetLabel";

export default function ColorPicker({ element, props }: PropsOf<"color_picker">): ReactNode {
  const widget = useWidget<string>(element, props.value);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="rill-widget rill-color">
      <WidgetLabel
        htmlFor={id}
        label={props.label}
        help={props.help}
        visibility={props.label_visibility}
        disabled={props.disabled}
      />
      <ColorInput
        id={id}
        className="rill-color-input"
        value={widget.value}
        disabled={props.disabled}
        format="hex"
        withEyeDropper={false}
        onChange={widget.edit}
        ref={input}
        onChangeEnd={(v) => {
          // Mantine calls this for typed text too, as soon as it is a valid color and
          // reformatted ("#00a" on the way to "#00aa88" comes as "#0000aa"): only a color
          // shown as it is (picked, or typed in full) is final.
          if (input.current && input.current.value.toLowerCase() !== v.toLowerCase()) return;
          widget.commit(v.toLowerCase());
        }}
        onBlur={() => widget.flush()}
        popoverProps={{ shadow: "md" }}
      />
    </div>
  );
}
