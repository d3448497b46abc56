import { describe, expect, it } from "vitest";
import { renderElement, renderTree } from "../../test/render";

function space(size: unknown): HTMLElement {
  const { container } = renderElement("space", { size });
  return container.querySelector(".rill-space") as HTMLElement;
}

describe("space", () => {
  it("is empty room of the named size or pixels, hidden from screen readers", () => {
    expect(space("small").style.getPropertyValue("--rill-space")).toBe("0.75rem");
    expect(space("medium").style.getPropertyValue("--rill-space")).toBe("2.5rem");
    expect(space("large").style.getPropertyValue("--rill-space")).toBe("4.25rem");
    expect(space(24).style.getPropertyValue("--rill-space")).toBe("24px");
    expect(space("small")).toHaveAttribute("aria-hidden", "true");
  });

  it("stretches when asked, in a horizontal container too", () => {
    expect(space("stretch")).toHaveAttribute("data-stretch");
    const { container } = renderTree([
      [[0, 0], { kind: "container", props: { horizontal: true }, block: true }],
      [[0, 0, 0], { kind: "space", props: { size: "stretch" } }],
    ]);
    expect(container.querySelector("[data-horizontal] .rill-space")).toHaveAttribute(
      "data-width",
      "stretch",
    );
  });
});
