/** `progress`: a bar filled to `value` percent, with an optional label above it. */
import { useId, type CSSProperties, type ReactNode } from "react";
import { Markdown } from "../../markdown/Markdown";
import type { PropsOf } from "../../render/types";
import "./progress.css";

/** The fill in whole percent, whatever the server sent. */
export function percent(value: unknown): number {
  const n = typeof value === "number" && Number.isFinite(value) ? Math.round(value) : 0;
  return Math.min(100, Math.max(0, n));
}

export default function Progress({ props }: PropsOf<"progress">): ReactNode {
  const id = useId();
  const value = percent(props.value);
  const text = props.text ?? "";
  const style: CSSProperties | undefined =
    typeof props.width === "number" ? { width: `${props.width}px`, maxWidth: "100%" } : undefined;
  return (
    <div className="rill-progress" style={style}>
      {text ? (
        <Markdown body={text} inline as="div" className="rill-progress-text" id={`${id}-label`} />
      ) : null}
      <div
        className="rill-progress-track"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={`${value}%`}
        aria-labelledby={text ? `${id}-label` : undefined}
        aria-label={text ? undefined : "Progress"}
      >
        <div className="rill-progress-fill" style={{ width: `${value}%` }} />
      </div>
    </div>
  );
}
