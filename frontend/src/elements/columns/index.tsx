/** `columns`: a row of `column` blocks sized by their weights, as wide as `width` says. */
import type { CSSProperties, ReactNode } from "react";
import { ElementView } from "../../render/ElementView";
import type { PropsOf } from "../../render/types";
import "./columns.css";

const GAPS = { small: "1rem", medium: "2rem", large: "4rem" };

export default function Columns({ element, props }: PropsOf<"columns">): ReactNode {
  const style = { "--rill-columns-gap": props.gap ? GAPS[props.gap] : "0" } as CSSProperties;
  if (typeof props.width === "number") style.width = `${props.width}px`;
  return (
    <div
      className="rill-columns"
      style={style}
      data-align={props.vertical_alignment ?? "top"}
      data-width={typeof props.width === "number" ? "pixels" : "stretch"}
    >
      {element.children.map((child, i) => {
        const weight = typeof child.props.weight === "number" ? child.props.weight : 1;
        return (
          <div
            key={i}
            className="rill-column-slot"
            style={{ flex: `${weight} 1 0%` }}
            data-border={props.border || undefined}
          >
            <ElementView node={child} />
          </div>
        );
      })}
    </div>
  );
}
