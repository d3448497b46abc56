import { screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderElement } from "../../test/render";
import { accTitle, diagramName } from ".";

const mermaid = vi.hoisted(() => ({ initialize: vi.fn(), render: vi.fn() }));
vi.mock("mermaid", () => ({ default: mermaid }));

const SVG =
  '<svg id="m" aria-roledescription="flowchart-v2" style="max-width: 200px" height="80">' +
  '<g class="node"><rect width="10" height="10"/></g></svg>';

describe("mermaid_chart", () => {
  beforeEach(() => {
    mermaid.initialize.mockReset();
    mermaid.render.mockReset();
  });

  it("renders the source with mermaid's strict security, named by its type", async () => {
    mermaid.render.mockResolvedValue({ svg: SVG });
    renderElement("mermaid_chart", { body: "graph LR\n  A --> B" });
    const diagram = await screen.findByRole("img", { name: "Mermaid flowchart diagram" });
    await waitFor(() => expect(diagram.querySelector("rect")).not.toBeNull());
    expect(mermaid.initialize).toHaveBeenCalledWith(
      expect.objectContaining({ securityLevel: "strict", startOnLoad: false, theme: "default" }),
    );
    expect(mermaid.render.mock.calls[0]?.[1]).toBe("graph LR\n  A --> B");
    // The SVG's own roles stay out of the way of the named image.
    expect(diagram.querySelector("svg")).toHaveAttribute("aria-hidden", "true");
  });

  it("draws in mermaid's dark theme when the app is dark", async () => {
    document.documentElement.style.colorScheme = "dark";
    try {
      mermaid.render.mockResolvedValue({ svg: SVG });
      renderElement("mermaid_chart", { body: "graph TD\n  X --> Y", alt: "Two steps" });
      await screen.findByRole("img", { name: "Two steps" });
      await waitFor(() =>
        expect(mermaid.initialize).toHaveBeenCalledWith(expect.objectContaining({ theme: "dark" })),
      );
    } finally {
      document.documentElement.style.colorScheme = "";
    }
  });

  it("shows mermaid's message for a diagram it cannot parse", async () => {
    mermaid.render.mockRejectedValue(new Error("Parse error on line 2"));
    renderElement("mermaid_chart", { body: "graph LR\n  A -->" });
    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent("Parse error on line 2"),
    );
  });

  it("takes the accessible name from alt, accTitle or the diagram type", () => {
    expect(accTitle("graph LR\n  accTitle: Order flow\n  A --> B")).toBe("Order flow");
    expect(diagramName("graph LR", " Mine ", "flowchart-v2")).toBe("Mine");
    expect(diagramName("sequenceDiagram\n accTitle: Hello", null, "sequence")).toBe("Hello");
    expect(diagramName("sequenceDiagram", null, "sequence")).toBe("Mermaid sequence diagram");
    expect(diagramName("x", null, null)).toBe("Mermaid diagram");
  });
});
