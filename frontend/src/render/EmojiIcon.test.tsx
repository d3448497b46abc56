import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { EmojiIcon, isDrawableIcon, materialName } from "./EmojiIcon";

describe("EmojiIcon", () => {
  it("draws emoji as text", () => {
    const { container } = render(<EmojiIcon icon="🎉" />);
    expect(container.querySelector(".rill-emoji-icon")?.textContent).toBe("🎉");
  });

  it("draws :material/name: with the Material Symbols ligature", () => {
    const { container } = render(<EmojiIcon icon=":material/home:" />);
    const span = container.querySelector(".rill-material-icon");
    expect(span?.textContent).toBe("home");
    expect(span?.getAttribute("aria-hidden")).toBe("true");
  });

  it("skips empty and malformed icons", () => {
    expect(isDrawableIcon("")).toBe(false);
    expect(isDrawableIcon(":material/Not Valid:")).toBe(false);
    expect(materialName(":material/arrow_forward:")).toBe("arrow_forward");
  });
});
