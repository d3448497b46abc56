import { CompactSelection } from "@glideapps/glide-data-grid";
import { describe, expect, it } from "vitest";
import { layoutColumns } from "./columns";
import { spec } from "./fixtures/specs";
import { gridSelectionOf, normalizeSelection, selectionOptions, selectionValue } from "./selection";

const columns = layoutColumns({
  columns: [spec("_index", { kind: "index" }), spec("a"), spec("b")],
  fields: [],
}).columns;

describe("selection modes", () => {
  it("map to glide's selection options", () => {
    expect(selectionOptions(["multi-row", "single-column"])).toMatchObject({
      rowSelect: "multi",
      columnSelect: "single",
      rangeSelect: "rect",
      rowMarkers: true,
      cells: false,
    });
    expect(selectionOptions(["single-cell"])).toMatchObject({
      rowSelect: "none",
      rangeSelect: "cell",
      cells: true,
    });
    expect(selectionOptions([])).toMatchObject({ rows: false, columns: false, cells: false });
  });
});

describe("selectionValue", () => {
  const origin = (r: number): number | null => (r === 5 ? null : r * 10);

  it("sends original row positions, field names and cells", () => {
    const value = selectionValue(
      {
        rows: CompactSelection.fromSingleSelection([1, 3]).add(5),
        columns: CompactSelection.fromSingleSelection(0).add(2),
        current: { cell: [1, 2], range: { x: 1, y: 2, width: 2, height: 1 }, rangeStack: [] },
      },
      columns,
      origin,
      selectionOptions(["multi-row", "multi-column", "multi-cell"]),
    );
    expect(value).toEqual({
      selection: {
        rows: [10, 20],
        columns: ["b"],
        cells: [
          [20, "a"],
          [20, "b"],
        ],
      },
    });
  });

  it("leaves out what the modes do not select", () => {
    const value = selectionValue(
      {
        rows: CompactSelection.fromSingleSelection(1),
        columns: CompactSelection.empty(),
        current: { cell: [1, 2], range: { x: 1, y: 2, width: 1, height: 1 }, rangeStack: [] },
      },
      columns,
      origin,
      selectionOptions(["single-row"]),
    );
    expect(value).toEqual({ selection: { rows: [10], columns: [], cells: [] } });
  });
});

describe("a selection from the server", () => {
  it("is validated and shown where its rows are", () => {
    const value = normalizeSelection({
      selection: {
        rows: [30, 10, -1],
        columns: ["b", "nope"],
        cells: [
          [10, "a"],
          ["x", 1],
        ],
      },
    });
    expect(value).toEqual({
      selection: { rows: [10, 30], columns: ["b", "nope"], cells: [[10, "a"]] },
    });
    const shown = gridSelectionOf(value, columns, (o) => (o === 10 ? 1 : o === 30 ? 3 : null));
    expect(shown.rows.toArray()).toEqual([1, 3]);
    expect(shown.columns.toArray()).toEqual([2]);
    expect(shown.current?.cell).toEqual([1, 1]);
  });
});
