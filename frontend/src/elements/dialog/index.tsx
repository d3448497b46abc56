/**
 * `dialog`: a modal dialog, open from the moment the server sends it until the user dismisses
 * it (Escape, the close button, a click on the backdrop; only when `dismissible`) or the next
 * run leaves it out. Each new send of the dialog (`element.rev`) opens it again.
 *
 * While open: focus moves into the dialog and stays there (Tab wraps around inside it), the
 * page behind does not scroll, and only one dialog is open. On closing, focus goes back where
 * it was. Widgets' dropdowns, drawn in portals (`[data-portal]`), count as inside.
 */
import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from "react";
import { Markdown } from "../../markdown/Markdown";
import { useWidgets } from "../../render/context";
import { ElementList } from "../../render/ElementView";
import { IconClose } from "../../render/icons";
import type { PropsOf } from "../../render/types";
import { fromOpenPopup, insideAny, tabbables } from "../popover/focus";
import "./dialog.css";

/** Open dialogs, newest last: opening one closes the others (one dialog at a time). */
const openDialogs: { close: () => void }[] = [];

export default function Dialog({ element, props }: PropsOf<"dialog">): ReactNode {
  const manager = useWidgets();
  const [closedRev, setClosedRev] = useState<number | null>(null);
  const open = closedRev !== element.rev;
  const rev = element.rev;
  const titleId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const dismissible = props.dismissible !== false;
  const trigger = element.children.find((c) => c.kind === "dialog_dismiss" && c.id);
  const body = element.children.filter((c) => c.kind !== "dialog_dismiss");
  const triggerId = trigger?.id ?? null;

  const dismiss = useCallback(() => {
    if (!dismissible) return;
    setClosedRev(rev);
    // on_dismiss="rerun" or a callback: the app reruns (all of it), with the trigger set.
    if (triggerId) manager.click(triggerId, null, false, null);
  }, [dismissible, rev, triggerId, manager]);

  useEffect(() => {
    if (!open) return;
    const entry = { close: () => setClosedRev(rev) };
    for (const other of openDialogs.splice(0)) other.close();
    openDialogs.push(entry);
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    panelRef.current?.focus();
    const root = document.documentElement;
    const overflow = root.style.overflow;
    root.style.overflow = "hidden";
    const onFocusIn = (event: FocusEvent): void => {
      const panel = panelRef.current;
      if (panel && !insideAny(event.target, [panel])) panel.focus();
    };
    document.addEventListener("focusin", onFocusIn);
    return () => {
      document.removeEventListener("focusin", onFocusIn);
      const at = openDialogs.indexOf(entry);
      if (at >= 0) openDialogs.splice(at, 1);
      root.style.overflow = overflow;
      if (previous?.isConnected) previous.focus();
    };
  }, [open, rev]);

  if (!open) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const panel = panelRef.current;
    if (!panel) return;
    if (event.key === "Escape") {
      // An open dropdown of a widget inside takes Escape for itself.
      if (fromOpenPopup(event.target)) return;
      event.stopPropagation();
      dismiss();
      return;
    }
    if (event.key !== "Tab") return;
    const items = tabbables(panel);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === panel)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div
      className="rill-dialog-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) dismiss();
      }}
    >
      <div
        ref={panelRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="rill-dialog"
        data-width={props.width ?? "small"}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <div className="rill-dialog-header">
          <Markdown as="h2" body={props.title} inline id={titleId} className="rill-dialog-title" />
          {dismissible ? (
            <button
              type="button"
              className="rill-icon-button rill-dialog-close"
              aria-label="Close"
              onClick={dismiss}
            >
              <IconClose />
            </button>
          ) : null}
        </div>
        <div className="rill-block rill-dialog-body">
          <ElementList nodes={body} />
        </div>
      </div>
    </div>
  );
}
