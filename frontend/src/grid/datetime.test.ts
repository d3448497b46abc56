import { describe, expect, it } from "vitest";
import { formatTemporal, parseTemporal, toInput, toIso, tzOffset } from "./datetime";

const SUMMER = Date.UTC(2024, 6, 1, 10, 30);
const WINTER = Date.UTC(2024, 0, 15, 7, 0, 0, 250);

describe("time zones", () => {
  it("knows a zone's offset at an instant, DST included", () => {
    expect(tzOffset("Europe/Paris", SUMMER)).toBe(120);
    expect(tzOffset("Europe/Paris", WINTER)).toBe(60);
    expect(tzOffset("+05:30", SUMMER)).toBe(330);
    expect(tzOffset("-0800", SUMMER)).toBe(-480);
    expect(tzOffset("UTC", SUMMER)).toBe(0);
    expect(tzOffset("Not/AZone", SUMMER)).toBe(0);
  });
});

describe("formatTemporal", () => {
  it("shows an aware timestamp in its own zone, with the offset", () => {
    expect(formatTemporal(SUMMER, "datetime", null, "Europe/Paris")).toBe(
      "2024-07-01 12:30:00+02:00",
    );
    expect(formatTemporal(WINTER, "datetime", null, "Europe/Paris")).toBe(
      "2024-01-15 08:00:00.250+01:00",
    );
  });

  it("shows a naive timestamp as given", () => {
    expect(formatTemporal(Date.UTC(2024, 6, 1, 12, 30), "datetime")).toBe("2024-07-01 12:30:00");
  });

  it("shows dates and times", () => {
    expect(formatTemporal(Date.UTC(2024, 1, 29), "date")).toBe("2024-02-29");
    expect(formatTemporal(37815500, "time")).toBe("10:30:15.500");
  });

  it("applies moment-style formats and presets", () => {
    expect(formatTemporal(SUMMER, "datetime", "ddd ha", "Europe/Paris")).toBe("Mon 12pm");
    expect(formatTemporal(Date.UTC(2024, 1, 29), "date", "DD/MM/YYYY")).toBe("29/02/2024");
    expect(formatTemporal(SUMMER, "datetime", "iso8601", "Europe/Paris")).toBe(
      "2024-07-01T12:30:00.000+02:00",
    );
    expect(formatTemporal(SUMMER, "datetime", "iso8601")).toBe("2024-07-01T10:30:00.000Z");
    expect(formatTemporal(Date.now() - 3 * 3600_000, "datetime", "distance")).toBe("3 hours ago");
  });
});

describe("ISO text both ways", () => {
  it("sends aware datetimes with their offset, naive ones without", () => {
    expect(toIso(SUMMER, "datetime", "Europe/Paris")).toBe("2024-07-01T12:30:00+02:00");
    expect(toIso(SUMMER, "datetime")).toBe("2024-07-01T10:30:00");
    expect(toIso(Date.UTC(2024, 1, 29), "date")).toBe("2024-02-29");
    expect(toIso(37815000, "time")).toBe("10:30:15");
  });

  it("parses what inputs hold as wall time in the column's zone", () => {
    expect(parseTemporal("2024-07-01T12:30", "datetime", "Europe/Paris")).toBe(SUMMER);
    expect(parseTemporal("2024-07-01T12:30:00+02:00", "datetime")).toBe(SUMMER);
    expect(parseTemporal("2024-07-01 10:30", "datetime")).toBe(SUMMER);
    expect(parseTemporal("2024-02-29", "date")).toBe(Date.UTC(2024, 1, 29));
    expect(parseTemporal("10:30:15", "time")).toBe(37815000);
    expect(parseTemporal("25:00", "time")).toBeNull();
    expect(parseTemporal("yesterday", "date")).toBeNull();
    expect(toInput(SUMMER, "datetime", "Europe/Paris")).toBe("2024-07-01T12:30:00");
  });
});
