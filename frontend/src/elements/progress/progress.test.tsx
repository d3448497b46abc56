import { screen } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { loadMarkdownEngine } from "../../markdown/Markdown";
import { renderElement } from "../../test/render";

beforeAll(async () => {
  await loadMarkdownEngine();
});

describe("progress", () => {
  it("is a progressbar named by its text, with its value, min and max", () => {
    renderElement("progress", { value: 40, text: "Loading **files**" });
    const bar = screen.getByRole("progressbar", { name: "Loading files" });
    expect(bar).toHaveAttribute("aria-valuenow", "40");
    expect(bar).toHaveAttribute("aria-valuemin", "0");
    expect(bar).toHaveAttribute("aria-valuemax", "100");
    expect(bar).toHaveAttribute("aria-valuetext", "40%");
    expect(screen.getByText("files").tagName).toBe("STRONG");
  });

  it("fills the bar to its value and follows updates", () => {
    const { container, update } = renderElement("progress", { value: 10 });
    const fill = container.querySelector(".rill-progress-fill") as HTMLElement;
    expect(fill.style.width).toBe("10%");
    update({ value: 75 });
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "75");
    expect((container.querySelector(".rill-progress-fill") as HTMLElement).style.width).toBe("75%");
  });

  it("has a name without text, and keeps hostile values in range", () => {
    renderElement("progress", { value: 250 });
    const bar = screen.getByRole("progressbar", { name: "Progress" });
    expect(bar).toHaveAttribute("aria-valuenow", "100");
  });

  it("takes a fixed width in pixels", () => {
    const { container } = renderElement("progress", { value: 5, width: 200 });
    expect((container.querySelector(".rill-progress") as HTMLElement).style.width).toBe("200px");
  });
});
