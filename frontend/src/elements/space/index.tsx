/**
 * `space`: empty room along the parent's direction (down in a column, across in a row);
 * `stretch` takes what the parent has left.
 */
import type { CSSProperties, ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import "./space.css";

const SIZES = { small: "0.75rem", medium: "2.5rem", large: "4.25rem" };

export default function Space({ props }: PropsOf<"space">): ReactNode {
  const size = props.size ?? "small";
  const stretch = size === "stretch";
  const length = typeof size === "number" ? `${size}px` : stretch ? "0px" : SIZES[size];
  return (
    <div
      className="rill-space"
      data-width={stretch ? "stretch" : undefined}
      data-stretch={stretch || undefined}
      style={{ "--rill-space": length } as CSSProperties}
      aria-hidden="true"
    />
  );
}
