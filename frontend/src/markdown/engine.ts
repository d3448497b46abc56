/**
 * Markdown to HTML with rill's extensions: `:color[text]`, `:color-background[text]`, emoji
 * shortcodes and `$math$` / `$$math$$` (KaTeX, loaded only when a text has math in it).
 * This module is its own chunk: it loads in the background right after the first paint.
 */
import markdownIt, { type MarkdownIt, type StateBlock, type StateInline } from "markdown-it";
import { EMOJI } from "./emoji";

export const COLORS = new Set([
  "red",
  "orange",
  "yellow",
  "green",
  "blue",
  "violet",
  "gray",
  "grey",
  "rainbow",
  "primary",
]);

type Katex = typeof import("katex").default;
let katex: Katex | null = null;
let katexLoading: Promise<void> | null = null;

/** Load KaTeX (script and styles) once. */
export function loadMath(): Promise<void> {
  katexLoading ??= Promise.all([import("katex"), import("katex/dist/katex.min.css")]).then(
    ([mod]) => {
      katex = mod.default;
    },
  );
  return katexLoading;
}

export function mathReady(): boolean {
  return katex !== null;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Math as HTML: KaTeX output once loaded, the escaped source until then. */
export function renderMath(tex: string, display: boolean): string {
  if (!katex) {
    const cls = display ? "rill-math rill-math-display" : "rill-math";
    return `<span class="${cls} rill-math-pending">${escapeHtml(tex)}</span>`;
  }
  return katex.renderToString(tex, {
    displayMode: display,
    throwOnError: false,
    output: "htmlAndMathml",
  });
}

function colorRule(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x3a /* : */) return false;
  const match = /^:([a-z]+)(-background)?\[/.exec(state.src.slice(start, start + 32));
  if (!match || !COLORS.has(match[1] ?? "")) return false;
  const labelStart = start + match[0].length - 1;
  const labelEnd = state.md.helpers.parseLinkLabel(state, labelStart, false);
  if (labelEnd < 0) return false;
  if (!silent) {
    const name = match[1] === "grey" ? "gray" : (match[1] as string);
    const open = state.push("rill_color_open", "span", 1);
    open.attrSet("class", match[2] ? `rill-bg-${name}` : `rill-fg-${name}`);
    const [pos, max] = [state.pos, state.posMax];
    state.pos = labelStart + 1;
    state.posMax = labelEnd;
    state.md.inline.tokenize(state);
    state.pos = pos;
    state.posMax = max;
    state.push("rill_color_close", "span", -1);
  }
  state.pos = labelEnd + 1;
  return true;
}

function emojiRule(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x3a) return false;
  const material = /^:material\/([a-z0-9_]+):/.exec(state.src.slice(start, start + 64));
  if (material) {
    // The name is [a-z0-9_] only, so it is safe inside the markup.
    if (!silent) {
      state.push("html_inline", "", 0).content =
        `<span class="rill-material-icon" aria-hidden="true">${material[1] ?? ""}</span>`;
    }
    state.pos += material[0].length;
    return true;
  }
  const match = /^:([a-z0-9_+-]+):/.exec(state.src.slice(start, start + 40));
  const emoji = match && EMOJI[match[1] ?? ""];
  if (!match || !emoji) return false;
  if (!silent) state.push("text", "", 0).content = emoji;
  state.pos += match[0].length;
  return true;
}

function mathInlineRule(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const start = state.pos;
  if (src.charCodeAt(start) !== 0x24 /* $ */) return false;
  const display = src.charCodeAt(start + 1) === 0x24;
  const open = display ? 2 : 1;
  const first = src[start + open];
  if (first === undefined || (!display && /\s/.test(first))) return false;
  let end = start + open;
  for (;;) {
    end = src.indexOf(display ? "$$" : "$", end);
    if (end < 0) return false;
    if (src[end - 1] === "\\") {
      end += 1;
      continue;
    }
    // "$5 and $10" is money, not math: no space before a closing $, no digit after it.
    if (!display && (/\s/.test(src[end - 1] ?? "") || /\d/.test(src[end + 1] ?? ""))) {
      end += 1;
      continue;
    }
    break;
  }
  if (end === start + open) return false;
  if (!silent) {
    const token = state.push(display ? "rill_math_display" : "rill_math_inline", "", 0);
    token.content = src.slice(start + open, end);
    (state.env as { math?: boolean }).math = true;
  }
  state.pos = end + open;
  return true;
}

function mathBlockRule(
  state: StateBlock,
  startLine: number,
  endLine: number,
  silent: boolean,
): boolean {
  const begin = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
  const max = state.eMarks[startLine] ?? 0;
  if (state.src.slice(begin, begin + 2) !== "$$") return false;
  const firstLine = state.src.slice(begin + 2, max);
  let content: string;
  let line = startLine;
  if (firstLine.trimEnd().endsWith("$$") && firstLine.trim().length >= 2) {
    content = firstLine.trimEnd().slice(0, -2);
  } else {
    const lines = [firstLine];
    let found = false;
    while (++line < endLine) {
      const text = state.src.slice(
        (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0),
        state.eMarks[line],
      );
      if (text.trimEnd().endsWith("$$")) {
        lines.push(text.trimEnd().slice(0, -2));
        found = true;
        break;
      }
      lines.push(text);
    }
    if (!found) return false;
    content = lines.join("\n");
  }
  if (silent) return true;
  const token = state.push("rill_math_block", "div", 0);
  token.content = content.trim();
  token.map = [startLine, line + 1];
  (state.env as { math?: boolean }).math = true;
  state.line = line + 1;
  return true;
}

function build(html: boolean): MarkdownIt {
  const md = markdownIt({ html, linkify: true, breaks: false });
  md.inline.ruler.before("emphasis", "rill_color", colorRule);
  md.inline.ruler.after("rill_color", "rill_emoji", emojiRule);
  md.inline.ruler.after("escape", "rill_math", mathInlineRule);
  md.block.ruler.before("fence", "rill_math_block", mathBlockRule, {
    alt: ["paragraph", "reference", "blockquote", "list"],
  });
  md.renderer.rules.rill_math_inline = (tokens, i) => renderMath(tokens[i]?.content ?? "", false);
  md.renderer.rules.rill_math_display = (tokens, i) => renderMath(tokens[i]?.content ?? "", true);
  md.renderer.rules.rill_math_block = (tokens, i) =>
    `<div class="rill-math-block">${renderMath(tokens[i]?.content ?? "", true)}</div>\n`;
  const defaultLink = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, i, options, env, self) => {
    const token = tokens[i];
    const href = String(token?.attrGet("href") ?? "");
    if (token && /^https?:\/\//i.test(href)) {
      token.attrSet("target", "_blank");
      token.attrSet("rel", "noopener noreferrer");
    }
    return defaultLink
      ? defaultLink(tokens, i, options, env, self)
      : self.renderToken(tokens, i, options);
  };
  return md;
}

const instances = new Map<boolean, MarkdownIt>();

export interface Rendered {
  html: string;
  /** The text has math that KaTeX has not drawn yet. */
  pendingMath: boolean;
}

/** Render Markdown to HTML (`inline` for labels and headings: no paragraph wrapper). */
export function render(
  body: string,
  options: { inline?: boolean; allowHtml?: boolean } = {},
): Rendered {
  const allowHtml = options.allowHtml === true;
  let md = instances.get(allowHtml);
  if (!md) instances.set(allowHtml, (md = build(allowHtml)));
  const env: { math?: boolean } = {};
  const html = options.inline ? md.renderInline(body, env) : md.render(body, env);
  return { html, pendingMath: env.math === true && !katex };
}
