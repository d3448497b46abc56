import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement } from "../../test/render";

describe("table", () => {
  it("renders headers, index and cells", () => {
    renderElement("table", {
      columns: ["a", "b"],
      rows: [
        ["1", "x"],
        ["2", "y"],
      ],
      index: ["r0", "r1"],
    });
    const table = screen.getByRole("table");
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["", "a", "b"]);
    expect(
      within(table)
        .getAllByRole("rowheader")
        .map((h) => h.textContent),
    ).toEqual(["r0", "r1"]);
    expect(within(table).getByText("y")).toBeInTheDocument();
  });
});
