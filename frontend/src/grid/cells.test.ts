import { GridCellKind, type GridCell } from "@glideapps/glide-data-grid";
import { describe, expect, it } from "vitest";
import { decodeFrame } from "./arrow";
import { makeCell, safeUrl } from "./cells";
import { layoutColumns, type GridColumn } from "./columns";
import { bytes } from "./fixtures/bytes";
import { TYPES } from "./fixtures/frames";
import { spec } from "./fixtures/specs";
import type { ColumnSpec } from "./types";

const fields = decodeFrame(bytes(TYPES)).fields;

function column(s: ColumnSpec): GridColumn {
  const col = layoutColumns({ columns: [s], fields }).columns[0];
  if (!col) throw new Error("no column");
  return col;
}

const read = { editable: false };

function text(cell: GridCell): string {
  return "displayData" in cell ? String(cell.displayData) : "";
}

describe("makeCell", () => {
  it("shows read-only numbers formatted, with the raw number to copy", () => {
    const cell = makeCell(column(spec("float", { format: "dollar" })), 1234.5, read);
    expect(cell.kind).toBe(GridCellKind.Text);
    expect(text(cell)).toBe("$1,234.50");
    expect(cell.copyData).toBe("1234.5");
    expect(cell.contentAlign).toBe("right");
  });

  it("follows column_config's alignment", () => {
    const cell = makeCell(column(spec("text", { extra: { alignment: "center" } })), "x", read);
    expect(cell.contentAlign).toBe("center");
  });

  it("gives editable numbers their raw value and limits", () => {
    const cell = makeCell(column(spec("int", { min: 0 })), 7, { editable: true });
    expect(cell).toMatchObject({
      kind: GridCellKind.Number,
      data: 7,
      allowNegative: false,
      fixedDecimals: 0,
    });
  });

  it("shows nulls as the placeholder (None by default), faded", () => {
    const col = column(spec("text"));
    expect(text(makeCell(col, null, { editable: false, faded: "grey" }))).toBe("None");
    const cell = makeCell(col, null, { editable: false, placeholder: "–", faded: "grey" });
    expect(text(cell)).toBe("–");
    expect(cell.themeOverride?.textDark).toBe("grey");
  });

  it("applies a Styler's display text and colors", () => {
    const cell = makeCell(column(spec("int")), 1, {
      editable: false,
      display: "one",
      color: "red",
      background: "#eee",
    });
    expect(text(cell)).toBe("one");
    expect(cell.themeOverride).toEqual({ textDark: "red", bgCell: "#eee" });
  });

  it("shows booleans as checkboxes", () => {
    expect(makeCell(column(spec("bool")), true, read)).toMatchObject({
      kind: GridCellKind.Boolean,
      data: true,
      readonly: true,
    });
  });

  it("shows links with their display text, and never opens unsafe URLs", () => {
    const col = column(
      spec("text", { type: "link", extra: { display_text: "https://(.*?)\\.example" } }),
    );
    const cell = makeCell(col, "https://docs.example.com/x", read);
    expect(cell).toMatchObject({ kind: GridCellKind.Uri, displayData: "docs", hoverEffect: true });
    expect(safeUrl("javascript:alert(1)")).toBe(false);
    expect(safeUrl("https://example.com")).toBe(true);
    expect(makeCell(col, "javascript:alert(1)", read)).toMatchObject({
      hoverEffect: false,
      onClickUri: undefined,
    });
  });

  it("draws sparklines, progress bars and bubbles as the grid's own cells", () => {
    const spark = makeCell(
      column(spec("list", { type: "bar_chart", extra: { y_min: 0 } })),
      [1, 2, 3],
      read,
    );
    expect(spark).toMatchObject({
      kind: GridCellKind.Custom,
      data: { kind: "rill-spark", chart: "bar", values: [1, 2, 3], yMin: 0 },
    });
    const progress = makeCell(
      column(spec("float", { type: "progress", format: "percent" })),
      0.5,
      read,
    );
    expect(progress).toMatchObject({
      data: { kind: "rill-progress", value: 0.5, min: 0, max: 1, label: "50.00%" },
    });
    const bubbles = makeCell(column(spec("list")), [1, 2], read);
    expect(bubbles).toMatchObject({
      data: { kind: "rill-bubbles", values: ["1", "2"] },
      copyData: "1, 2",
    });
  });

  it("shows datetimes in their zone, and edits them with a picker cell", () => {
    const col = column(spec("paris"));
    expect(text(makeCell(col, Date.UTC(2024, 6, 1, 10, 30), read))).toBe(
      "2024-07-01 12:30:00+02:00",
    );
    const cell = makeCell(col, Date.UTC(2024, 6, 1, 10, 30), { editable: true });
    expect(cell).toMatchObject({
      kind: GridCellKind.Custom,
      data: { kind: "rill-temporal", temporal: "datetime", tz: "Europe/Paris" },
    });
  });

  it("shows JSON and durations", () => {
    expect(text(makeCell(column(spec("struct")), { k: 1 }, read))).toBe('{"k":1}');
    expect(text(makeCell(column(spec("dur")), 93_784_000, read))).toBe("1 days 02:03:04");
  });
});
