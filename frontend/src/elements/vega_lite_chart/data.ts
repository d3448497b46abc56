/**
 * A chart's datasets: Arrow IPC streams (the server's `datasets` blobs) → the plain row objects
 * Vega draws. Columns are read batch by batch (typed arrays where there are no nulls); 64-bit
 * integers become numbers; timestamps and dates become epoch milliseconds.
 *
 * Time zones keep their meaning: an aware timestamp is an instant, shown in the viewer's local
 * time like any Vega date; a naive one (no time zone in Arrow) is a wall-clock time, so it is
 * moved to the local instant that shows the same clock reading, whatever the viewer's zone.
 */
import { tableFromIPC, Type, type DataType, type Vector } from "apache-arrow";

export type Row = Record<string, unknown>;

/** The local instant whose wall clock reads what the UTC clock reads at `ms`. */
export function naiveToLocal(ms: number): number {
  // Two passes: the offset that applies is the one at the local instant, not at `ms`
  // (they differ within hours of a daylight-saving change).
  const first = ms + new Date(ms).getTimezoneOffset() * 60_000;
  return ms + new Date(first).getTimezoneOffset() * 60_000;
}

function isNaive(type: DataType): boolean {
  if (type.typeId === Type.Timestamp) return !(type as { timezone?: string | null }).timezone;
  return type.typeId === Type.Date;
}

function plain(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (value !== null && typeof value === "object") {
    const json = (value as { toJSON?: () => unknown }).toJSON;
    if (typeof json === "function") return json.call(value);
  }
  return value;
}

/** One column of one batch as an array of plain values. */
function columnValues(vector: Vector, type: DataType): ArrayLike<unknown> {
  const n = vector.length;
  const id = type.typeId;
  if ((id === Type.Float || id === Type.Int) && vector.nullCount === 0) {
    const typed = vector.toArray() as ArrayLike<number | bigint>;
    if (typed.length === n && typeof typed[0] !== "bigint") return typed as ArrayLike<number>;
  }
  const out = new Array<unknown>(n);
  const naive = isNaive(type);
  for (let i = 0; i < n; i++) {
    const value = vector.get(i) as unknown;
    if (value === null || value === undefined) {
      out[i] = null;
    } else if (naive && typeof value === "number") {
      out[i] = naiveToLocal(value);
    } else {
      out[i] = plain(value);
    }
  }
  return out;
}

/** The rows of an Arrow IPC stream. */
export function decodeRows(blob: Uint8Array): Row[] {
  const table = tableFromIPC(blob);
  const names = table.schema.fields.map((f) => f.name);
  const rows: Row[] = new Array<Row>(table.numRows);
  let offset = 0;
  for (const batch of table.batches) {
    const columns = table.schema.fields.map((f, j) => {
      const child = batch.getChildAt(j);
      return child ? columnValues(child, f.type) : new Array<unknown>(batch.numRows).fill(null);
    });
    for (let i = 0; i < batch.numRows; i++) {
      const row: Row = {};
      for (let j = 0; j < names.length; j++) row[names[j] as string] = columns[j]?.[i];
      rows[offset + i] = row;
    }
    offset += batch.numRows;
  }
  return rows;
}

/** Whether two blobs hold the same bytes (a rerun resends an unchanged chart). */
export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}
