/**
 * `popover`: a button that opens a floating panel holding the block's children.
 *
 * The panel stays in the DOM right after its button (so Tab order runs from the button into
 * it and on to what follows), drawn with `position: fixed` next to the button so that no
 * scrolling or clipping ancestor cuts it off. Opening moves focus into it; Escape, a click
 * outside or the button close it, and Escape gives focus back to the button. Dropdowns that
 * widgets inside open in a portal (`[data-portal]`) count as inside. Opening and closing run
 * nothing on the server; the panel keeps its state across reruns.
 */
import { Button as MantineButton, Tooltip } from "@mantine/core";
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
} from "react";
import { Markdown } from "../../markdown/Markdown";
import { ElementList } from "../../render/ElementView";
import { EmojiIcon, isDrawableIcon } from "../../render/EmojiIcon";
import type { PropsOf } from "../../render/types";
import { fromOpenPopup, insideAny, tabbables } from "./focus";
import "./popover.css";

const VARIANTS = { primary: "filled", secondary: "default", tertiary: "subtle" } as const;
const MARGIN = 8;

/** Where the panel goes: below the button (above if there is more room there), on screen. */
function place(button: HTMLElement, panel: HTMLElement): CSSProperties {
  const anchor = button.getBoundingClientRect();
  const width = panel.offsetWidth;
  const height = panel.offsetHeight;
  const below = window.innerHeight - anchor.bottom;
  const above = anchor.top;
  const top =
    below < height + MARGIN && above > below
      ? Math.max(MARGIN, anchor.top - height - 4)
      : anchor.bottom + 4;
  const left = Math.max(MARGIN, Math.min(anchor.left, window.innerWidth - width - MARGIN));
  return { top, left, minWidth: anchor.width };
}

export default function Popover({ element, props }: PropsOf<"popover">): ReactNode {
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState<CSSProperties>({});
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const disabled = props.disabled === true;

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }, []);

  useLayoutEffect(() => {
    if (!open) return;
    const update = (): void => {
      const button = buttonRef.current;
      const panel = panelRef.current;
      if (button && panel) setPosition(place(button, panel));
    };
    update();
    window.addEventListener("resize", update);
    window.addEventListener("scroll", update, true);
    return () => {
      window.removeEventListener("resize", update);
      window.removeEventListener("scroll", update, true);
    };
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const panel = panelRef.current;
    if (panel) (tabbables(panel)[0] ?? panel).focus();
    const onPointer = (event: PointerEvent): void => {
      if (!insideAny(event.target, [panelRef.current, buttonRef.current])) close(false);
    };
    document.addEventListener("pointerdown", onPointer, true);
    return () => document.removeEventListener("pointerdown", onPointer, true);
  }, [open, close]);

  useEffect(() => {
    if (disabled) setOpen(false);
  }, [disabled]);

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== "Escape" || !open) return;
    // An open dropdown of a widget inside takes Escape for itself.
    if (fromOpenPopup(event.target)) return;
    event.stopPropagation();
    close(true);
  };
  const onBlur = (event: FocusEvent): void => {
    // Tabbing out of the panel (or the button) closes it; losing focus to nothing does not.
    const next = event.relatedTarget;
    if (open && next && !insideAny(next, [panelRef.current, buttonRef.current])) close(false);
  };

  const width = props.width ?? "content";
  const button = (
    <MantineButton
      ref={buttonRef}
      id={`${id}-button`}
      variant={VARIANTS[props.type ?? "secondary"]}
      className="rill-button rill-popover-button"
      data-type={props.type ?? "secondary"}
      disabled={disabled}
      fullWidth={width !== "content"}
      aria-haspopup="dialog"
      aria-expanded={open}
      aria-controls={id}
      leftSection={isDrawableIcon(props.icon) ? <EmojiIcon icon={props.icon} /> : undefined}
      rightSection={<span className="rill-popover-chevron" aria-hidden="true" />}
      onClick={() => setOpen((o) => !o)}
    >
      <Markdown body={props.label} inline />
    </MantineButton>
  );
  return (
    <div
      className="rill-popover"
      data-width={typeof width === "number" ? "pixels" : width}
      style={typeof width === "number" ? { width: `${width}px` } : undefined}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      {props.help ? (
        <Tooltip label={<Markdown body={props.help} inline />} multiline maw={320} withArrow>
          {button}
        </Tooltip>
      ) : (
        button
      )}
      <div
        ref={panelRef}
        id={id}
        role="dialog"
        aria-labelledby={`${id}-button`}
        className="rill-popover-panel"
        hidden={!open}
        tabIndex={-1}
        style={position}
      >
        <div className="rill-block rill-popover-body">
          <ElementList nodes={element.children} />
        </div>
      </div>
    </div>
  );
}
