/**
 * A column's menu (its header's menu button, or Shift+F10 on one of its cells): sort, pin,
 * hide, and the column's help text. And the help tooltip shown while hovering a header.
 */
import { Menu } from "@mantine/core";
import type { ReactNode } from "react";
import { Markdown } from "../markdown/Markdown";
import type { GridColumn } from "./columns";
import type { Sort } from "./paging";

export interface Anchor {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface HeaderMenuProps {
  column: GridColumn | null;
  anchor: Anchor | null;
  sort: Sort | null;
  onClose: () => void;
  onSort: (sort: Sort | null) => void;
  onPin: (pinned: boolean) => void;
  onHide: () => void;
}

export function HeaderMenu(p: HeaderMenuProps): ReactNode {
  const col = p.column;
  if (!col || !p.anchor) return null;
  const sorted = p.sort?.field === col.field ? p.sort.order : null;
  return (
    <Menu
      opened
      onChange={(open) => (open ? undefined : p.onClose())}
      position="bottom-end"
      withinPortal
      returnFocus={false}
      withInitialFocusPlaceholder={false}
    >
      <Menu.Target>
        {/* Where the menu opens: over the column's header (drawn on the canvas). */}
        <button
          type="button"
          tabIndex={-1}
          className="rill-grid-anchor"
          aria-label={`${col.title || "Index"} column menu`}
          style={{
            left: p.anchor.x,
            top: p.anchor.y,
            width: p.anchor.width,
            height: p.anchor.height,
          }}
        />
      </Menu.Target>
      <Menu.Dropdown aria-label={`${col.title || "Index"} column`}>
        {col.spec.help ? (
          <div className="rill-grid-menu-help">
            <Markdown body={col.spec.help} />
          </div>
        ) : null}
        <Menu.Item
          onClick={() => p.onSort({ field: col.field, order: "asc" })}
          disabled={sorted === "asc"}
        >
          Sort ascending
        </Menu.Item>
        <Menu.Item
          onClick={() => p.onSort({ field: col.field, order: "desc" })}
          disabled={sorted === "desc"}
        >
          Sort descending
        </Menu.Item>
        {sorted ? <Menu.Item onClick={() => p.onSort(null)}>Clear sort</Menu.Item> : null}
        <Menu.Divider />
        <Menu.Item onClick={() => p.onPin(!col.pinned)}>
          {col.pinned ? "Unpin column" : "Pin column"}
        </Menu.Item>
        <Menu.Item onClick={p.onHide}>Hide column</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** The help text of a header, shown while the pointer is over it. */
export function HeaderHelp({
  text,
  anchor,
}: {
  text: string | null;
  anchor: Anchor | null;
}): ReactNode {
  if (!text || !anchor) return null;
  return (
    <div
      className="rill-grid-help"
      role="tooltip"
      style={{ left: anchor.x, top: anchor.y + anchor.height + 4 }}
    >
      <Markdown body={text} />
    </div>
  );
}

/** The next sort when a header is clicked: ascending, then descending, then none. */
export function nextSort(current: Sort | null, field: string): Sort | null {
  if (current?.field !== field) return { field, order: "asc" };
  return current.order === "asc" ? { field, order: "desc" } : null;
}
