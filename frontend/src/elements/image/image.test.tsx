import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement } from "../../test/render";

const PICTURE = {
  src: "_rill/media/abc.png",
  alt: "Chart: Sales.",
  pixel_width: 640,
  pixel_height: 480,
};

describe("image", () => {
  it("shows each picture with its alternative text and intrinsic size", () => {
    renderElement("image", { images: [PICTURE] });
    const img = screen.getByRole("img", { name: "Chart: Sales." });
    expect(img).toHaveAttribute("src", "_rill/media/abc.png");
    expect(img).toHaveAttribute("width", "640");
    expect(img).toHaveAttribute("height", "480");
  });

  it("captions pictures and lays several side by side", () => {
    const { container } = renderElement("image", {
      images: [
        { ...PICTURE, caption: "First" },
        { src: "_rill/media/def.png", alt: "Second picture" },
      ],
      width: "content",
    });
    expect(container.querySelectorAll("figure")).toHaveLength(2);
    expect(container.querySelector("figcaption")).toHaveTextContent("First");
    expect(container.querySelector(".rill-image-list")).toHaveAttribute("data-width", "content");
    expect(screen.getByRole("img", { name: "Second picture" })).not.toHaveAttribute("width");
  });

  it("takes a width in pixels", () => {
    const { container } = renderElement("image", { images: [PICTURE], width: 300 });
    expect((container.querySelector("figure") as HTMLElement).style.width).toBe("300px");
  });
});
