import {
  Table,
  tableFromArrays,
  tableToIPC,
  TimeUnit,
  Timestamp,
  vectorFromArray,
} from "apache-arrow";
import { afterEach, describe, expect, it } from "vitest";
import { decodeRows, naiveToLocal, sameBytes } from "./data";

function ipc(columns: Record<string, unknown>): Uint8Array {
  return tableToIPC(tableFromArrays(columns as never) as unknown as Table, "stream");
}

function timestamps(zone: string | null, values: number[]): Uint8Array {
  const type = new Timestamp(TimeUnit.MILLISECOND, zone);
  return tableToIPC(new Table({ t: vectorFromArray(values, type) }), "stream");
}

const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

describe("chart data", () => {
  it("turns an Arrow stream into plain rows, 64-bit integers as numbers", () => {
    const rows = decodeRows(
      ipc({
        x: Float64Array.from([1.5, 2.5]),
        n: BigInt64Array.from([3n, 4n]),
        s: ["a", "b"],
      }),
    );
    expect(rows).toEqual([
      { x: 1.5, n: 3, s: "a" },
      { x: 2.5, n: 4, s: "b" },
    ]);
  });

  it("keeps nulls as null", () => {
    const rows = decodeRows(ipc({ v: [1, null, 3] }));
    expect(rows.map((r) => r.v)).toEqual([1, null, 3]);
  });

  it("shows a naive time as the clock time it holds, in any zone", () => {
    process.env.TZ = "America/New_York";
    const noonUtc = Date.UTC(2024, 6, 1, 12, 0);
    const local = new Date(naiveToLocal(noonUtc));
    expect([local.getHours(), local.getMinutes(), local.getDate()]).toEqual([12, 0, 1]);
    process.env.TZ = "Asia/Tokyo";
    expect(new Date(naiveToLocal(noonUtc)).getHours()).toBe(12);
  });

  it("moves naive timestamps to local clock time and keeps aware ones as instants", () => {
    process.env.TZ = "America/New_York";
    const noonUtc = Date.UTC(2024, 0, 15, 12, 0);
    const [naive] = decodeRows(timestamps(null, [noonUtc]));
    const [aware] = decodeRows(timestamps("UTC", [noonUtc]));
    expect(new Date(naive?.t as number).getHours()).toBe(12);
    expect(aware?.t).toBe(noonUtc); // 07:00 in New York, as the instant it is
  });

  it("keeps the clock time across a daylight-saving change", () => {
    process.env.TZ = "Europe/Paris";
    // 2024-03-31 03:30 exists in Paris (clocks jumped from 02:00 to 03:00).
    const t = new Date(naiveToLocal(Date.UTC(2024, 2, 31, 3, 30)));
    expect([t.getDate(), t.getHours(), t.getMinutes()]).toEqual([31, 3, 30]);
  });

  it("compares blobs by content", () => {
    const a = Uint8Array.from([1, 2, 3]);
    expect(sameBytes(a, Uint8Array.from([1, 2, 3]))).toBe(true);
    expect(sameBytes(a, Uint8Array.from([1, 2, 4]))).toBe(false);
    expect(sameBytes(a, undefined)).toBe(false);
  });
});
