/**
 * `spinner`: a spinning ring and a message while a block of code runs. It appears only after
 * half a second, so that quick blocks do not flicker; with `show_time`, the seconds since it
 * was put on the page count up next to the message.
 */
import type { CSSProperties, ReactNode } from "react";
import { Markdown } from "../../markdown/Markdown";
import type { PropsOf } from "../../render/types";
import { useAfter, useElapsed } from "./timing";
import "./spinner.css";

/** How long a spinner waits before it shows, in milliseconds. */
export const SPINNER_DELAY = 500;

export default function Spinner({ props }: PropsOf<"spinner">): ReactNode {
  const shown = useAfter(SPINNER_DELAY);
  const showTime = props.show_time ?? false;
  const elapsed = useElapsed(shown && showTime);
  const width = props.width ?? "content";
  const style: CSSProperties | undefined =
    typeof width === "number" ? { width: `${width}px`, maxWidth: "100%" } : undefined;
  // The live region is on the page from the start and filled when the spinner shows, so a
  // screen reader announces the message once (the ticking time is not read out).
  return (
    <div
      className="rill-spinner-element"
      data-width={typeof width === "number" ? "fixed" : width}
      style={style}
      role="status"
    >
      {shown ? (
        <>
          <span className="rill-spinner" aria-hidden="true" />
          <Markdown body={props.text} className="rill-spinner-text" />
          {showTime ? (
            <span className="rill-spinner-time" aria-hidden="true">
              ({elapsed.toFixed(1)} seconds)
            </span>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
