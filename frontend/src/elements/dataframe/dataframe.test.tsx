import { screen, waitFor } from "@testing-library/react";
import { tableFromArrays, tableToIPC } from "apache-arrow";
import { beforeAll, describe, expect, it } from "vitest";
import { renderElement } from "../../test/render";

const data = tableToIPC(tableFromArrays({ a: Float64Array.from([1, 2]), b: ["x", "y"] }), "stream");

function spec(field: string, arrow_type: string) {
  return { field, label: field.toUpperCase(), kind: "data", arrow_type };
}

const props = {
  data,
  total_rows: 2,
  columns: [spec("a", "double"), spec("b", "large_string")],
  digest: "d",
};

describe("dataframe", () => {
  // The renderer's chunk (the grid and Arrow) loads once, before the tests look for it.
  beforeAll(async () => {
    await import("./index");
  }, 60_000);

  it("is a named region with a toolbar of named buttons", async () => {
    renderElement("dataframe", props);
    const region = await screen.findByRole("region", { name: "Dataframe" });
    expect(region).toBeInTheDocument();
    for (const name of ["Download as CSV", "Search", "Full screen", "Show or hide columns"]) {
      expect(screen.getByRole("button", { name })).toBeInTheDocument();
    }
    // No editing without an editor.
    expect(screen.queryByRole("button", { name: "Add row" })).toBeNull();
  });

  it("toggles full screen", async () => {
    renderElement("dataframe", props);
    const button = await screen.findByRole("button", { name: "Full screen" });
    button.click();
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Exit full screen" })).toBeInTheDocument(),
    );
    expect(screen.getByRole("region", { name: "Dataframe" })).toHaveAttribute("data-fullscreen");
  });

  it("says so when the rows cannot be read", async () => {
    renderElement("dataframe", { ...props, data: new Uint8Array([1, 2, 3]) });
    expect(await screen.findByRole("alert")).toHaveTextContent("This table could not be read");
  });
});
