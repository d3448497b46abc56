import { describe, expect, it } from "vitest";
import { csvField, csvLine, csvName } from "./csv";

describe("CSV", () => {
  it("quotes what must be quoted", () => {
    expect(csvLine(["a", "b,c", 'say "hi"', "two\nlines"])).toBe(
      'a,"b,c","say ""hi""","two\nlines"',
    );
  });

  it("defuses text a spreadsheet would run as a formula, not negative numbers", () => {
    expect(csvField("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvField("@cmd")).toBe("'@cmd");
    expect(csvField("-12.5")).toBe("-12.5");
  });

  it("names the file after the time, like Streamlit", () => {
    expect(csvName(new Date(2025, 0, 31, 10, 20, 30))).toBe("2025-01-31T10-20-30_export.csv");
  });
});
