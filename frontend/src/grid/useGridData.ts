/**
 * The grid's rows and cells: the decoded frame, local sorting or the page cache, the edits
 * laid over them (deleted rows hidden, added rows at the end), and `getCellContent`.
 */
import type { GridCell, Item, Theme } from "@glideapps/glide-data-grid";
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { Frame, Value } from "./arrow";
import { loadingCell, makeCell } from "./cells";
import type { GridColumn } from "./columns";
import { isEditable, type Edits } from "./editing";
import { PageCache, type Sort } from "./paging";
import { LocalSource, PagedSource, type RowSource } from "./rows";
import type { GridInputProps } from "./types";

/** A shown row: a row of the source (>= 0) or added row `-(n + 1)`. */
export type RowRef = number;

export interface GridData {
  source: RowSource;
  cache: PageCache | null;
  rows: number;
  at: (row: number) => RowRef;
  /** Original position of a shown row (null: an added row, or still loading). */
  origin: (row: number) => number | null;
  /** The value of a cell as shown (edits applied), undefined while loading. */
  value: (col: GridColumn, row: number) => Value | undefined;
  getCellContent: (cell: Item) => GridCell;
  editable: (col: GridColumn, row: number) => boolean;
  /** The grid shows rows [start, stop) (a paged frame fetches what it lacks there). */
  showing: (start: number, stop: number) => void;
}

interface Input {
  props: GridInputProps;
  frame: Frame;
  columns: GridColumn[];
  sort: Sort | null;
  edits: Edits | null;
  theme: Partial<Theme> | undefined;
}

export function useGridData({ props, frame, columns, sort, edits, theme }: Input): GridData {
  const [version, bump] = useReducer((n: number) => n + 1, 0);
  const paged = Boolean(props.page_url) && props.total_rows > frame.numRows;

  const cache = useMemo(
    () =>
      paged
        ? new PageCache({
            url: props.page_url as string,
            total: props.total_rows,
            first: frame,
            onChange: bump,
          })
        : null,
    [paged, props.page_url, props.total_rows, frame],
  );
  useEffect(() => () => cache?.dispose(), [cache]);

  // The rows the grid shows (with a margin): fetched on scroll, and again after a new sort
  // (the grid did not move, so it reports no new region).
  const region = useRef<[number, number] | null>(null);
  const showing = useCallback(
    (start: number, stop: number) => {
      region.current = [start, stop];
      cache?.want(start, stop);
    },
    [cache],
  );

  const local = useMemo(() => new LocalSource(frame), [frame]);
  const source: RowSource = useMemo(() => {
    if (cache) {
      cache.setSort(sort);
      return new PagedSource(cache, frame.fields);
    }
    const get = edits
      ? (field: string, r: number): Value =>
          edits.has(r, field) ? (edits.get(r, field) as Value) : frame.value(field, r)
      : undefined;
    return local.sorted(sort, get);
  }, [cache, local, sort, edits, frame]);

  useEffect(() => {
    if (cache && region.current) cache.want(...region.current);
  }, [cache, source]);

  // Shown rows: a paged frame keeps deleted rows in place (drawn faded); a local one hides them.
  const shown = useMemo(() => {
    if (!edits || edits.deleted.size === 0 || source.paged) return null;
    const keep: number[] = [];
    for (let r = 0; r < source.total; r++) {
      if (!edits.deleted.has(source.origin(r) as number)) keep.push(r);
    }
    return Int32Array.from(keep);
  }, [edits, source]);

  const sourceRows = shown ? shown.length : source.total;
  const rows = sourceRows + (edits?.added.length ?? 0);
  const at = useCallback(
    (row: number): RowRef =>
      row < sourceRows ? (shown ? (shown[row] as number) : row) : -(row - sourceRows + 1),
    [shown, sourceRows],
  );
  const origin = useCallback(
    (row: number): number | null => {
      const ref = at(row);
      return ref < 0 ? null : source.origin(ref);
    },
    // `version`: a page arriving changes what a row's origin is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [at, source, version],
  );

  const value = useCallback(
    (col: GridColumn, row: number): Value | undefined => {
      const ref = at(row);
      if (ref < 0) return edits?.added[-ref - 1]?.get(col.field) ?? null;
      const v = source.value(col.field, ref);
      if (v === undefined) return undefined;
      const o = source.origin(ref);
      if (edits && o !== null && edits.has(o, col.field)) return edits.get(o, col.field) as Value;
      return v;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [at, source, edits, version],
  );

  const editorProps = edits ? props.disabled : true;
  const editable = useCallback(
    (col: GridColumn, row: number): boolean => {
      if (!edits || !isEditable(col, editorProps)) return false;
      const ref = at(row);
      if (ref < 0) return true;
      const o = source.origin(ref);
      return o !== null && !edits.deleted.has(o);
    },
    [edits, editorProps, at, source],
  );

  const styles = source.paged ? null : props.styles;
  const faded = theme?.textLight;
  const deletedBg = theme?.bgCellMedium;
  const getCellContent = useCallback(
    ([c, row]: Item): GridCell => {
      const col = columns[c];
      if (!col) return loadingCell();
      const v = value(col, row);
      if (v === undefined) return loadingCell();
      const ref = at(row);
      const o = ref < 0 ? null : source.origin(ref);
      const edited = edits !== null && o !== null && edits.has(o, col.field);
      const styled = styles && o !== null && !edited;
      const deleted = edits !== null && o !== null && edits.deleted.has(o);
      return makeCell(col, v, {
        editable: editable(col, row),
        placeholder: props.placeholder,
        display: styled ? styles.display?.[col.field]?.[o] : null,
        color: styled ? styles.color?.[col.field]?.[o] : deleted ? faded : null,
        background: styled ? styles.background?.[col.field]?.[o] : deleted ? deletedBg : null,
        faded,
      });
    },
    [columns, value, at, source, edits, styles, editable, props.placeholder, faded, deletedBg],
  );

  return { source, cache, rows, at, origin, value, getCellContent, editable, showing };
}
