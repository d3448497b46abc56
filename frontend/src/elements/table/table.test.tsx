import { screen, within } from "@testing-library/react";
import { tableToIPC, tableFromArrays } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { renderElement } from "../../test/render";

/** Arrow IPC stream bytes of `columns`. */
function arrow(columns: Record<string, unknown>): Uint8Array {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return tableToIPC(tableFromArrays(columns as any), "stream");
}

const COLUMNS = [
  { field: "_index", label: "", kind: "index", arrow_type: "int64" },
  { field: "a", label: "a", kind: "data", arrow_type: "double" },
  { field: "b", label: "b", kind: "data", arrow_type: "string" },
];

function props(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    data: arrow({ _index: [0, 1], a: Float64Array.from([1.5, 2]), b: ["x", null] }),
    total_rows: 2,
    columns: COLUMNS,
    styles: null,
    border: true,
    hide_index: null,
    hide_header: false,
    width: "stretch",
    height: "content",
    digest: "d",
    ...extra,
  };
}

describe("table", () => {
  it("renders headers, the index and formatted cells from Arrow", async () => {
    renderElement("table", props());
    const table = await screen.findByRole("table");
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["", "a", "b"]);
    expect(
      within(table)
        .getAllByRole("rowheader")
        .map((h) => h.textContent),
    ).toEqual(["0", "1"]);
    expect(within(table).getByText("1.5")).toHaveClass("rill-num");
    expect(within(table).getByText("None")).toHaveClass("rill-table-null");
    expect(screen.getByRole("region", { name: "Table" })).toHaveClass("rill-table-border-all");
  });

  it("shows a Styler's texts and colors and hides what it is told to", async () => {
    renderElement(
      "table",
      props({
        styles: { display: { a: ["1.50 kg", null] }, color: { b: ["red", null] }, background: {} },
        hide_index: true,
        hide_header: true,
        border: "horizontal",
      }),
    );
    const table = await screen.findByRole("table");
    expect(within(table).getByText("1.50 kg")).toBeInTheDocument();
    expect(within(table).getByText("x")).toHaveStyle({ color: "red" });
    expect(within(table).queryAllByRole("columnheader")).toHaveLength(0);
    expect(within(table).queryAllByRole("rowheader")).toHaveLength(0);
    expect(screen.getByRole("region", { name: "Table" })).toHaveClass(
      "rill-table-border-horizontal",
    );
  });

  it("says when rows were left out", async () => {
    renderElement("table", props({ total_rows: 12_000 }));
    expect(await screen.findByText("Showing 2 of 12,000 rows.")).toBeInTheDocument();
  });
});
