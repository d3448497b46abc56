import { describe, expect, it } from "vitest";
import { formatNumber, formatPrecision, sprintf } from "./printf";

describe("sprintf", () => {
  it.each([
    ["%d", 3.7, "3"],
    ["%d", -3.7, "-3"],
    ["%i items", 12, "12 items"],
    ["%.2f", 3.14159, "3.14"],
    ["%0.1f%%", 42.25, "42.3%"],
    ["%5.1f", 3.14159, "  3.1"],
    ["%-5d|", 42, "42   |"],
    ["%05d", 42, "00042"],
    ["%+d", 5, "+5"],
    ["%,d", 1234567, "1,234,567"],
    ["$%,.2f", 1234.5, "$1,234.50"],
    ["%e", 12345.678, "1.234568e+04"],
    ["%.3g", 0.000123456, "0.000123"],
    ["%g", 100000, "100000"],
    ["%g", 1e7, "1e+07"],
    ["%x", 255, "ff"],
    ["%s km", 5, "5 km"],
    ["%% done", 1, "% done"],
  ])("%s of %s is %s", (format, value, expected) => {
    expect(sprintf(format, value)).toBe(expected);
  });

  it("formats default labels without float noise", () => {
    expect(formatNumber(0.1 + 0.2, null, false)).toBe("0.3");
    expect(formatNumber(2.6, null, true)).toBe("3");
    expect(formatNumber(2.5, "%.1f", false)).toBe("2.5");
  });

  it("reads the precision of a format", () => {
    expect(formatPrecision("%.2f")).toBe(2);
    expect(formatPrecision("%0.1f%%")).toBe(1);
    expect(formatPrecision("%d")).toBeUndefined();
  });
});
