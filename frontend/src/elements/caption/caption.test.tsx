import { describe, expect, it } from "vitest";
import { renderElement } from "../../test/render";

describe("caption", () => {
  it("renders small muted Markdown", () => {
    const { container } = renderElement("caption", { body: "A caption" });
    expect(container.querySelector(".rill-caption")?.textContent).toBe("A caption");
  });
});
