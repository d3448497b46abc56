/** `markdown`: Markdown text; raw HTML only with `unsafe_allow_html`. */
import type { ReactNode } from "react";
import { Markdown } from "../../markdown/Markdown";
import type { PropsOf } from "../../render/types";
import { Help } from "../../render/WidgetLabel";
import "./markdown.css";

export function MarkdownBlock({
  props,
  className,
}: PropsOf<"markdown"> & { className?: string }): ReactNode {
  return (
    <div className={`rill-markdown-block${className ? ` ${className}` : ""}`}>
      <Markdown body={props.body} allowHtml={props.unsafe_allow_html === true} />
      {props.help ? <Help text={props.help} /> : null}
    </div>
  );
}

export default MarkdownBlock;
