/**
 * `json`: a JSON document as a tree view (the WAI-ARIA tree pattern).
 *
 * The tree is one tab stop. Up and Down move between visible lines, Right opens a closed
 * object or array (or moves to its first entry), Left closes it (or moves to its parent),
 * Home and End jump to the first and last line, Enter and Space open or close, `*` opens
 * every sibling. `expanded` sets how many levels start open (true: all, false: none).
 */
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from "react";
import { IconChevron } from "../../render/icons";
import type { PropsOf } from "../../render/types";
import { CopyButton } from "../code";
import "../text/text.css";
import "./json.css";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One line of the tree: an entry, or the closing bracket of an open object or array. */
type Row =
  | {
      kind: "item";
      id: string;
      parent: string | null;
      depth: number;
      name: string | null;
      isIndex: boolean;
      value: Json;
      size: number;
      position: number;
      count: number;
      open: boolean;
    }
  | { kind: "close"; id: string; depth: number; bracket: string };

function entriesOf(value: Json): [string, Json][] {
  if (Array.isArray(value)) return value.map((v, i) => [String(i), v]);
  if (value !== null && typeof value === "object") return Object.entries(value);
  return [];
}

function isContainer(value: Json): value is Json[] | { [key: string]: Json } {
  return value !== null && typeof value === "object";
}

/** The lines shown: entries below open containers, depth first. */
function visibleRows(root: Json, isOpen: (id: string, depth: number) => boolean): Row[] {
  const rows: Row[] = [];
  const visit = (
    id: string,
    parent: string | null,
    depth: number,
    name: string | null,
    isIndex: boolean,
    value: Json,
    position: number,
    size: number,
  ): void => {
    const entries = entriesOf(value);
    const open = isContainer(value) && entries.length > 0 && isOpen(id, depth);
    rows.push({
      kind: "item",
      id,
      parent,
      depth,
      name,
      isIndex,
      value,
      size,
      position,
      count: entries.length,
      open,
    });
    if (!open) return;
    const array = Array.isArray(value);
    entries.forEach(([key, child], i) =>
      visit(`${id}.${i}`, id, depth + 1, key, array, child, i + 1, entries.length),
    );
    rows.push({ kind: "close", id: `${id}/`, depth, bracket: array ? "]" : "}" });
  };
  visit("r", null, 0, null, false, root, 1, 1);
  return rows;
}

function Scalar({ value }: { value: Json }): ReactNode {
  if (value === null) return <span className="rill-json-null">null</span>;
  if (typeof value === "string")
    return <span className="rill-json-string">{JSON.stringify(value)}</span>;
  if (typeof value === "number") return <span className="rill-json-number">{String(value)}</span>;
  return <span className="rill-json-bool">{String(value)}</span>;
}

function sizeText(value: Json, count: number): string {
  return Array.isArray(value)
    ? `${count} ${count === 1 ? "item" : "items"}`
    : `${count} ${count === 1 ? "key" : "keys"}`;
}

/** What a screen reader hears for an entry: its key and a short description of its value. */
function label(row: Extract<Row, { kind: "item" }>): string {
  const { value, count } = row;
  // The visible text comes first (WCAG 2.5.3, label in name), then what the brackets mean.
  const what = isContainer(value)
    ? `${sizeText(value, count)}, ${Array.isArray(value) ? "array" : "object"}`
    : JSON.stringify(value);
  return row.name === null ? what : `${row.name}: ${what}`;
}

