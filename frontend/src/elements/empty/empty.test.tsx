import { describe, expect, it } from "vitest";
import { renderElement } from "../../test/render";

describe("empty", () => {
  it("renders nothing", () => {
    const { container } = renderElement("empty", {});
    expect(container.querySelector("[data-kind=empty]")?.textContent).toBe("");
  });
});
