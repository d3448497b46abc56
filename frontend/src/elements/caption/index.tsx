/** `caption`: small, muted Markdown. */
import type { ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { MarkdownBlock } from "../markdown";
import "./caption.css";

export default function Caption(p: PropsOf<"caption">): ReactNode {
  return <MarkdownBlock {...p} className="rill-caption" />;
}
