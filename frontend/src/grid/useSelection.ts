/**
 * A dataframe's selection: glide's controlled selection, the value sent when it changes
 * (rows as original positions), a selection the server holds shown when this browser did not
 * send it, and clearing what a new sort would make mean other rows.
 */
import { CompactSelection, type GridSelection } from "@glideapps/glide-data-grid";
import { useCallback, useEffect, useRef, useState } from "react";
import type { GridColumn } from "./columns";
import type { Sort } from "./paging";
import {
  gridSelectionOf,
  normalizeSelection,
  sameSelection,
  selectionValue,
  type IncomingSelection,
  type SelectionOptions,
} from "./selection";
import type { SelectionState } from "./types";
import type { GridData } from "./useGridData";

export const EMPTY: GridSelection = {
  columns: CompactSelection.empty(),
  rows: CompactSelection.empty(),
};

interface Input {
  onSelection?: (value: SelectionState) => void;
  selected?: IncomingSelection | null;
  columns: GridColumn[];
  data: GridData;
  modes: SelectionOptions;
  sort: Sort | null;
}

export function useSelection({ onSelection, selected, columns, data, modes, sort }: Input) {
  const [selection, setSelection] = useState<GridSelection>(EMPTY);
  const sent = useRef<SelectionState | null>(null);

  const onSelectionChange = useCallback(
    (next: GridSelection) => {
      setSelection(next);
      if (!onSelection) return;
      const value = selectionValue(next, columns, data.origin, modes);
      if (sameSelection(sent.current, value)) return;
      sent.current = value;
      onSelection(value);
    },
    [onSelection, columns, data.origin, modes],
  );

  // A new sort moves rows: the selected rows would mean others. Columns stay where they were,
  // and so does the focused cell (unless cells are what is selected).
  const clearRows = useCallback(() => {
    setSelection((s) => ({
      rows: CompactSelection.empty(),
      columns: s.columns,
      current: modes.cells ? undefined : s.current,
    }));
    const last = sent.current?.selection;
    if (onSelection && last && last.rows.length + last.cells.length > 0) {
      const empty: SelectionState = { selection: { rows: [], columns: last.columns, cells: [] } };
      sent.current = empty;
      onSelection(empty);
    }
  }, [onSelection, modes.cells]);

  // A selection the server holds that this browser did not send (restored after a reconnect,
  // set from session_state) is shown.
  useEffect(() => {
    if (!onSelection || !selected) return;
    const value = normalizeSelection(selected);
    if (sameSelection(sent.current, value)) return;
    const { rows, columns: fields, cells } = value.selection;
    if (!sent.current && rows.length + fields.length + cells.length === 0) return;
    sent.current = value;
    const byOrigin = new Map<number, number>();
    if (!data.cache) {
      for (let r = 0; r < data.source.total; r++) {
        const o = data.origin(r);
        if (o !== null) byOrigin.set(o, r);
      }
    }
    // A paged frame shows row r at r until it is sorted (then where is not known here).
    const shown = (o: number): number | null =>
      data.cache ? (sort ? null : o) : (byOrigin.get(o) ?? null);
    setSelection(gridSelectionOf(value, columns, shown));
    // Only a new server value is news, not a re-layout.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected, onSelection]);

  return { selection, setSelection, onSelectionChange, clearRows };
}
