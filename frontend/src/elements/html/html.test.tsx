/**
 * DOMPurify does not work under happy-dom (its node walking differs from a browser's), so here
 * it is replaced by a stand-in that records what it is asked; what it removes in a real
 * browser is tested in Chromium (tests/browser/test_layout_browser.py).
 */
import { waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderElement } from "../../test/render";
import { stripHandlers, stylesOnly } from ".";

const calls = vi.hoisted(() => [] as { body: string; options: unknown }[]);
vi.mock("dompurify", () => ({
  default: {
    addHook: () => undefined,
    sanitize: (body: string, options: unknown) => {
      calls.push({ body, options });
      return body.replace(/<script[\s\S]*?<\/script>/g, "");
    },
  },
}));

describe("html", () => {
  it("shows what the sanitizer returns, keeping a leading <style>", async () => {
    calls.length = 0;
    const body = "<style>p{}</style><p>Hello <b>there</b></p><script>window.ran = 1</script>";
    const { container } = renderElement("html", { body: body.replace("<b>", "<b onclick='x()'>") });
    await waitFor(() => expect(container.querySelector(".rill-html b")).not.toBeNull());
    const stripped = body.replace("<b>", "<b >");
    expect(calls).toEqual([
      { body: stripped, options: { FORCE_BODY: true, ADD_ATTR: ["target"] } },
    ]);
    const html = container.querySelector(".rill-html") as HTMLElement;
    expect(html.innerHTML).toBe("<style>p{}</style><p>Hello <b>there</b></p>");
  });

  it("skips the sanitizer and recreates scripts so that they run, when JavaScript is allowed", async () => {
    calls.length = 0;
    // A data block: happy-dom does not load script files, but it recreates it just the same.
    const body = '<p>Hi</p><script type="application/json" data-n="1">{"a": 1}</script>';
    const { container } = renderElement("html", { body, unsafe_allow_javascript: true });
    await waitFor(() => expect(container.querySelector(".rill-html script")).not.toBeNull());
    expect(calls).toEqual([]);
    const script = container.querySelector(".rill-html script") as HTMLScriptElement;
    expect(script.type).toBe("application/json");
    expect(script.dataset.n).toBe("1");
    expect(script.text).toBe('{"a": 1}');
    expect(script.async).toBe(false);
  });

  it("takes no room when it holds only styles", async () => {
    const { container } = renderElement("html", { body: "<style>p { color: red }</style>" });
    await waitFor(() => expect(container.querySelector(".rill-html")).not.toBeNull());
    expect(container.querySelector(".rill-html")).toHaveAttribute("data-styles-only");
  });

  it("drops event handler attributes before anything parses them", () => {
    expect(stripHandlers('<img src="a.png" onerror="x()" alt=\'b\'>')).toBe(
      "<img src=\"a.png\"  alt='b'>",
    );
    expect(stripHandlers("<svg/onload=x()><a href=y ONCLICK = 'z'>t</a>")).toBe(
      "<svg/><a href=y >t</a>",
    );
    expect(stripHandlers('<p title="t"onmouseover=x>on top=1</p>')).toBe(
      '<p title="t">on top=1</p>',
    );
  });

  it("knows HTML made only of styles and comments", () => {
    expect(stylesOnly("<!-- c --><style>a{}</style>\n<STYLE media='x'>b{}</STYLE>")).toBe(true);
    expect(stylesOnly("<style>a{}</style><p>text</p>")).toBe(false);
  });

  it("takes a width", async () => {
    const { container } = renderElement("html", { body: "<p>w</p>", width: 240 });
    await waitFor(() => expect(container.querySelector(".rill-html")).not.toBeNull());
    expect((container.querySelector(".rill-html") as HTMLElement).style.width).toBe("240px");
    const content = renderElement("html", { body: "<p>c</p>", width: "content" });
    await waitFor(() => expect(content.container.querySelector(".rill-html")).not.toBeNull());
    expect(content.container.querySelector(".rill-html")).toHaveAttribute("data-width", "content");
  });
});
