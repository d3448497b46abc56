/**
 * Arrow IPC streams to rows of plain values. A `Frame` is one decoded stream (the rows the
 * element was sent with, or one page fetched from `page_url`); `value()` reads one cell as a
 * `Value` the formatters understand: numbers (int64 beyond 2^53 stays a bigint), strings,
 * booleans, epoch milliseconds for dates and timestamps, milliseconds of the day for times,
 * milliseconds for durations, arrays for lists and plain objects for structs and maps.
 */
import {
  DataType,
  TimeUnit,
  Type,
  tableFromIPC,
  type Field,
  type Table,
  type Vector,
} from "apache-arrow";

export type Value = null | boolean | number | bigint | string | Value[] | { [key: string]: Value };

/** The name of the extra field a page carries: each row's position in the original frame. */
export const ROW_FIELD = "__rill_row__";

export interface FieldInfo {
  name: string;
  type: DataType;
  /** The time zone of a timestamp field (as Arrow holds it), else null. */
  tz: string | null;
}

const utf8 = new TextDecoder();

/** Milliseconds per unit of a time / duration. */
function unitMs(unit: TimeUnit): number {
  switch (unit) {
    case TimeUnit.SECOND:
      return 1000;
    case TimeUnit.MILLISECOND:
      return 1;
    case TimeUnit.MICROSECOND:
      return 1e-3;
    default:
      return 1e-6;
  }
}

function toNumber(raw: unknown): number {
  return typeof raw === "bigint" ? Number(raw) : Number(raw);
}

/** A decimal's unscaled digits (Arrow's BigNum prints them) with the point put back. */
function decimalValue(raw: unknown, scale: number): number {
  const digits = String(raw);
  if (scale <= 0) return Number(digits) * 10 ** -scale;
  const negative = digits.startsWith("-");
  const body = (negative ? digits.slice(1) : digits).padStart(scale + 1, "0");
  const text = `${body.slice(0, body.length - scale)}.${body.slice(body.length - scale)}`;
  return Number(negative ? `-${text}` : text);
}

/** Turn what Arrow's `get()` returns for `type` into a `Value`. */
export function normalize(raw: unknown, type: DataType): Value {
  if (raw === null || raw === undefined) return null;
  switch (type.typeId) {
    case Type.Int:
    case Type.Int64:
    case Type.Uint64: {
      if (typeof raw === "bigint") {
        return raw <= BigInt(Number.MAX_SAFE_INTEGER) && raw >= BigInt(Number.MIN_SAFE_INTEGER)
          ? Number(raw)
          : raw;
      }
      return raw as number;
    }
    case Type.Float:
    case Type.Float16:
    case Type.Float32:
    case Type.Float64:
      return raw as number;
    case Type.Bool:
      return Boolean(raw);
    case Type.Utf8:
    case Type.LargeUtf8:
    case Type.Utf8View:
      return String(raw);
    case Type.Date:
    case Type.DateDay:
    case Type.DateMillisecond:
    case Type.Timestamp:
    case Type.TimestampSecond:
    case Type.TimestampMillisecond:
    case Type.TimestampMicrosecond:
    case Type.TimestampNanosecond:
      return raw instanceof Date ? raw.getTime() : toNumber(raw);
    case Type.Time:
    case Type.TimeSecond:
    case Type.TimeMillisecond:
    case Type.TimeMicrosecond:
    case Type.TimeNanosecond:
    case Type.Duration:
    case Type.DurationSecond:
    case Type.DurationMillisecond:
    case Type.DurationMicrosecond:
    case Type.DurationNanosecond:
      return toNumber(raw) * unitMs((type as unknown as { unit: TimeUnit }).unit);
    case Type.Decimal:
      return decimalValue(raw, (type as unknown as { scale: number }).scale);
    case Type.Binary:
    case Type.LargeBinary:
    case Type.BinaryView:
    case Type.FixedSizeBinary:
      return raw instanceof Uint8Array ? utf8.decode(raw) : String(raw);
    case Type.List:
    case Type.LargeList:
    case Type.FixedSizeList: {
      const child = (type.children[0] as Field | undefined)?.type;
      const items = Array.from(raw as Iterable<unknown>);
      return child ? items.map((item) => normalize(item, child)) : (items as Value[]);
    }
    case Type.Struct: {
      const out: Record<string, Value> = {};
      const row = raw as Record<string, unknown>;
      for (const child of type.children as Field[])
        out[child.name] = normalize(row[child.name], child.type);
      return out;
    }
    case Type.Map: {
      const out: Record<string, Value> = {};
      const entry = (type.children[0] as Field | undefined)?.type.children[1] as Field | undefined;
      for (const [key, value] of raw as Iterable<[unknown, unknown]>) {
        out[String(key)] = entry ? normalize(value, entry.type) : (value as Value);
      }
      return out;
    }
    case Type.Dictionary:
      return normalize(raw, (type as unknown as { dictionary: DataType }).dictionary);
    case Type.Null:
      return null;
    default:
      return plain(raw);
  }
}

/** Best effort for types without a case of their own (intervals, unions). */
function plain(raw: unknown): Value {
  if (typeof raw === "bigint") return Number(raw);
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
  if (ArrayBuffer.isView(raw)) return Array.from(raw as unknown as ArrayLike<number>, Number);
  return String(raw);
}

/** One decoded Arrow IPC stream. */
export class Frame {
  readonly numRows: number;
  readonly fields: FieldInfo[];
  private readonly vectors = new Map<string, { vector: Vector; type: DataType }>();
  private readonly rowIds: Vector | null;

  constructor(readonly table: Table) {
    this.numRows = table.numRows;
    this.fields = [];
    for (const field of table.schema.fields) {
      const vector = table.getChild(field.name);
      if (!vector) continue;
      if (field.name === ROW_FIELD) continue;
      this.vectors.set(field.name, { vector, type: field.type });
      const tz = DataType.isTimestamp(field.type) ? (field.type.timezone ?? null) : null;
      this.fields.push({ name: field.name, type: field.type, tz });
    }
    this.rowIds = table.getChild(ROW_FIELD);
  }

  field(name: string): FieldInfo | undefined {
    return this.fields.find((f) => f.name === name);
  }

  /** The cell of `field` in row `row` (0-based within this frame). */
  value(field: string, row: number): Value {
    const column = this.vectors.get(field);
    if (!column || row < 0 || row >= this.numRows) return null;
    return normalize(column.vector.get(row), column.type);
  }

  /** The row's position in the original frame (`__rill_row__`), or null without one. */
  rowId(row: number): number | null {
    if (!this.rowIds) return null;
    const raw: unknown = this.rowIds.get(row);
    return raw === null || raw === undefined ? null : Number(raw);
  }
}

/** Decode an Arrow IPC stream (a view into a WebSocket frame, or a fetched page). */
export function decodeFrame(data: Uint8Array | ArrayBuffer): Frame {
  let bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  // Arrow reads int64 / float64 buffers as typed arrays over these bytes, which must be
  // 8-byte aligned: a blob inside a WebSocket frame often is not.
  if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice();
  return new Frame(tableFromIPC(bytes));
}
