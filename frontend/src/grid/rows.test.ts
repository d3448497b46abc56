import { tableFromArrays, tableToIPC } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { decodeFrame } from "./arrow";
import { compareValues, LocalSource, sortOrder } from "./rows";

describe("sorting", () => {
  it("sorts numbers, bigints, booleans and text, nulls last either way", () => {
    const values = [3, null, 1, 2];
    expect([...sortOrder(4, (r) => values[r] ?? null, "asc")]).toEqual([2, 3, 0, 1]);
    expect([...sortOrder(4, (r) => values[r] ?? null, "desc")]).toEqual([0, 3, 2, 1]);
    expect(compareValues(2n ** 60n, 5)).toBeGreaterThan(0);
    expect(compareValues(false, true)).toBeLessThan(0);
    expect(compareValues("item 10", "item 9")).toBeGreaterThan(0);
  });

  it("is stable", () => {
    const values = ["b", "a", "b", "a"];
    expect([...sortOrder(4, (r) => values[r] ?? null, "asc")]).toEqual([1, 3, 0, 2]);
  });

  it("keeps each sorted row's original position", () => {
    const frame = decodeFrame(
      tableToIPC(tableFromArrays({ v: Float64Array.from([30, 10, 20]) }), "stream"),
    );
    const sorted = new LocalSource(frame).sorted({ field: "v", order: "asc" });
    expect([0, 1, 2].map((r) => sorted.value("v", r))).toEqual([10, 20, 30]);
    expect([0, 1, 2].map((r) => sorted.origin(r))).toEqual([1, 2, 0]);
  });
});
