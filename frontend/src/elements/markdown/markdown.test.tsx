import { screen, waitFor } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { loadMarkdownEngine } from "../../markdown/Markdown";
import { renderElement } from "../../test/render";

beforeAll(async () => {
  await loadMarkdownEngine();
});

describe("markdown", () => {
  it("renders Markdown", () => {
    const { container } = renderElement("markdown", {
      body: "Hello **world** [link](https://x.org)",
    });
    expect(container.querySelector("strong")?.textContent).toBe("world");
    const link = screen.getByRole("link", { name: "link" });
    expect(link).toHaveAttribute("target", "_blank");
  });

  it("colors text and backgrounds, with nesting", () => {
    const { container } = renderElement("markdown", {
      body: ":red[red **bold**] :blue-background[on blue] :grey[gray] :rainbow[r] :primary[p]",
    });
    expect(container.querySelector(".rill-fg-red strong")?.textContent).toBe("bold");
    expect(container.querySelector(".rill-bg-blue")?.textContent).toBe("on blue");
    expect(container.querySelector(".rill-fg-gray")).not.toBeNull();
    expect(container.querySelector(".rill-fg-rainbow")).not.toBeNull();
    expect(container.querySelector(".rill-fg-primary")).not.toBeNull();
  });

  it("replaces emoji shortcodes", () => {
    renderElement("markdown", { body: "Launch :rocket: now :not_an_emoji:" });
    expect(screen.getByText("Launch 🚀 now :not_an_emoji:")).toBeInTheDocument();
  });

  it("escapes HTML unless unsafe_allow_html", () => {
    const safe = renderElement("markdown", { body: "<b>bold</b>" });
    expect(safe.container.querySelector("b")).toBeNull();
    safe.unmount();
    const unsafe = renderElement("markdown", { body: "<b>bold</b>", unsafe_allow_html: true });
    expect(unsafe.container.querySelector("b")?.textContent).toBe("bold");
  });

  it("renders math with KaTeX once it loads, and leaves money alone", async () => {
    const { container } = renderElement("markdown", {
      body: "Euler $e^{i\\pi}+1=0$ costs $5 and $10\n\n$$x^2$$",
    });
    await waitFor(() => expect(container.querySelector(".katex")).not.toBeNull(), {
      timeout: 4000,
    });
    expect(container.querySelectorAll(".katex-display").length).toBe(1);
    expect(container.textContent).toContain("costs $5 and $10");
  });

  it("shows a help icon", () => {
    renderElement("markdown", { body: "x", help: "Some help" });
    expect(screen.getByRole("button", { name: "Help" })).toBeInTheDocument();
  });
});
