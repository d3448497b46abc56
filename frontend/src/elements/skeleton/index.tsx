/**
 * `skeleton`: a shimmering block that holds the room of content still loading. Screen readers
 * hear "Loading…" once; the shimmer stops under reduced motion.
 */
import type { CSSProperties, ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import "./skeleton.css";

export default function Skeleton({ props }: PropsOf<"skeleton">): ReactNode {
  const style: CSSProperties = {};
  if (typeof props.height === "number") style.height = `${props.height}px`;
  else if (props.height === "stretch") style.height = "100%";
  if (typeof props.width === "number") {
    style.width = `${props.width}px`;
    style.maxWidth = "100%";
  }
  return (
    <div className="rill-skeleton" style={style} role="status" aria-busy="true">
      <span className="rill-sr-only">Loading…</span>
    </div>
  );
}
