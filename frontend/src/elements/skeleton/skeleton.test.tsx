import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement } from "../../test/render";

describe("skeleton", () => {
  it("is a busy status that says it is loading", () => {
    renderElement("skeleton", {});
    const region = screen.getByRole("status");
    expect(region).toHaveAttribute("aria-busy", "true");
    expect(region).toHaveTextContent("Loading…");
  });

  it("takes the height and width it is given", () => {
    renderElement("skeleton", { height: 120, width: 300 });
    const block = screen.getByRole("status");
    expect(block.style.height).toBe("120px");
    expect(block.style.width).toBe("300px");
  });

  it("fills a parent of fixed height with stretch", () => {
    renderElement("skeleton", { height: "stretch" });
    expect(screen.getByRole("status").style.height).toBe("100%");
  });
});