function Tree({ root, open }: { root: Json; open: number }): ReactNode {
  const [toggled, setToggled] = useState<Map<string, boolean>>(() => new Map());
  const [active, setActive] = useState("r");
  const treeRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const rows = useMemo(
    () => visibleRows(root, (id, depth) => toggled.get(id) ?? depth < open),
    [root, open, toggled],
  );
  const items = rows.filter((r): r is Extract<Row, { kind: "item" }> => r.kind === "item");
  const focused = items.find((r) => r.id === active) ?? items[0];

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    treeRef.current?.querySelector<HTMLElement>(`[data-id="${active}"]`)?.focus();
  }, [active, rows]);

  const setOpen = (id: string, value: boolean): void =>
    setToggled((prev) => new Map(prev).set(id, value));
  const focus = (id: string | undefined): void => {
    if (id === undefined) return;
    moved.current = true;
    setActive(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    // The line that has focus, even if it got it without a click (a screen reader's cursor).
    const target = (event.target as HTMLElement).closest<HTMLElement>("[data-id]");
    const current = items.find((r) => r.id === target?.dataset.id) ?? focused;
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = items.indexOf(current);
    const expandable = isContainer(current.value) && current.count > 0;
    switch (event.key) {
      case "ArrowDown":
        focus(items[index + 1]?.id);
        break;
      case "ArrowUp":
        focus(items[index - 1]?.id);
        break;
      case "Home":
        focus(items[0]?.id);
        break;
      case "End":
        focus(items[items.length - 1]?.id);
        break;
      case "ArrowRight":
        if (expandable && !current.open) setOpen(current.id, true);
        else if (current.open) focus(items[index + 1]?.id);
        break;
      case "ArrowLeft":
        if (current.open) setOpen(current.id, false);
        else focus(current.parent ?? undefined);
        break;
      case "Enter":
      case " ":
        if (expandable) setOpen(current.id, !current.open);
        break;
      case "*":
        setToggled((prev) => {
          const next = new Map(prev);
          for (const r of items)
            if (r.parent === current.parent && isContainer(r.value) && r.count > 0)
              next.set(r.id, true);
          return next;
        });
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div
      ref={treeRef}
      role="tree"
      aria-label="JSON"
      className="rill-json-tree"
      onKeyDown={onKeyDown}
    >
      {rows.map((row) => {
        const indent: CSSProperties = { paddingLeft: `${row.depth * 1.1 + 1.1}rem` };
        if (row.kind === "close") {
          return (
            <div key={row.id} className="rill-json-line" style={indent} aria-hidden="true">
              {row.bracket}
            </div>
          );
        }
        const expandable = isContainer(row.value) && row.count > 0;
        const array = Array.isArray(row.value);
        const key =
          row.name !== null ? (
            <span className="rill-json-key">
              {row.isIndex ? `${row.name}: ` : `${JSON.stringify(row.name)}: `}
            </span>
          ) : null;
        let body: ReactNode;
        if (!isContainer(row.value)) body = <Scalar value={row.value} />;
        else if (row.count === 0) body = array ? "[]" : "{}";
        else
          body = (
            <>
              {array ? "[" : "{"}
              {row.open ? null : (
                <span className="rill-json-summary">
                  {` ${sizeText(row.value, row.count)} `}
                  {array ? "]" : "}"}
                </span>
              )}
            </>
          );
        return (
          <div
            key={row.id}
            data-id={row.id}
            role="treeitem"
            aria-level={row.depth + 1}
            aria-setsize={row.size}
            aria-posinset={row.position}
            aria-expanded={expandable ? row.open : undefined}
            aria-label={label(row)}
            tabIndex={row.id === focused?.id ? 0 : -1}
            className="rill-json-line rill-json-item"
            data-expandable={expandable || undefined}
            style={indent}
            onFocus={() => setActive(row.id)}
            onClick={() => {
              setActive(row.id);
              if (expandable) setOpen(row.id, !row.open);
            }}
          >
            {expandable ? <IconChevron className="rill-json-chevron" /> : null}
            {key}
            {body}
          </div>
        );
      })}
    </div>
  );
}

function widthStyle(width: string | number | undefined): CSSProperties {
  if (typeof width === "number") return { width: `${width}px`, maxWidth: "100%" };
  if (width === "content") return { width: "fit-content", maxWidth: "100%" };
  return {};
}

export default function JsonView({ props }: PropsOf<"json">): ReactNode {
  const parsed = useMemo((): { ok: true; value: Json } | { ok: false } => {
    try {
      return { ok: true, value: JSON.parse(props.body) as Json };
    } catch {
      return { ok: false };
    }
  }, [props.body]);
  if (!parsed.ok) return <pre className="rill-text">{props.body}</pre>;
  const expanded = props.expanded ?? true;
  const open = expanded === true ? Infinity : expanded === false ? 0 : expanded;
  return (
    <div className="rill-json" style={widthStyle(props.width)}>
      {/* A new document or depth from the script starts a fresh tree. */}
      <Tree key={`${open}:${props.body}`} root={parsed.value} open={open} />
      <CopyButton text={props.body} />
    </div>
  );
}
