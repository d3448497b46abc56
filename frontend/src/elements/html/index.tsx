/**
 * `html`: HTML in the page. Unless `unsafe_allow_javascript`, it is sanitized first
 * (DOMPurify: no scripts, no event handler attributes, no `javascript:` URLs; styles stay).
 * With it, the HTML is used as it is and its scripts are run in document order: the server
 * has moved inline ones to same-origin files, which the page's policy allows. HTML holding only
 * `<style>` elements takes no room.
 */
import DOMPurify from "dompurify";
import { useLayoutEffect, useMemo, useRef, type ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import "./html.css";

const COMMENTS = /<!--[\s\S]*?-->/g;
const STYLES = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

/** Whether the HTML is nothing but `<style>` elements and comments. */
export function stylesOnly(body: string): boolean {
  return body.replace(COMMENTS, "").replace(STYLES, "").trim() === "";
}

// Links that open elsewhere must not hand the app's window to the page they open.
DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (node instanceof HTMLAnchorElement && node.hasAttribute("target")) {
    node.setAttribute("rel", "noopener noreferrer");
  }
});

const TAG = /<[A-Za-z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const HANDLER = /([\s/"'])on[a-z0-9_-]*\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*)/gi;

/**
 * The HTML without event handler attributes (`onerror=...`), before it is parsed at all: the
 * browser reports every inline handler it parses as a Content-Security-Policy violation, even
 * in a document that never runs it. DOMPurify removes what this misses.
 */
export function stripHandlers(body: string): string {
  return body.replace(TAG, (tag) => tag.replace(HANDLER, "$1"));
}

/** The HTML with everything that could run code removed. */
export function sanitize(body: string): string {
  // FORCE_BODY keeps a leading <style>, which the parser would otherwise move to <head>.
  return DOMPurify.sanitize(stripHandlers(body), { FORCE_BODY: true, ADD_ATTR: ["target"] });
}

/** Replace each parsed `<script>` of `root` by a fresh one, which the browser runs. */
function runScripts(root: HTMLElement): void {
  for (const old of Array.from(root.querySelectorAll("script"))) {
    const fresh = document.createElement("script");
    for (const { name, value } of Array.from(old.attributes)) fresh.setAttribute(name, value);
    // Scripts added from code run as soon as they load unless told to keep their order.
    fresh.async = false;
    fresh.text = old.text;
    old.replaceWith(fresh);
  }
}

export default function Html({ props }: PropsOf<"html">): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const unsafe = props.unsafe_allow_javascript === true;
  const html = useMemo(() => (unsafe ? props.body : sanitize(props.body)), [props.body, unsafe]);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    node.innerHTML = html;
    if (unsafe) runScripts(node);
  }, [html, unsafe]);
  const width = props.width ?? "stretch";
  return (
    <div
      ref={ref}
      className="rill-html"
      data-styles-only={stylesOnly(props.body) || undefined}
      data-width={typeof width === "number" ? "pixels" : width}
      style={typeof width === "number" ? { width: `${width}px` } : undefined}
    />
  );
}
