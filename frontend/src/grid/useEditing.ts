/**
 * data_editor's editing callbacks for glide: cell edits (typed, pasted, cleared) checked by
 * `validate` with the reason kept for the person to read, rows added (the trailing row, the
 * toolbar, a paste past the end) and deleted (row markers + Delete, the toolbar). Each
 * accepted change replaces the `Edits` and hands the cumulative state to `commit`.
 */
import type {
  CompactSelection,
  EditListItem,
  EditableGridCell,
  GridCell,
  GridSelection,
  Item,
} from "@glideapps/glide-data-grid";
import { useCallback, useRef, useState } from "react";
import type { Value } from "./arrow";
import type { GridColumn } from "./columns";
import { cellValue, isEditable, parseText, toJson, validate, type Edits } from "./editing";
import type { GridData } from "./useGridData";

export interface Rejection {
  message: string;
}

interface Input {
  edits: Edits | null;
  setEdits: (next: Edits) => void;
  data: GridData;
  columns: GridColumn[];
  allColumns: GridColumn[];
  numRows: string | null | undefined;
  disabled: boolean | string[] | null | undefined;
}

function same(col: GridColumn, a: Value | undefined, b: Value): boolean {
  if (a === undefined) return false;
  return JSON.stringify(toJson(col, a)) === JSON.stringify(toJson(col, b));
}

export function useEditing({
  edits,
  setEdits,
  data,
  columns,
  allColumns,
  numRows,
  disabled,
}: Input) {
  const [rejected, setRejected] = useState<Rejection | null>(null);
  const pending = useRef<Rejection | null>(null);
  const canAdd = edits !== null && (numRows === "dynamic" || numRows === "add");
  const canDelete = edits !== null && (numRows === "dynamic" || numRows === "delete");

  /** Show (or clear) a rejection after the current render (glide validates while rendering). */
  const reject = useCallback((r: Rejection | null) => {
    pending.current = r;
    queueMicrotask(() => setRejected(pending.current));
  }, []);

  /** Apply `[col, row, value]` changes; rows past the end are added when that is allowed. */
  const apply = useCallback(
    (changes: [number, number, Value][]): boolean => {
      if (!edits) return false;
      const next = edits.clone();
      let error: string | null = null;
      let changed = false;
      const sourceRows = data.rows - edits.added.length;
      for (const [c, r, v] of changes) {
        const col = columns[c];
        if (!col) continue;
        while (r >= sourceRows + next.added.length) {
          if (!canAdd) break;
          next.addRow(allColumns);
          changed = true;
        }
        if (r >= sourceRows + next.added.length) continue;
        const problem = validate(col, v);
        if (problem) {
          error = problem;
          continue;
        }
        if (r >= sourceRows) {
          if (!isEditable(col, disabled)) continue;
          next.added[r - sourceRows]?.set(col.field, v);
          changed = true;
          continue;
        }
        if (!data.editable(col, r)) continue;
        const ref = data.at(r);
        const origin = data.source.origin(ref);
        if (origin === null) continue;
        if (same(col, data.source.value(col.field, ref), v)) {
          const cells = next.edited.get(origin);
          cells?.delete(col.field);
          if (cells?.size === 0) next.edited.delete(origin);
        } else {
          next.set(origin, col.field, v);
        }
        changed = true;
      }
      reject(error ? { message: error } : null);
      if (changed) setEdits(next);
      return changed;
    },
    [edits, data, columns, allColumns, canAdd, disabled, setEdits, reject],
  );

  const onCellsEdited = useCallback(
    (items: readonly EditListItem[]): boolean => {
      apply(
        items.flatMap(({ location: [c, r], value }) => {
          const col = columns[c];
          return col ? [[c, r, cellValue(col, value)] as [number, number, Value]] : [];
        }),
      );
      return true;
    },
    [apply, columns],
  );

  const validateCell = useCallback(
    ([c]: Item, value: EditableGridCell): boolean => {
      const col = columns[c];
      if (!col) return true;
      const problem = validate(col, cellValue(col, value as GridCell));
      reject(problem ? { message: problem } : null);
      return problem === null;
    },
    [columns, reject],
  );

  const onPaste = useCallback(
    ([c0, r0]: Item, values: readonly (readonly string[])[]): boolean => {
      const changes: [number, number, Value][] = [];
      let error: string | null = null;
      values.forEach((line, i) =>
        line.forEach((text, j) => {
          const col = columns[c0 + j];
          if (!col) return;
          const parsed = parseText(col, text);
          if ("error" in parsed) error = parsed.error;
          else changes.push([c0 + j, r0 + i, parsed.value]);
        }),
      );
      apply(changes);
      if (error) reject({ message: error });
      return false;
    },
    [apply, columns, reject],
  );

  const addRow = useCallback((): void => {
    if (!edits || !canAdd) return;
    const next = edits.clone();
    next.addRow(allColumns);
    setEdits(next);
  }, [edits, canAdd, allColumns, setEdits]);

  const deleteRows = useCallback(
    (rows: CompactSelection): boolean => {
      if (!edits || !canDelete || rows.length === 0) return false;
      const next = edits.clone();
      const added: number[] = [];
      for (const r of rows) {
        const ref = data.at(r);
        if (ref < 0) added.push(-ref - 1);
        else {
          const origin = data.source.origin(ref);
          if (origin !== null) next.deleted.add(origin);
        }
      }
      next.added = next.added.filter((_, i) => !added.includes(i));
      setEdits(next);
      return true;
    },
    [edits, canDelete, data, setEdits],
  );

  const onDelete = useCallback(
    (selection: GridSelection): boolean | GridSelection => {
      if (selection.rows.length > 0 && canDelete) {
        deleteRows(selection.rows);
        return false;
      }
      return true;
    },
    [canDelete, deleteRows],
  );

  return {
    rejected,
    clearRejected: () => setRejected(null),
    canAdd,
    canDelete,
    addRow,
    deleteRows,
    onCellsEdited,
    validateCell,
    onPaste,
    onDelete,
    onRowAppended: canAdd ? addRow : undefined,
  };
}
