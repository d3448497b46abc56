import { describe, expect, it } from "vitest";
import { formatNumber } from "./numbers";

describe("formatNumber", () => {
  it("shows integers plainly and floats with at most four decimals by default", () => {
    expect(formatNumber(1234, null, true)).toBe("1234");
    expect(formatNumber(0.123456, null)).toBe("0.1235");
    expect(formatNumber(1.5, null)).toBe("1.5");
    expect(formatNumber(2n ** 60n, null, true)).toBe("1152921504606846976");
    expect(formatNumber(NaN, null)).toBe("NaN");
  });

  it("follows a step's decimals", () => {
    expect(formatNumber(3, null, false, 0.01)).toBe("3.00");
  });

  it.each([
    ["plain", 1234.567, "1234.567"],
    ["localized", 1234.567, "1,234.567"],
    ["percent", 0.1234, "12.34%"],
    ["dollar", 1234.567, "$1,234.57"],
    ["euro", 1234.567, "€1,234.57"],
    ["yen", 1234.567, "¥1,235"],
    ["accounting", -1234, "(1,234.00)"],
    ["bytes", 1234, "1.2KB"],
    ["compact", 1234, "1.2K"],
    ["scientific", 1234.5, "1.235E3"],
    ["engineering", 12345, "12.345E3"],
    ["%d", 1234.9, "1234"],
    ["%.2f", 3.14159, "3.14"],
    ["%,d", 1234567, "1,234,567"],
    ["£ %.2f", 1234.567, "£ 1234.57"],
    ["%X", 1234, "4D2"],
  ])("%s", (format, value, expected) => {
    expect(formatNumber(value, format)).toBe(expected);
  });
});
