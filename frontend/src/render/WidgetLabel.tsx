/**
 * The label row of a widget: Markdown text, the help icon, and `label_visibility`. The help
 * button sits beside the `<label>`, not inside it, so it does not leak into the accessible name.
 */
import { Tooltip } from "@mantine/core";
import type { ReactNode } from "react";
import { Markdown } from "../markdown/Markdown";
import { IconHelp } from "./icons";

export function Help({ text }: { text: string }): ReactNode {
  return (
    <Tooltip
      label={<Markdown body={text} inline />}
      multiline
      maw={320}
      withArrow
      openDelay={100}
      events={{ hover: true, focus: true, touch: true }}
    >
      <button type="button" className="rill-help" aria-label="Help" data-help={text}>
        <IconHelp />
      </button>
    </Tooltip>
  );
}

function rowClass(visibility: string | undefined): string {
  if (visibility === "hidden") return "rill-label-row rill-label-hidden";
  if (visibility === "collapsed") return "rill-label-row rill-label-collapsed";
  return "rill-label-row";
}

interface WidgetLabelProps {
  label: string;
  help?: string | null;
  visibility?: string;
  /** The control's id; omit to render a non-`<label>` caption (use `id` + aria-labelledby). */
  htmlFor?: string;
  id?: string;
  disabled?: boolean;
}

export function WidgetLabel({
  label,
  help,
  visibility,
  htmlFor,
  id,
  disabled,
}: WidgetLabelProps): ReactNode {
  const text = <Markdown body={label} inline />;
  return (
    <div className={rowClass(visibility)} data-disabled={disabled || undefined}>
      {htmlFor ? (
        <label className="rill-label" htmlFor={htmlFor} id={id}>
          {text}
        </label>
      ) : (
        <span className="rill-label" id={id}>
          {text}
        </span>
      )}
      {help ? <Help text={help} /> : null}
    </div>
  );
}
