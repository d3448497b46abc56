import { describe, expect, it } from "vitest";
import { decodeFrame } from "./arrow";
import { layoutColumns, limit, optionLabel } from "./columns";
import { bytes } from "./fixtures/bytes";
import { TYPES } from "./fixtures/frames";
import { spec } from "./fixtures/specs";

const frame = decodeFrame(bytes(TYPES));
const fields = frame.fields;

describe("layoutColumns", () => {
  const index = spec("_index", { kind: "index", label: "" });
  const columns = [index, spec("int"), spec("text"), spec("paris")];

  it("shows index columns pinned first, then data columns in Arrow order", () => {
    const { columns: shown, frozen } = layoutColumns({ columns, fields });
    expect(shown.map((c) => c.field)).toEqual(["_index", "int", "text", "paris"]);
    expect(frozen).toBe(1);
    expect(shown[0]?.title).toBe("");
  });

  it("applies column_order, hide_index and hidden columns", () => {
    const { columns: shown, frozen } = layoutColumns({
      columns: [...columns, spec("bool", { hidden: true })],
      columnOrder: ["paris", "int", "bool"],
      hideIndex: true,
      fields,
    });
    expect(shown.map((c) => c.field)).toEqual(["paris", "int"]);
    expect(frozen).toBe(0);
  });

  it("moves pinned columns first, and follows what the person changed", () => {
    const { columns: shown, frozen } = layoutColumns(
      { columns: [index, spec("int"), spec("text", { pinned: true })], fields },
      { hidden: { int: true }, pinned: { _index: false }, widths: { text: 321 } },
    );
    expect(shown.map((c) => [c.field, c.pinned, c.width])).toEqual([
      ["text", true, 321],
      ["_index", false, undefined],
    ]);
    expect(frozen).toBe(1);
  });

  it("draws cells by column_config type, else by Arrow type", () => {
    const { columns: shown } = layoutColumns({
      columns: [
        "int",
        "float",
        "bool",
        "text",
        "paris",
        "date",
        "time",
        "dur",
        "list",
        "struct",
        "cat",
      ]
        .map((f) => spec(f))
        .concat([spec("big", { type: "progress", width: "small" })]),
      fields,
    });
    expect(Object.fromEntries(shown.map((c) => [c.field, c.kind]))).toEqual({
      int: "number",
      float: "number",
      bool: "checkbox",
      text: "text",
      paris: "datetime",
      date: "date",
      time: "time",
      dur: "duration",
      list: "list",
      struct: "json",
      cat: "selectbox",
      big: "progress",
    });
    expect(shown.find((c) => c.field === "big")?.width).toBe(75);
    expect(shown.find((c) => c.field === "paris")?.tz).toBe("Europe/Paris");
  });

  it("takes a categorical's options from the data, or the config's (with labels)", () => {
    const dict = layoutColumns({
      columns: [spec("cat")],
      fields,
      categories: () => ["x", "y", "z"],
    }).columns[0];
    expect(dict?.options.map((o) => o.label)).toEqual(["x", "y", "z"]);
    const labelled = layoutColumns({
      columns: [spec("int", { type: "selectbox", options: [{ value: 1, label: "One" }, 2] })],
      fields,
    }).columns[0];
    if (!labelled) throw new Error("no column");
    expect(optionLabel(labelled, 1)).toBe("One");
    expect(optionLabel(labelled, 2)).toBe("2");
  });

  it("reads min / max as numbers or ISO text", () => {
    const [date] = layoutColumns({
      columns: [spec("date", { min: "2024-01-01" })],
      fields,
    }).columns;
    if (!date) throw new Error("no column");
    expect(limit(date, "min")).toBe(Date.UTC(2024, 0, 1));
    expect(limit(date, "max")).toBeNull();
  });
});
