/**
 * `pills`: options as pill-shaped toggle buttons; sends the selected option indices, in the
 * order they were selected (at most one with `selection_mode="single"`). The drawing is shared
 * with `segmented_control` (`ButtonGroupWidget`).
 */
import { useId, type ReactNode } from "react";
import { Markdown } from "../../markdown/Markdown";
import type { PropsOf } from "../../render/types";
import { useWidget } from "../../render/useWidget";
import { WidgetLabel } from "../../render/WidgetLabel";
import { iconOnlyName, ToggleGroup, widthStyle } from "./group";
import "./pills.css";

export function ButtonGroupWidget({
  element,
  props,
  variant,
}: PropsOf<"pills"> & { variant: "pills" | "segmented_control" }): ReactNode {
  const widget = useWidget<number[]>(element, props.value);
  const labelId = useId();
  const options = props.options;
  return (
    <div className={`rill-widget rill-${variant}`} style={widthStyle(props.width)}>
      <WidgetLabel
        id={labelId}
        label={props.label}
        help={props.help}
        visibility={props.label_visibility}
        disabled={props.disabled}
      />
      <ToggleGroup
        count={options.length}
        selected={widget.value}
        mode={props.selection_mode ?? "single"}
        onChange={(next) => widget.commit(next)}
        content={(i) => <Markdown body={options[i] ?? ""} inline />}
        name={(i) => iconOnlyName(options[i] ?? "")}
        labelledBy={labelId}
        disabled={props.disabled}
        className={`rill-${variant}-group`}
        itemClassName={`rill-${variant}-item`}
        style={props.width === "stretch" ? { width: "100%" } : undefined}
      />
    </div>
  );
}

export default function Pills(p: PropsOf<"pills">): ReactNode {
  return <ButtonGroupWidget {...p} variant="pills" />;
}
