import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderElement } from "../../test/render";

describe("code", () => {
  it("highlights the language once loaded", async () => {
    const { container } = renderElement("code", {
      body: "def f():\n    return 1",
      language: "python",
    });
    await waitFor(() => expect(container.querySelector(".hljs-keyword")).not.toBeNull());
    expect(container.textContent).toContain("return 1");
    expect(container.querySelector("pre")).toHaveAttribute("tabindex", "0"); // keyboard scroll
  });

  it("shows plain text for unknown languages and line numbers", () => {
    const { container } = renderElement("code", {
      body: "a\nb\nc",
      language: "klingon",
      line_numbers: true,
    });
    expect(container.querySelector("code")?.textContent).toBe("a\nb\nc");
    expect(container.querySelector(".rill-code-gutter")?.textContent).toBe("1\n2\n3\n");
  });

  it("copies to the clipboard", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    renderElement("code", { body: "print(1)", language: null });
    fireEvent.click(screen.getByRole("button", { name: "Copy to clipboard" }));
    expect(writeText).toHaveBeenCalledWith("print(1)");
    await screen.findByRole("button", { name: "Copied" });
  });
});
