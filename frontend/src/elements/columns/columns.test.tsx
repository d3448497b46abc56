import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderTree } from "../../test/render";

describe("columns", () => {
  it("sizes columns by weight and aligns them", () => {
    const { container } = renderTree([
      [
        [0, 0],
        { kind: "columns", props: { gap: "large", vertical_alignment: "center" }, block: true },
      ],
      [[0, 0, 0], { kind: "column", props: { weight: 2 }, block: true }],
      [[0, 0, 1], { kind: "column", props: { weight: 1 }, block: true }],
      [[0, 0, 1, 0], { kind: "text", props: { body: "right" } }],
    ]);
    const row = container.querySelector(".rill-columns") as HTMLElement;
    expect(row).toHaveAttribute("data-align", "center");
    expect(row.style.getPropertyValue("--rill-columns-gap")).toBe("4rem");
    const slots = container.querySelectorAll<HTMLElement>(".rill-column-slot");
    expect(slots).toHaveLength(2);
    expect(slots[0]?.style.flex).toMatch(/^2 1 0%/);
    expect(screen.getByText("right")).toBeInTheDocument();
  });

  it("takes a width in pixels", () => {
    const { container } = renderTree([
      [[0, 0], { kind: "columns", props: { width: 400 }, block: true }],
      [[0, 0, 0], { kind: "column", props: { weight: 1 }, block: true }],
    ]);
    const row = container.querySelector(".rill-columns") as HTMLElement;
    expect(row.style.width).toBe("400px");
    expect(row).toHaveAttribute("data-width", "pixels");
  });
});
