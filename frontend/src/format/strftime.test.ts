import { describe, expect, it } from "vitest";
import { formatTemporal, strftime } from "./strftime";

const ms = Date.UTC(2024, 2, 5, 14, 7, 9);

describe("strftime", () => {
  it("formats strftime directives in UTC", () => {
    expect(strftime("%Y-%m-%d %H:%M:%S", ms)).toBe("2024-03-05 14:07:09");
    expect(strftime("%d/%m/%y", ms)).toBe("05/03/24");
    expect(strftime("%b %-d, %Y", ms)).toBe("Mar 5, 2024");
    expect(strftime("%A %B", ms)).toBe("Tuesday March");
    expect(strftime("%I:%M %p", ms)).toBe("02:07 PM");
    expect(strftime("%j %%", ms)).toBe("065 %");
  });

  it("accepts moment-style formats", () => {
    expect(strftime("YYYY/MM/DD", ms)).toBe("2024/03/05");
    expect(strftime("MMM D, YYYY HH:mm", ms)).toBe("Mar 5, 2024 14:07");
  });

  it("has defaults per slider type", () => {
    expect(formatTemporal(Date.UTC(2024, 0, 31), "date")).toBe("2024-01-31");
    expect(formatTemporal((9 * 60 + 30) * 60_000, "time")).toBe("09:30");
    expect(formatTemporal(ms, "datetime")).toBe("2024-03-05 14:07");
  });
});
