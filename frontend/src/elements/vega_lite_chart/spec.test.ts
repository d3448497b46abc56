import { describe, expect, it } from "vitest";
import {
  CANVAS_ROWS,
  prepareSelections,
  rendererFor,
  selectionValue,
  sizeSpec,
  withDatasets,
} from "./spec";
import { resolveTokens, themeConfig } from "./theme";
import { hideMarks } from "./view";

describe("chart spec", () => {
  it("stretches a single view to the container, keeps content width, caps fixed widths", () => {
    const spec = { mark: "bar", width: 100 };
    const size = { containerWidth: 640, height: "content" as const };
    expect(sizeSpec(spec, { ...size, width: "stretch" }).width).toBe(640);
    expect(sizeSpec(spec, { ...size, width: "content" }).width).toBe(100);
    expect(sizeSpec(spec, { ...size, width: 900 }).width).toBe(640);
    expect(sizeSpec(spec, { ...size, width: 300, height: 200 }).height).toBe(200);
    expect(spec.width).toBe(100); // the input is left alone
  });

  it("stretches each view of a vconcat, and leaves other compositions alone", () => {
    const size = { containerWidth: 500, width: "stretch" as const, height: "content" as const };
    const stacked = sizeSpec({ vconcat: [{ mark: "bar" }, { mark: "line", width: 50 }] }, size);
    expect(stacked.vconcat).toEqual([
      { mark: "bar", width: 500 },
      { mark: "line", width: 50 },
    ]);
    expect(sizeSpec({ hconcat: [{ mark: "bar" }] }, size)).toEqual({ hconcat: [{ mark: "bar" }] });
  });

  it("fills datasets next to the spec's own inline ones", () => {
    const spec = { datasets: { geo: { type: "FeatureCollection" } } };
    expect(withDatasets(spec, { t: [{ a: 1 }] }).datasets).toEqual({
      geo: { type: "FeatureCollection" },
      t: [{ a: 1 }],
    });
  });

  it("gives a point selection the chart's channels so it reports values", () => {
    const spec = {
      params: [
        { name: "pick", select: "point" },
        { name: "own", select: { type: "point", fields: ["a"] } },
        { name: "other", select: "point" },
        { name: "brush", select: "interval" },
      ],
      encoding: { x: {}, y: {}, tooltip: {} },
    };
    const params = prepareSelections(spec, ["pick", "own", "brush"]).params as unknown[];
    expect(params).toEqual([
      { name: "pick", select: { type: "point", encodings: ["x", "y"] } },
      { name: "own", select: { type: "point", fields: ["a"] } },
      { name: "other", select: "point" }, // not reported: untouched
      { name: "brush", select: { type: "interval" } },
    ]);
  });

  it("reads a selection signal as the script gets it", () => {
    expect(selectionValue({ vlPoint: { or: [{ a: 1 }] }, a: [1] })).toEqual([{ a: 1 }]);
    expect(selectionValue({ a: [1, 2] })).toEqual({ a: [1, 2] });
    expect(selectionValue(null)).toEqual({});
  });

  it("draws big data on a canvas unless the spec says otherwise", () => {
    expect(rendererFor({}, CANVAS_ROWS)).toBe("svg");
    expect(rendererFor({}, CANVAS_ROWS + 1)).toBe("canvas");
    const svg = { usermeta: { embedOptions: { renderer: "svg" } } };
    expect(rendererFor(svg, 10 * CANVAS_ROWS)).toBe("svg");
  });

  it("takes every mark out of the accessibility tree", () => {
    const vg = {
      marks: [
        { type: "group", marks: [{ type: "line" }] },
        { type: "rect", aria: true },
      ],
    };
    expect(hideMarks(vg)).toEqual({
      marks: [
        { type: "group", aria: false, marks: [{ type: "line", aria: false }] },
        { type: "rect", aria: true },
      ],
    });
  });
});

describe("chart theme", () => {
  it("resolves theme color tokens from the CSS variables where the chart is", () => {
    const el = document.createElement("div");
    el.style.setProperty("--rill-red", "#e5383b");
    document.body.append(el);
    const spec = { encoding: { color: { value: "--rill-red" } }, title: "--rill-red is text" };
    expect(resolveTokens(spec, el)).toEqual({
      encoding: { color: { value: "#e5383b" } },
      title: "--rill-red is text",
    });
    el.remove();
  });

  it("takes text, grid and chart colors from the theme", () => {
    const el = document.createElement("div");
    el.style.setProperty("--rill-text", "#111111");
    el.style.setProperty("--rill-border", "#222222");
    el.style.setProperty("--rill-primary", "#333333");
    document.body.append(el);
    const config = themeConfig(el) as Record<string, Record<string, unknown>>;
    expect(config.axis).toMatchObject({ labelColor: "#111111", gridColor: "#222222" });
    expect((config.range as { category: string[] }).category[0]).toBe("#0068c9");
    expect(config.selection).toEqual({
      interval: { mark: { fill: "#333333", fillOpacity: 0.15, stroke: "#333333" } },
    });
    el.remove();
  });
});
