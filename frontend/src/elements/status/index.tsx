/**
 * `status`: a disclosure like `expander` whose header shows the state of a task: a spinner
 * while running, a check mark when complete, an error mark on error. The state is in the
 * button's text for screen readers too, and a change of state is announced.
 */
import { useEffect, useId, useRef, useState, type CSSProperties, type ReactNode } from "react";
import { Markdown } from "../../markdown/Markdown";
import { ElementList } from "../../render/ElementView";
import { IconCheck, IconChevron, IconError } from "../../render/icons";
import type { PropsOf } from "../../render/types";
import "../expander/expander.css";
import "./status.css";

export type StatusState = "running" | "complete" | "error";

/** What a screen reader hears for each state. */
export const STATE_TEXT: Record<StatusState, string> = {
  running: "running",
  complete: "complete",
  error: "error",
};

function StateIcon({ state }: { state: StatusState }): ReactNode {
  if (state === "running") return <span className="rill-spinner" aria-hidden="true" />;
  if (state === "error") return <IconError className="rill-status-icon-error" />;
  return <IconCheck className="rill-status-icon-complete" />;
}

function knownState(state: unknown): StatusState {
  return state === "complete" || state === "error" ? state : "running";
}

export default function Status({ element, props }: PropsOf<"status">): ReactNode {
  const state = knownState(props.state);
  const initial = props.expanded ?? false;
  const [open, setOpen] = useState(initial);
  const lastServer = useRef(initial);
  const lastState = useRef(state);
  const [announcement, setAnnouncement] = useState("");
  const id = useId();
  useEffect(() => {
    // The script may open or close it (`update(expanded=...)`); follow changes only, so the
    // user's own choice stays otherwise.
    if (initial !== lastServer.current) {
      lastServer.current = initial;
      setOpen(initial);
    }
  }, [initial]);
  useEffect(() => {
    if (state !== lastState.current) {
      lastState.current = state;
      setAnnouncement(`${props.label}: ${STATE_TEXT[state]}`);
    }
  }, [state, props.label]);
  const style: CSSProperties | undefined =
    typeof props.width === "number" ? { width: `${props.width}px`, maxWidth: "100%" } : undefined;
  return (
    <div
      className="rill-expander rill-status-container"
      data-open={open || undefined}
      data-state={state}
      style={style}
    >
      <button
        type="button"
        id={`${id}-summary`}
        className="rill-expander-summary"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="rill-status-icon">
          <StateIcon state={state} />
        </span>
        <Markdown body={props.label} inline className="rill-expander-label" />
        <span className="rill-sr-only"> ({STATE_TEXT[state]})</span>
        <IconChevron className="rill-expander-chevron" />
      </button>
      <div
        id={id}
        role="region"
        aria-labelledby={`${id}-summary`}
        className="rill-expander-content"
        hidden={!open}
      >
        <ElementList nodes={element.children} />
      </div>
      <span className="rill-sr-only" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
