/** `text`: fixed-width text, no Markdown. */
import type { ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { Help } from "../../render/WidgetLabel";
import "./text.css";

export default function Text({ props }: PropsOf<"text">): ReactNode {
  return (
    <div className="rill-text-row">
      <pre className="rill-text">{props.body}</pre>
      {props.help ? <Help text={props.help} /> : null}
    </div>
  );
}
