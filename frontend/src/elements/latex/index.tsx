/** `latex`: display math rendered with KaTeX (loaded with this renderer). */
import katex from "katex";
import "katex/dist/katex.min.css";
import type { ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { Help } from "../../render/WidgetLabel";
import "./latex.css";

export default function Latex({ props }: PropsOf<"latex">): ReactNode {
  const html = katex.renderToString(props.body, { displayMode: true, throwOnError: false });
  return (
    <div className="rill-latex">
      <div dangerouslySetInnerHTML={{ __html: html }} />
      {props.help ? <Help text={props.help} /> : null}
    </div>
  );
}
