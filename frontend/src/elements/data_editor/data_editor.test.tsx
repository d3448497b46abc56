import { screen } from "@testing-library/react";
import { tableFromArrays, tableToIPC } from "apache-arrow";
import { beforeAll, describe, expect, it } from "vitest";
import { renderElement } from "../../test/render";

const data = tableToIPC(tableFromArrays({ a: Float64Array.from([1, 2]) }), "stream");

const props = {
  data,
  total_rows: 2,
  columns: [{ field: "a", label: "a", kind: "data", arrow_type: "double" }],
  digest: "d",
  label: "",
};

describe("data_editor", () => {
  // The renderer's chunk (the grid and Arrow) loads once, before the tests look for it.
  beforeAll(async () => {
    await import("./index");
  }, 60_000);

  it("offers adding rows when num_rows allows it", async () => {
    renderElement("data_editor", { ...props, num_rows: "dynamic" });
    expect(await screen.findByRole("region", { name: "Data editor" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Add row" })).toBeInTheDocument();
  });

  it("does not offer it for fixed rows", async () => {
    renderElement("data_editor", { ...props, num_rows: "fixed" });
    await screen.findByRole("region", { name: "Data editor" });
    expect(screen.queryByRole("button", { name: "Add row" })).toBeNull();
  });
});
