/** `checkbox` (and `toggle`): a boolean, sent on change. */
import { Checkbox as MantineCheckbox, Switch } from "@mantine/core";
import type { ReactNode } from "react";
import { Markdown } from "../../markdown/Markdown";
import type { PropsOf } from "../../render/types";
import { useWidget } from "../../render/useWidget";
import { Help } from "../../render/WidgetLabel";
import "./checkbox.css";

export function BooleanWidget({
  element,
  props,
  toggle,
}: PropsOf<"checkbox"> & { toggle: boolean }): ReactNode {
  const widget = useWidget<boolean>(element, props.value);
  const visibility = props.label_visibility ?? "visible";
  const label = <Markdown body={props.label} inline />;
  const common = {
    checked: widget.value,
    disabled: props.disabled,
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => widget.commit(e.currentTarget.checked),
    label: visibility === "visible" ? label : undefined,
    "aria-label": visibility === "visible" ? undefined : props.label,
    className: "rill-boolean",
  };
  return (
    <div className="rill-boolean-row" data-visibility={visibility}>
      {toggle ? <Switch {...common} /> : <MantineCheckbox {...common} />}
      {props.help && visibility !== "collapsed" ? <Help text={props.help} /> : null}
    </div>
  );
}

export default function Checkbox(p: PropsOf<"checkbox">): ReactNode {
  return <BooleanWidget {...p} toggle={false} />;
}
