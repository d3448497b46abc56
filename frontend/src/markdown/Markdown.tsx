/**
 * Markdown text. The engine (markdown-it) is a separate chunk that starts loading right after
 * the first paint; until it is there the text shows as plain text, so nothing jumps much.
 */
import { createElement, useEffect, useState, type ReactNode } from "react";

type Engine = typeof import("./engine");
let engine: Engine | null = null;
let loading: Promise<Engine> | null = null;

export function loadMarkdownEngine(): Promise<Engine> {
  loading ??= import("./engine").then((m) => (engine = m));
  return loading;
}

export interface MarkdownProps {
  body: string;
  inline?: boolean;
  allowHtml?: boolean;
  className?: string;
  /** Element to render into; `div` for blocks, `span` for inline text by default. */
  as?: "div" | "span" | "p" | "h1" | "h2" | "h3" | "label";
  id?: string;
}

export function Markdown({ body, inline, allowHtml, className, as, id }: MarkdownProps): ReactNode {
  const [, setVersion] = useState(0);
  const rendered = engine?.render(body, { inline, allowHtml });

  useEffect(() => {
    let live = true;
    const bump = (): void => {
      if (live) setVersion((v) => v + 1);
    };
    if (!engine) void loadMarkdownEngine().then(bump);
    else if (rendered?.pendingMath) void engine.loadMath().then(bump);
    return () => {
      live = false;
    };
  }, [rendered?.pendingMath]);

  const tag = as ?? (inline ? "span" : "div");
  const cls = `rill-markdown${className ? ` ${className}` : ""}`;
  if (!rendered) return createElement(tag, { className: cls, id }, body);
  return createElement(tag, {
    className: cls,
    id,
    dangerouslySetInnerHTML: { __html: rendered.html },
  });
}
