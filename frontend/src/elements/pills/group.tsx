/**
 * A row of toggle buttons for one choice: what `pills`, `segmented_control` and `feedback`
 * draw. The group is one Tab stop (a roving tabindex); the arrow keys, Home and End move
 * between its buttons.
 *
 * - One option at most (`"single"`): an ARIA radio group. Moving with the arrow keys selects,
 *   as with native radio buttons; Space or Enter on the selected option clears the choice.
 * - Several (`"multi"`): a group of toggle buttons (`aria-pressed`). The arrow keys only move;
 *   Space or Enter toggles the focused option.
 */
import { useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from "react";

export type SelectionMode = "single" | "multi";

/** The selection after option `index` is toggled (a new option goes last, in `"multi"`). */
export function toggled(selected: number[], index: number, mode: SelectionMode): number[] {
  if (selected.includes(index)) return selected.filter((i) => i !== index);
  return mode === "single" ? [index] : [...selected, index];
}

/** Where a key moves the focus from `from` among `count` buttons, or null for other keys. */
export function moveTarget(key: string, from: number, count: number): number | null {
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
      return (from + 1) % count;
    case "ArrowLeft":
    case "ArrowUp":
      return (from - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}

/** The CSS of a `width` prop: the content's width, the container's, or pixels. */
export function widthStyle(width: "content" | "stretch" | number | undefined): CSSProperties {
  if (typeof width === "number") return { width: `${width}px`, maxWidth: "100%" };
  return width === "stretch" ? { width: "100%" } : { maxWidth: "100%" };
}

interface ToggleGroupProps {
  count: number;
  /** Selected positions, in the order they were selected. */
  selected: number[];
  mode: SelectionMode;
  onChange: (next: number[]) => void;
  /** What button `index` shows. */
  content: (index: number) => ReactNode;
  /** An accessible name for button `index` when its content has none (icons only). */
  name?: (index: number) => string | undefined;
  /** Drawn as selected without being so (the stars up to the chosen one). */
  lit?: (index: number) => boolean;
  /** The element naming the group, or a name. */
  labelledBy?: string;
  label?: string;
  disabled?: boolean;
  className: string;
  itemClassName: string;
  style?: CSSProperties;
}

export function ToggleGroup({
  count,
  selected,
  mode,
  onChange,
  content,
  name,
  lit,
  labelledBy,
  label,
  disabled,
  className,
  itemClassName,
  style,
}: ToggleGroupProps): ReactNode {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const [focused, setFocused] = useState<number | null>(null);
  const single = mode === "single";
  const current = focused !== null && focused < count ? focused : null;
  // Tab enters a radio group at its selected option; a toggle group where it was left.
  const tabStop = (single ? (selected[0] ?? current) : (current ?? selected[0])) ?? 0;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number): void => {
    const target = moveTarget(event.key, index, count);
    if (target === null || disabled) return;
    event.preventDefault();
    buttons.current[target]?.focus();
    setFocused(target);
    if (single && !selected.includes(target)) onChange([target]);
  };

  return (
    <div
      className={className}
      role={single ? "radiogroup" : "group"}
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : label}
      aria-disabled={disabled || undefined}
      style={style}
    >
      {Array.from({ length: count }, (_, i) => {
        const on = selected.includes(i);
        const state = single ? { role: "radio", "aria-checked": on } : { "aria-pressed": on };
        return (
          <button
            key={i}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            className={itemClassName}
            data-selected={on || undefined}
            data-lit={(lit?.(i) ?? false) || undefined}
            {...state}
            aria-label={name?.(i)}
            tabIndex={i === tabStop ? 0 : -1}
            disabled={disabled}
            onFocus={() => setFocused(i)}
            onKeyDown={(event) => onKeyDown(event, i)}
            onClick={() => onChange(toggled(selected, i, mode))}
          >
            {content(i)}
          </button>
        );
      })}
    </div>
  );
}

const ICON = /:material\/([a-z0-9_]+):/g;

/**
 * A name for an option label made only of `:material/...:` icons ("zoom in" for
 * `:material/zoom_in:`), which otherwise draws no text; undefined when it has text.
 */
export function iconOnlyName(label: string): string | undefined {
  if (label.replace(ICON, "").trim() !== "") return undefined;
  const names = [...label.matchAll(ICON)].map((m) => (m[1] ?? "").replace(/_/g, " "));
  return names.length ? names.join(" ") : undefined;
}
