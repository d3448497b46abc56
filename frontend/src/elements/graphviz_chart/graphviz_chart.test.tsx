import { screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderElement } from "../../test/render";
import { themeAttributes } from ".";
import { readChartTheme } from "../plotly_chart/kit";

const viz = vi.hoisted(() => ({ renderSVGElement: vi.fn() }));
vi.mock("@viz-js/viz", () => ({ instance: async () => viz }));

function svg(title: string): SVGSVGElement {
  const root = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  root.setAttribute("width", "62pt");
  root.setAttribute("height", "116pt");
  root.innerHTML = `<g class="graph"><title>${title}</title><g class="node"><ellipse/></g></g>`;
  return root;
}

describe("graphviz_chart", () => {
  beforeEach(() => {
    viz.renderSVGElement.mockReset();
  });

  it("lays out the DOT source with its engine, in the theme's colors, as a named image", async () => {
    viz.renderSVGElement.mockReturnValue(svg("workflow"));
    renderElement("graphviz_chart", { spec: "digraph workflow { a -> b }", engine: "neato" });
    const graph = await screen.findByRole("img", { name: "Graph workflow" });
    expect(graph.querySelector("ellipse")).not.toBeNull();
    const [source, options] = viz.renderSVGElement.mock.calls[0] as [
      string,
      Record<string, unknown>,
    ];
    expect(source).toBe("digraph workflow { a -> b }");
    expect(options.engine).toBe("neato");
    expect(options.nodeAttributes).toEqual(themeAttributes(readChartTheme(null)).nodeAttributes);
  });

  it("prefers alt, ignores Graphviz's names for anonymous graphs, and sizes the SVG", async () => {
    viz.renderSVGElement.mockReturnValue(svg("%3"));
    renderElement("graphviz_chart", { spec: "digraph { a }", width: "stretch" });
    const graph = await screen.findByRole("img", { name: "Graph" });
    expect(graph).toHaveAttribute("width", "100%");
    viz.renderSVGElement.mockReturnValue(svg("%3"));
    renderElement("graphviz_chart", { spec: "digraph { b }", alt: "Steps", height: 200 });
    expect(await screen.findByRole("img", { name: "Steps" })).toHaveAttribute("height", "200px");
  });

  it("shows Graphviz's message for a graph it cannot read", async () => {
    viz.renderSVGElement.mockImplementation(() => {
      throw new Error("syntax error in line 1 near '->'");
    });
    renderElement("graphviz_chart", { spec: "digraph { -> }" });
    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent("syntax error in line 1 near '->'"),
    );
  });

  it("keeps the DOT source's own colors (the theme only sets defaults)", () => {
    const attributes = themeAttributes({ ...readChartTheme(null), text: "rgb(255, 255, 255)" });
    // As hex: Graphviz does not read CSS's rgb().
    expect(attributes.graphAttributes).toEqual({
      bgcolor: "transparent",
      color: "#ffffff",
      fontcolor: "#ffffff",
    });
  });
});
