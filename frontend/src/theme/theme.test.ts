import { describe, expect, it } from "vitest";
import { resolveScheme } from "../chrome/preferences";
import {
  applyTheme,
  chartColors,
  fontFamily,
  hasCustomOptions,
  radius,
  resolveTheme,
  themeCss,
} from "./theme";

describe("theme to CSS variables", () => {
  it("has complete light and dark defaults", () => {
    const light = resolveTheme({}, "light").root;
    const dark = resolveTheme({}, "dark").root;
    expect(light["--rill-bg"]).toBe("#ffffff");
    expect(dark["--rill-bg"]).not.toBe(light["--rill-bg"]);
    for (const name of ["red", "orange", "yellow", "green", "blue", "violet", "gray"]) {
      expect(light[`--rill-${name}`]).toBeTruthy();
      expect(dark[`--rill-${name}-bg`]).toBeTruthy();
      expect(dark[`--rill-${name}-text`]).toBeTruthy();
    }
  });

  it("applies every option", () => {
    const theme = resolveTheme(
      {
        primaryColor: "#123456",
        backgroundColor: "#fafafa",
        secondaryBackgroundColor: "#eeeeee",
        textColor: "#111111",
        linkColor: "purple",
        linkUnderline: false,
        codeBackgroundColor: "#f0f0f0",
        borderColor: "#cccccc",
        dataframeBorderColor: "#dddddd",
        dataframeHeaderBackgroundColor: "#e0e0e0",
        showWidgetBorder: true,
        showSidebarBorder: true,
        font: "serif",
        headingFont: "Inter",
        codeFont: "monospace",
        baseFontSize: 15,
        baseFontWeight: 300,
        headingFontSizes: ["3rem", 28],
        headingFontWeights: [800, 700],
        codeFontSize: "13px",
        codeFontWeight: 500,
        baseRadius: "small",
        buttonRadius: "full",
        redColor: "#ff0000",
        blueBackgroundColor: "#0000ff22",
        greenTextColor: "#006600",
        chartCategoricalColors: ["#a", "#b"],
        chartSequentialColors: ["#c"],
      },
      "light",
    ).root;
    expect(theme).toMatchObject({
      "--rill-primary": "#123456",
      "--rill-bg": "#fafafa",
      "--rill-bg-secondary": "#eeeeee",
      "--rill-text": "#111111",
      "--rill-link": "purple",
      "--rill-link-decoration": "none",
      "--rill-code-bg": "#f0f0f0",
      "--rill-border": "#cccccc",
      "--rill-table-border": "#dddddd",
      "--rill-table-header-bg": "#e0e0e0",
      "--rill-widget-border": "var(--rill-border)",
      "--rill-sidebar-border": "var(--rill-border)",
      "--rill-font-size": "15px",
      "--rill-font-weight": "300",
      "--rill-h1-size": "3rem",
      "--rill-h2-size": "28px",
      "--rill-h1-weight": "800",
      "--rill-code-size": "13px",
      "--rill-code-weight": "500",
      "--rill-radius": "0.25rem",
      "--rill-button-radius": "9999px",
      "--rill-red": "#ff0000",
      "--rill-blue-bg": "#0000ff22",
      "--rill-green-text": "#006600",
      "--rill-chart-categorical-0": "#a",
      "--rill-chart-categorical-count": "2",
      "--rill-chart-sequential-0": "#c",
    });
    expect(theme["--rill-font"]).toContain("Source Serif 4");
    expect(theme["--rill-font-heading"]).toMatch(/^"Inter", /);
    expect(theme["--rill-font-code"]).toContain("Source Code Pro");
  });

  it("scopes [theme.sidebar] options to the sidebar", () => {
    const theme = resolveTheme(
      { secondaryBackgroundColor: "#eee", sidebar: { primaryColor: "green", font: "monospace" } },
      "light",
    );
    expect(theme.sidebar["--rill-primary"]).toBe("green");
    expect(theme.sidebar["--rill-bg"]).toBe("#eee");
    expect(theme.sidebar["--rill-font"]).toContain("Source Code Pro");
    expect(theme.root["--rill-primary"]).toBe("#ff4b4b");
    expect(themeCss(theme)).toMatch(/\.rill-sidebar \{[^}]*--rill-primary: green;/);
  });

  it("writes @font-face rules for fontFaces", () => {
    const css = themeCss(
      resolveTheme(
        {
          fontFaces: [
            {
              family: "Brand",
              url: "app/static/brand.woff2",
              weight: 400,
              unicodeRange: "U+0000-00FF",
            },
          ],
        },
        "light",
      ),
    );
    expect(css).toContain(
      '@font-face { font-family: "Brand"; src: url("app/static/brand.woff2"); font-weight: 400; unicode-range: U+0000-00FF; font-display: swap; }',
    );
  });

  it("maps keywords", () => {
    expect(fontFamily("sans-serif")).toContain("Source Sans 3");
    expect(fontFamily('"A", "B"')).toBe('"A", "B"');
    expect(radius("none")).toBe("0");
    expect(radius("12")).toBe("12px");
    expect(radius("1.5rem")).toBe("1.5rem");
  });

  it("applies to the document and exposes chart colors", () => {
    applyTheme(resolveTheme({ chartCategoricalColors: ["#111", "#222"] }, "dark"));
    expect(document.getElementById("rill-theme")?.textContent).toContain(
      "--rill-chart-categorical-1: #222;",
    );
    expect(chartColors().categorical).toEqual(["#111", "#222"]);
    expect(document.documentElement.style.colorScheme).toBe("dark");
  });

  it("knows custom themes and picks the scheme", () => {
    expect(hasCustomOptions({ base: "dark" })).toBe(false);
    expect(hasCustomOptions({ base: "dark", sidebar: {} })).toBe(false);
    expect(hasCustomOptions({ primaryColor: "red" })).toBe(true);
    expect(resolveScheme(null, undefined, true)).toEqual({ scheme: "dark", custom: true });
    expect(resolveScheme(null, "light", true)).toEqual({ scheme: "light", custom: true });
    expect(resolveScheme("dark", "light", false)).toEqual({ scheme: "dark", custom: false });
    expect(resolveScheme("system", "dark", false)).toEqual({ scheme: "light", custom: false });
  });
});

describe("remembered theme", () => {
  it("round-trips through storage and survives garbage", async () => {
    const { lastTheme, rememberTheme } = await import("../chrome/preferences");
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    rememberTheme({ base: "dark" }, storage);
    expect(lastTheme(storage)).toEqual({ base: "dark" });
    store.set("rill.lastTheme", "not json");
    expect(lastTheme(storage)).toEqual({});
  });
});
