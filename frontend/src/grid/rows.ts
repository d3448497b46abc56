/**
 * Where the grid's rows come from. A `RowSource` answers a cell of row `r` in the current
 * sort order, and `origin(r)`: that row's position in the frame the app passed (what
 * selections and edits refer to). A `LocalSource` holds every row and sorts in the browser; a
 * `PagedSource` reads the pages of a `PageCache`, sorted by the server.
 */
import type { FieldInfo, Frame, Value } from "./arrow";
import type { PageCache, Sort } from "./paging";

export interface RowSource {
  readonly total: number;
  readonly fields: FieldInfo[];
  readonly paged: boolean;
  /** The cell, or undefined while its page is loading. */
  value(field: string, row: number): Value | undefined;
  /** The original position of row `row`, or null while it is loading. */
  origin(row: number): number | null;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

/** Compare two cell values for sorting (nulls go last either way: the caller handles them). */
export function compareValues(a: Value, b: Value): number {
  if (typeof a === "number" && typeof b === "number") {
    if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : 1;
    if (Number.isNaN(b)) return -1;
    return a - b;
  }
  if (
    (typeof a === "bigint" || typeof a === "number") &&
    (typeof b === "bigint" || typeof b === "number")
  ) {
    const x = BigInt(typeof a === "number" ? Math.trunc(a) : a);
    const y = BigInt(typeof b === "number" ? Math.trunc(b) : b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  const sa = typeof a === "object" ? JSON.stringify(a, bigintSafe) : String(a);
  const sb = typeof b === "object" ? JSON.stringify(b, bigintSafe) : String(b);
  return collator.compare(sa, sb);
}

function bigintSafe(_key: string, v: unknown): unknown {
  return typeof v === "bigint" ? v.toString() : v;
}

/** The row order that sorts `rows` rows by `get(row)` (stable; nulls last). */
export function sortOrder(
  rows: number,
  get: (row: number) => Value,
  order: "asc" | "desc",
): Int32Array {
  const values = new Array<Value>(rows);
  for (let i = 0; i < rows; i++) values[i] = get(i);
  const idx = Array.from({ length: rows }, (_, i) => i);
  const sign = order === "asc" ? 1 : -1;
  idx.sort((i, j) => {
    const a = values[i] as Value;
    const b = values[j] as Value;
    if (a === null || b === null) return a === b ? i - j : a === null ? 1 : -1;
    return sign * compareValues(a, b) || i - j;
  });
  return Int32Array.from(idx);
}

export class LocalSource implements RowSource {
  readonly paged = false;
  readonly total: number;
  readonly fields: FieldInfo[];
  private order: Int32Array | null = null;

  constructor(readonly frame: Frame) {
    this.total = frame.numRows;
    this.fields = frame.fields;
  }

  /** Sort by a field; `get` may read edited values instead of the frame's. */
  sorted(sort: Sort | null, get?: (field: string, origin: number) => Value): LocalSource {
    const next = new LocalSource(this.frame);
    if (sort) {
      const read = get ?? ((f: string, r: number) => this.frame.value(f, r));
      next.order = sortOrder(this.total, (r) => read(sort.field, r), sort.order);
    }
    return next;
  }

  origin(row: number): number {
    return this.order ? (this.order[row] ?? row) : row;
  }

  value(field: string, row: number): Value {
    return this.frame.value(field, this.origin(row));
  }
}

export class PagedSource implements RowSource {
  readonly paged = true;
  readonly total: number;
  readonly fields: FieldInfo[];

  constructor(
    readonly cache: PageCache,
    fields: FieldInfo[],
  ) {
    this.total = cache.total;
    this.fields = fields;
  }

  value(field: string, row: number): Value | undefined {
    const at = this.cache.locate(row);
    return at ? at.frame.value(field, at.index) : undefined;
  }

  origin(row: number): number | null {
    const at = this.cache.locate(row);
    if (!at) return null;
    return at.frame.rowId(at.index) ?? row;
  }
}
