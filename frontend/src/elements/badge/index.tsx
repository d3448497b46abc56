/** `badge`: a short colored label (inline Markdown) with an optional icon. */
import type { ReactNode } from "react";
import { Markdown } from "../../markdown/Markdown";
import { EmojiIcon } from "../../render/EmojiIcon";
import type { PropsOf } from "../../render/types";
import { Help } from "../../render/WidgetLabel";
import "./badge.css";

export default function Badge({ props }: PropsOf<"badge">): ReactNode {
  const width = props.width ?? "content";
  return (
    <div
      className="rill-badge-row"
      data-width={typeof width === "number" ? "pixels" : width}
      style={typeof width === "number" ? { width: `${width}px` } : undefined}
    >
      <span className={`rill-bg-${props.color ?? "blue"} rill-badge`}>
        <EmojiIcon icon={props.icon} className="rill-badge-icon" />
        <Markdown body={props.label} inline />
      </span>
      {props.help ? <Help text={props.help} /> : null}
    </div>
  );
}
