/** `radio`: one option of several, sent as its index on change. */
import { Radio as MantineRadio } from "@mantine/core";
import { useId, type ReactNode } from "react";
import { Markdown } from "../../markdown/Markdown";
import type { PropsOf } from "../../render/types";
import { useWidget } from "../../render/useWidget";
import { WidgetLabel } from "../../render/WidgetLabel";
import "./radio.css";

export default function Radio({ element, props }: PropsOf<"radio">): ReactNode {
  const widget = useWidget<number | null>(element, props.value);
  const labelId = useId();
  return (
    <div className="rill-widget rill-radio">
      <WidgetLabel
        id={labelId}
        label={props.label}
        help={props.help}
        visibility={props.label_visibility}
        disabled={props.disabled}
      />
      {/* Standalone radios sharing a name: native arrow-key navigation, always controlled. */}
      <div
        className="rill-radio-options"
        role="radiogroup"
        aria-labelledby={labelId}
        data-horizontal={props.horizontal || undefined}
      >
        {props.options.map((option, i) => (
          <MantineRadio
            key={i}
            name={labelId}
            value={String(i)}
            checked={widget.value === i}
            onChange={() => widget.commit(i)}
            disabled={props.disabled}
            label={<Markdown body={option} inline />}
            description={
              props.captions?.[i] ? <Markdown body={props.captions[i] ?? ""} inline /> : undefined
            }
          />
        ))}
      </div>
    </div>
  );
}
