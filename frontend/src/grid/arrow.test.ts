import { describe, expect, it } from "vitest";
import { decodeFrame } from "./arrow";
import { bytes } from "./fixtures/bytes";
import { PAGE, TYPES } from "./fixtures/frames";

describe("decodeFrame", () => {
  const frame = decodeFrame(bytes(TYPES));

  it("reads every field pyarrow wrote, nulls as null", () => {
    expect(frame.numRows).toBe(3);
    expect(frame.fields.map((f) => f.name)).toEqual([
      "int",
      "big",
      "float",
      "bool",
      "text",
      "paris",
      "naive",
      "cat",
      "date",
      "time",
      "dur",
      "list",
      "struct",
      "dec",
    ]);
    expect(frame.value("int", 0)).toBe(1);
    expect(frame.value("int", 1)).toBeNull();
    expect(frame.value("text", 1)).toBeNull();
    expect(frame.value("no such field", 0)).toBeNull();
  });

  it("keeps int64 beyond 2^53 exact and reads the rest as numbers", () => {
    expect(frame.value("big", 0)).toBe(2n ** 60n);
    expect(frame.value("big", 1)).toBe(-5);
    expect(frame.value("float", 2)).toBeCloseTo(0.123456);
    expect(frame.value("bool", 0)).toBe(true);
    expect(frame.value("bool", 1)).toBe(false);
  });

  it("reads timestamps as epoch ms and keeps the field's time zone", () => {
    expect(frame.value("paris", 0)).toBe(Date.UTC(2024, 6, 1, 10, 30));
    expect(frame.value("paris", 1)).toBe(Date.UTC(2024, 0, 15, 7, 0, 0, 250));
    expect(frame.field("paris")?.tz).toBe("Europe/Paris");
    expect(frame.value("naive", 0)).toBe(Date.UTC(2024, 6, 1, 12, 30));
    expect(frame.field("naive")?.tz).toBeNull();
  });

  it("reads dates, times and durations in milliseconds", () => {
    expect(frame.value("date", 0)).toBe(Date.UTC(2024, 1, 29));
    expect(frame.value("time", 0)).toBe(((10 * 60 + 30) * 60 + 15) * 1000 + 500);
    expect(frame.value("dur", 0)).toBe(26 * 3600 * 1000);
    expect(frame.value("dur", 2)).toBe(1500);
  });

  it("reads categoricals, lists, structs and decimals", () => {
    expect(frame.value("cat", 1)).toBe("y");
    expect(frame.value("cat", 2)).toBeNull();
    expect(frame.value("list", 0)).toEqual([1, 2, 3]);
    expect(frame.value("list", 2)).toEqual([]);
    expect(frame.value("struct", 0)).toEqual({ k: 1, s: "v" });
    expect(frame.value("dec", 0)).toBe(12.34);
    expect(frame.value("dec", 2)).toBe(-0.05);
  });

  it("decodes a blob that is not 8-byte aligned", () => {
    const unaligned = decodeFrame(bytes(TYPES, 3));
    expect(unaligned.value("big", 0)).toBe(2n ** 60n);
    expect(unaligned.value("float", 0)).toBe(1.5);
  });

  it("reads a page's original row positions and hides that field", () => {
    const page = decodeFrame(bytes(PAGE));
    expect(page.fields.map((f) => f.name)).toEqual(["v"]);
    expect([0, 1, 2].map((r) => page.rowId(r))).toEqual([7, 3, 5]);
    expect(frame.rowId(0)).toBeNull();
  });
});
