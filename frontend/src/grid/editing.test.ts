import { GridCellKind } from "@glideapps/glide-data-grid";
import { describe, expect, it } from "vitest";
import { decodeFrame } from "./arrow";
import { layoutColumns, type GridColumn } from "./columns";
import { canonical, cellValue, Edits, isEditable, parseText, validate } from "./editing";
import { bytes } from "./fixtures/bytes";
import { TYPES } from "./fixtures/frames";
import { spec } from "./fixtures/specs";
import type { ColumnSpec } from "./types";

const fields = decodeFrame(bytes(TYPES)).fields;
const col = (s: ColumnSpec): GridColumn => {
  const c = layoutColumns({ columns: [s], fields }).columns[0];
  if (!c) throw new Error("no column");
  return c;
};

describe("what can be edited", () => {
  it("follows disabled, the column's own flag, index columns and the cell kind", () => {
    expect(isEditable(col(spec("int")), false)).toBe(true);
    expect(isEditable(col(spec("int")), true)).toBe(false);
    expect(isEditable(col(spec("int")), ["int"])).toBe(false);
    expect(isEditable(col(spec("int", { disabled: true })), false)).toBe(false);
    expect(isEditable(col(spec("int", { kind: "index" })), false)).toBe(false);
    expect(isEditable(col(spec("list", { type: "line_chart" })), false)).toBe(false);
  });
});

describe("typed and pasted text", () => {
  it("becomes a value of the column's type, or a reason", () => {
    expect(parseText(col(spec("float")), "1,234.5")).toEqual({ value: 1234.5 });
    expect(parseText(col(spec("float")), "abc")).toEqual({ error: '"abc" is not a number.' });
    expect(parseText(col(spec("bool")), "TRUE")).toEqual({ value: true });
    expect(parseText(col(spec("date")), "2024-02-29")).toEqual({ value: Date.UTC(2024, 1, 29) });
    expect(parseText(col(spec("text", { type: "multiselect" })), "a, b")).toEqual({
      value: ["a", "b"],
    });
    expect(parseText(col(spec("int")), "")).toEqual({ value: null });
  });
});

describe("validate", () => {
  it("says why a value is rejected", () => {
    expect(validate(col(spec("int", { required: true, label: "Age" })), null)).toBe(
      "Age needs a value.",
    );
    expect(validate(col(spec("int", { min: 0, max: 10, label: "N" })), 11)).toBe(
      "N must be at most 10.",
    );
    expect(validate(col(spec("int", { label: "N" })), 1.5)).toBe("N takes a whole number.");
    expect(validate(col(spec("text", { label: "Code", extra: { max_chars: 3 } })), "abcd")).toBe(
      "Code takes at most 3 characters.",
    );
    expect(validate(col(spec("text", { label: "Code", validate: "^[A-Z]+$" })), "abc")).toBe(
      "Code does not match the pattern ^[A-Z]+$.",
    );
    expect(
      validate(
        col(spec("text", { type: "selectbox", label: "Pet", options: ["cat", "dog"] })),
        "cow",
      ),
    ).toBe("Pet takes one of: cat, dog.");
    expect(
      validate(col(spec("date", { label: "Day", min: "2024-01-01" })), Date.UTC(2023, 0, 1)),
    ).toBe("Day must be 2024-01-01 or later.");
    expect(validate(col(spec("int", { min: 0 })), 5)).toBeNull();
  });
});

describe("cellValue", () => {
  it("reads what an editor changed", () => {
    expect(
      cellValue(col(spec("int")), {
        kind: GridCellKind.Number,
        data: 4,
        displayData: "4",
        allowOverlay: true,
      }),
    ).toBe(4);
    expect(
      cellValue(col(spec("text")), {
        kind: GridCellKind.Text,
        data: "",
        displayData: "",
        allowOverlay: true,
      }),
    ).toBe("");
    const pets = col(spec("int", { type: "selectbox", options: [{ value: 1, label: "cat" }] }));
    expect(
      cellValue(pets, {
        kind: GridCellKind.Custom,
        allowOverlay: true,
        copyData: "cat",
        data: {
          kind: "rill-select",
          value: "cat",
          options: ["cat"],
          display: "cat",
          required: false,
          label: "",
        },
      }),
    ).toBe(1);
  });
});

describe("Edits", () => {
  const columns = layoutColumns({
    columns: [spec("int", { default: 5 }), spec("paris"), spec("text")],
    fields,
  }).columns;

  it("builds Streamlit's cumulative editing state with JSON cells", () => {
    const edits = new Edits();
    edits.set(2, "int", 9);
    edits.set(0, "paris", Date.UTC(2024, 6, 1, 10, 30));
    edits.addRow(columns);
    edits.added[0]?.set("text", "new");
    edits.deleted.add(1);
    expect(edits.toState(columns)).toEqual({
      edited_rows: { "0": { paris: "2024-07-01T12:30:00+02:00" }, "2": { int: 9 } },
      added_rows: [{ int: 5, text: "new" }],
      deleted_rows: [1],
    });
  });

  it("reads that state back", () => {
    const state = {
      edited_rows: { "0": { paris: "2024-07-01T12:30:00+02:00" } },
      added_rows: [{ text: "x" }],
      deleted_rows: [3],
    };
    const edits = Edits.fromState(state, columns);
    expect(edits.get(0, "paris")).toBe(Date.UTC(2024, 6, 1, 10, 30));
    expect(edits.toState(columns)).toEqual(state);
  });

  it("ignores rows that are not positions", () => {
    const edits = Edits.fromState(
      { edited_rows: { x: { int: 1 }, "-1": { int: 2 } }, added_rows: [], deleted_rows: [] },
      columns,
    );
    expect(edits.edited.size).toBe(0);
  });
});

describe("canonical", () => {
  it("reads a state the server echoed back (nulls filled in, keys reordered) as the same", () => {
    const sent = {
      edited_rows: { "1": { b: 2, a: 1 } },
      added_rows: [{ name: "x" }],
      deleted_rows: [3, 1],
    };
    const echo = {
      edited_rows: { "1": { a: 1, b: 2 } },
      added_rows: [{ name: "x", age: null }],
      deleted_rows: [1, 3],
    };
    expect(canonical(echo)).toBe(canonical(sent));
    expect(canonical({ ...echo, added_rows: [{ name: "y" }] })).not.toBe(canonical(sent));
    expect(canonical(null)).toBe(canonical({ edited_rows: {}, added_rows: [], deleted_rows: [] }));
  });
});
