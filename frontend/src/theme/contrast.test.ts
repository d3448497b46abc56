import { describe, expect, it } from "vitest";
import { AA_TEXT, BLACK, contrast, parseColor, readable, readableVars, WHITE } from "./contrast";
import { PALETTE_NAMES } from "./palette";
import { resolveTheme } from "./theme";

const rgb = (css: string | undefined): readonly [number, number, number] => {
  const parsed = parseColor(css);
  if (!parsed) throw new Error(`not a color: ${css}`);
  return parsed;
};

describe("contrast arithmetic", () => {
  it("reads hex and rgb() colors, and nothing else", () => {
    expect(parseColor("#fff")).toEqual([255, 255, 255]);
    expect(parseColor("#FF4B4B")).toEqual([255, 75, 75]);
    expect(parseColor("#ff4b4b80")).toEqual([255, 75, 75]);
    expect(parseColor("rgb(255, 75, 75)")).toEqual([255, 75, 75]);
    expect(parseColor("rgb(255 75 75 / 50%)")).toEqual([255, 75, 75]);
    expect(parseColor("red")).toBeNull();
    expect(parseColor("hsl(0 100% 50%)")).toBeNull();
  });

  it("computes WCAG ratios", () => {
    expect(contrast(WHITE, BLACK)).toBeCloseTo(21);
    expect(contrast(rgb("#ff4b4b"), WHITE)).toBeCloseTo(3.3, 1);
  });

  it("moves a color only as far as needed", () => {
    const green = rgb("#51cf66");
    expect(readable(green, [rgb("#0e1117")], WHITE)).toEqual(green); // already readable
    const darker = readable(rgb("#1c9a52"), [WHITE], BLACK);
    expect(darker).not.toBeNull();
    expect(contrast(darker ?? WHITE, WHITE)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrast(darker ?? WHITE, WHITE)).toBeLessThan(AA_TEXT + 0.5);
    expect(readable(rgb("#ffff00"), [WHITE], BLACK, 0.1)).toBeNull();
  });
});

describe("readable shades of the built-in themes", () => {
  for (const scheme of ["light", "dark"] as const) {
    it(`meet WCAG AA in the ${scheme} theme, in the app and in the sidebar`, () => {
      const theme = resolveTheme({}, scheme);
      for (const vars of [theme.root, { ...theme.root, ...theme.sidebar }]) {
        const backgrounds = ["--rill-bg", "--rill-bg-secondary", "--rill-code-bg"];
        for (const name of ["primary", ...PALETTE_NAMES]) {
          for (const bg of backgrounds) {
            expect(contrast(rgb(vars[`--rill-${name}-fg`]), rgb(vars[bg]))).toBeGreaterThanOrEqual(
              AA_TEXT,
            );
          }
        }
        const onPrimary = contrast(
          rgb(vars["--rill-on-primary"]),
          rgb(vars["--rill-primary-fill"]),
        );
        expect(onPrimary).toBeGreaterThanOrEqual(AA_TEXT);
      }
    });
  }

  it("keep white text on the default red, a little darker", () => {
    const vars = resolveTheme({}, "light").root;
    expect(vars["--rill-on-primary"]).toBe("#ffffff");
    expect(vars["--rill-primary-fill"]).not.toBe("#ff4b4b");
  });

  it("put dark text on a light primary", () => {
    const vars = readableVars({ "--rill-primary": "#ffd43b" });
    expect(contrast(rgb(vars["--rill-on-primary"]), rgb("#ffd43b"))).toBeGreaterThan(AA_TEXT);
    expect(vars["--rill-primary-fill"]).toBe("#ffd43b");
  });

  it("leave colors they cannot read as they are", () => {
    const vars = readableVars({ "--rill-primary": "rebeccapurple", "--rill-green": "green" });
    expect(vars["--rill-primary-fill"]).toBe("var(--rill-primary)");
    expect(vars["--rill-on-primary"]).toBe("#fff");
    expect(vars["--rill-green-fg"]).toBe("var(--rill-green)");
  });
});
