/**
 * The grid's toolbar: shown while the pointer is over the grid or focus is inside it, every
 * button a real, named button reachable by Tab. Add / delete rows (data_editor), download as
 * CSV, search, full screen, and a menu to show or hide columns.
 */
import { Checkbox, Popover, Tooltip } from "@mantine/core";
import type { ReactNode } from "react";
import type { ColumnSpec } from "./types";
import {
  IconAdd,
  IconCollapse,
  IconColumns,
  IconDownload,
  IconExpand,
  IconSearch,
  IconTrash,
} from "./icons";

export interface ToolbarProps {
  /** Shown columns a person may hide or show again (every column but the app's hidden ones). */
  columns: ColumnSpec[];
  hidden: Record<string, boolean>;
  onToggleColumn: (field: string, shown: boolean) => void;
  onDownload: () => void;
  downloading: string | null;
  onSearch: () => void;
  fullscreen: boolean;
  onFullscreen: () => void;
  onAddRow?: () => void;
  /** Delete the selected rows; undefined when there is nothing to delete. */
  onDeleteRows?: () => void;
}

function Button({
  label,
  onClick,
  children,
  pressed,
  disabled,
}: {
  label: string;
  onClick?: () => void;
  children: ReactNode;
  pressed?: boolean;
  disabled?: boolean;
}): ReactNode {
  return (
    <Tooltip label={label} withinPortal openDelay={300}>
      <button
        type="button"
        className="rill-grid-tool"
        aria-label={label}
        aria-pressed={pressed}
        disabled={disabled}
        onClick={onClick}
      >
        {children}
      </button>
    </Tooltip>
  );
}

export function Toolbar(p: ToolbarProps): ReactNode {
  return (
    <div className="rill-grid-toolbar" role="toolbar" aria-label="Table actions">
      {p.onAddRow ? (
        <Button label="Add row" onClick={p.onAddRow}>
          <IconAdd />
        </Button>
      ) : null}
      {p.onDeleteRows ? (
        <Button label="Delete selected rows" onClick={p.onDeleteRows}>
          <IconTrash />
        </Button>
      ) : null}
      <Popover withinPortal position="bottom-end" trapFocus shadow="md">
        <Popover.Target>
          <button type="button" className="rill-grid-tool" aria-label="Show or hide columns">
            <IconColumns />
          </button>
        </Popover.Target>
        <Popover.Dropdown>
          <div className="rill-grid-columns" role="group" aria-label="Columns shown">
            {p.columns.map((c) => (
              <Checkbox
                key={c.field}
                size="xs"
                label={c.label || (c.kind === "index" ? "Index" : c.field)}
                checked={p.hidden[c.field] !== true}
                onChange={(e) => p.onToggleColumn(c.field, e.currentTarget.checked)}
              />
            ))}
          </div>
        </Popover.Dropdown>
      </Popover>
      <Button
        label={p.downloading ? `Downloading (${p.downloading})` : "Download as CSV"}
        onClick={p.onDownload}
        disabled={p.downloading !== null}
      >
        <IconDownload />
      </Button>
      <Button label="Search" onClick={p.onSearch}>
        <IconSearch />
      </Button>
      <Button
        label={p.fullscreen ? "Exit full screen" : "Full screen"}
        onClick={p.onFullscreen}
        pressed={p.fullscreen}
      >
        {p.fullscreen ? <IconCollapse /> : <IconExpand />}
      </Button>
    </div>
  );
}
