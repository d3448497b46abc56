import { screen } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { loadMarkdownEngine } from "../../markdown/Markdown";
import { renderElement } from "../../test/render";
import { formatNumber } from "./format";

beforeAll(async () => {
  await loadMarkdownEngine();
});

const BASE = { label: "Temperature", value: "70 °F" };

describe("metric", () => {
  it("is a group named by its label, with the value and a delta that says its direction", () => {
    const { container } = renderElement("metric", {
      ...BASE,
      delta: "1.2 °F",
      color: "green",
      direction: "up",
    });
    const group = screen.getByRole("group", { name: "Temperature" });
    expect(group).toHaveTextContent("70 °F");
    const delta = container.querySelector(".rill-metric-delta") as HTMLElement;
    expect(delta).toHaveClass("rill-fg-green");
    expect(delta).toHaveTextContent("Up 1.2 °F");
    expect(delta.querySelector(".rill-sr-only")).toHaveTextContent("Up");
    expect(delta.querySelector("svg")).toHaveAttribute("aria-hidden", "true");
  });

  it("shows a falling delta in red, pointing down", () => {
    const { container } = renderElement("metric", {
      ...BASE,
      delta: "-8%",
      color: "red",
      direction: "down",
      delta_description: "vs. last week",
    });
    const delta = container.querySelector(".rill-metric-delta") as HTMLElement;
    expect(delta).toHaveClass("rill-fg-red");
    expect(delta).toHaveAttribute("data-direction", "down");
    expect(delta).toHaveTextContent("Down -8%vs. last week");
  });

  it("has no delta row without a delta, and no arrow when the arrow is off", () => {
    const { container, update } = renderElement("metric", BASE);
    expect(container.querySelector(".rill-metric-delta")).toBeNull();
    update({ ...BASE, delta: "5", color: "gray", direction: "none" });
    const delta = container.querySelector(".rill-metric-delta") as HTMLElement;
    expect(delta.querySelector("svg")).toBeNull();
    expect(delta).toHaveTextContent(/^5$/);
  });

  it("formats numbers when a format is given", () => {
    const { container } = renderElement("metric", {
      label: "Revenue",
      value: "1234.5",
      number: 1234.5,
      delta: "-0.25",
      delta_number: -0.25,
      format: "dollar",
      color: "red",
      direction: "down",
    });
    expect(container.querySelector(".rill-metric-value")).toHaveTextContent("$1,234.50");
    expect(container.querySelector(".rill-metric-delta")).toHaveTextContent("-$0.25");
  });

  it("hides or collapses the label, keeping the group's name", () => {
    const { container } = renderElement("metric", { ...BASE, label_visibility: "collapsed" });
    expect(container.querySelector(".rill-label-row")).toHaveClass("rill-label-collapsed");
    expect(screen.getByRole("group", { name: "Temperature" })).toBeInTheDocument();
  });

  it("offers its help as a tooltip button", () => {
    renderElement("metric", { ...BASE, help: "Measured outside" });
    expect(screen.getByRole("button", { name: "Help" })).toBeInTheDocument();
  });

  it("draws a line sparkline named by a summary of the trend", () => {
    const { container } = renderElement("metric", {
      ...BASE,
      chart_data: [1, 3, 2, 4],
      color: "green",
      delta: "1",
      direction: "up",
    });
    const chart = screen.getByRole("img", {
      name: "Trend of 4 values: from 1 to 4, lowest 1, highest 4",
    });
    expect(chart).toHaveAttribute("data-chart-type", "line");
    const line = container.querySelector(".rill-metric-line") as SVGPathElement;
    expect(line.getAttribute("d")).toBe("M0 40L33.33 13.33L66.67 26.67L100 0");
    expect(line.getAttribute("stroke")).toBe("var(--rill-green)");
  });

  it("leaves a gap for a missing value and shades an area chart", () => {
    const { container } = renderElement("metric", {
      ...BASE,
      chart_data: [1, 2, null, 3, 4],
      chart_type: "area",
    });
    expect(container.querySelectorAll(".rill-metric-line")).toHaveLength(2);
    expect(container.querySelectorAll(".rill-metric-area")).toHaveLength(2);
    const line = container.querySelector(".rill-metric-line") as SVGPathElement;
    expect(line.getAttribute("stroke")).toBe("var(--rill-primary)");
  });

  it("draws one bar per value, from zero", () => {
    const { container } = renderElement("metric", {
      ...BASE,
      chart_data: [2, -1, 3],
      chart_type: "bar",
    });
    const bars = [...container.querySelectorAll<SVGRectElement>(".rill-metric-bar")];
    expect(bars).toHaveLength(3);
    const zero = (3 / 4) * 40;
    const negative = bars[1] as SVGRectElement;
    expect(Number(negative.getAttribute("y"))).toBeCloseTo(zero);
    expect(Number(negative.getAttribute("height"))).toBeCloseTo(10);
  });

  it("draws a long series with at most a few hundred points", () => {
    const data = Array.from({ length: 100_000 }, (_, i) => Math.sin(i / 1000));
    const { container } = renderElement("metric", { ...BASE, chart_data: data });
    const d = (container.querySelector(".rill-metric-line") as SVGPathElement).getAttribute("d");
    expect((d ?? "").split("L").length).toBeLessThanOrEqual(401);
    expect(screen.getByRole("img").getAttribute("aria-label")).toContain("100,000 values");
  });
});

describe("formatNumber", () => {
  it.each([
    [1234.5678, "%.2f", "1234.57"],
    [1234.5678, "%,.1f kg", "1,234.6 kg"],
    [-3, "%+d pts", "-3 pts"],
    [3, "%+d pts", "+3 pts"],
    [42, "%05d", "00042"],
    [255, "%x", "ff"],
    [0.5, "%d%%", "0%"],
    [1500, "%e", "1.500000e+3"],
    [7, "no specifier", "7"],
    [1234.5, "plain", "1234.5"],
    [0.256, "percent", "25.6%"],
    [1234.5, "euro", "€1,234.50"],
    [-5, "accounting", "($5.00)"],
    [1234567, "compact", "1.2M"],
  ])("formats %s with %s as %s", (value, format, expected) => {
    expect(formatNumber(value, format)).toBe(expected);
  });
});
