/**
 * `toast`: a short message in the page's bottom-right corner that goes away after its
 * `duration` (seconds; null: when dismissed). Hovering or focusing it holds it; its close
 * button or Escape dismisses it. Each toast is a polite live region, mounted empty and filled
 * right after, so screen readers announce it without interrupting.
 */
import { useEffect, useRef, useState, type FocusEvent, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { Markdown } from "../../markdown/Markdown";
import { EmojiIcon } from "../../render/EmojiIcon";
import { IconClose } from "../../render/icons";
import type { PropsOf } from "../../render/types";
import { useAfter } from "../spinner/timing";
import { toastStack } from "./stack";
import "./toast.css";

export default function Toast({ element, props }: PropsOf<"toast">): ReactNode {
  const filled = useAfter(0);
  const [dismissed, setDismissed] = useState(false);
  // A later run that shows a toast here again shows a new toast, even if this one was
  // dismissed; `handle.toast(...)` in the same run changes this one only while it is up.
  const [run, setRun] = useState(element.runId);
  if (run !== element.runId) {
    setRun(element.runId);
    setDismissed(false);
  }
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const cameFrom = useRef<HTMLElement | null>(null);
  const duration = props.duration === undefined ? 4 : props.duration;

  useEffect(() => {
    if (dismissed || hovered || focused || duration === null) return;
    const timer = setTimeout(() => setDismissed(true), duration * 1000);
    return () => clearTimeout(timer);
  }, [dismissed, hovered, focused, duration, element.rev]);

  const dismiss = (): void => {
    setDismissed(true);
    // Focus was in the toast: give it back to where it came from rather than to the page.
    const back = cameFrom.current;
    if (back?.isConnected) back.focus();
  };
  const onFocus = (e: FocusEvent<HTMLDivElement>): void => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) {
      cameFrom.current = e.relatedTarget instanceof HTMLElement ? e.relatedTarget : null;
    }
    setFocused(true);
  };
  const onBlur = (e: FocusEvent<HTMLDivElement>): void => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
  };

  if (dismissed) return null;
  const icon = props.icon ?? null;
  return createPortal(
    <div
      className="rill-toast-card"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={onFocus}
      onBlur={onBlur}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          dismiss();
        }
      }}
    >
      {filled ? (
        <>
          {icon === "spinner" ? (
            <span className="rill-toast-icon">
              <span className="rill-spinner" aria-hidden="true" />
            </span>
          ) : icon ? (
            <span className="rill-toast-icon">
              <EmojiIcon icon={icon} />
            </span>
          ) : null}
          <Markdown body={props.body} className="rill-toast-body" />
          <button
            type="button"
            className="rill-toast-close"
            aria-label="Close notification"
            onClick={dismiss}
          >
            <IconClose />
          </button>
        </>
      ) : null}
    </div>,
    toastStack(),
  );
}
