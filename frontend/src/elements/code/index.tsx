/** `code`: a highlighted block with a copy button. */
import { useEffect, useState, type ReactNode } from "react";
import { IconCheck, IconCopy } from "../../render/icons";
import type { PropsOf } from "../../render/types";
import { highlight, languageName, loadLanguage } from "./highlight";
import "./code.css";

export function CopyButton({ text }: { text: string }): ReactNode {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const t = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(t);
  }, [copied]);
  return (
    <button
      type="button"
      className="rill-copy"
      aria-label={copied ? "Copied" : "Copy to clipboard"}
      title={copied ? "Copied" : "Copy to clipboard"}
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(() => setCopied(true));
      }}
    >
      {copied ? <IconCheck /> : <IconCopy />}
    </button>
  );
}

export default function Code({ props }: PropsOf<"code">): ReactNode {
  const name = languageName(props.language);
  const [html, setHtml] = useState<string | null>(() =>
    name ? highlight(props.body, name) : null,
  );

  useEffect(() => {
    if (!name) return setHtml(null);
    let live = true;
    void loadLanguage(name).then(() => {
      if (live) setHtml(highlight(props.body, name));
    });
    return () => {
      live = false;
    };
  }, [name, props.body]);

  const lines = props.line_numbers ? props.body.split("\n").length : 0;
  return (
    <div className="rill-code" data-wrap={props.wrap_lines || undefined}>
      {/* Focusable, so that long lines can be scrolled from the keyboard too. */}
      <pre tabIndex={0}>
        {lines ? (
          <span className="rill-code-gutter" aria-hidden="true">
            {Array.from({ length: lines }, (_, i) => `${i + 1}\n`).join("")}
          </span>
        ) : null}
        {html !== null ? (
          <code className={`hljs language-${name}`} dangerouslySetInnerHTML={{ __html: html }} />
        ) : (
          <code>{props.body}</code>
        )}
      </pre>
      <CopyButton text={props.body} />
    </div>
  );
}
