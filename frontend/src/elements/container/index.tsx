/**
 * `container`: a block of elements in a column, or in a wrapping row (`horizontal`), with a
 * gap, alignments, a width, a border, and a fixed height beyond which it scrolls (then it is
 * a named region the keyboard can reach, so that keyboard users can scroll it too).
 */
import { useEffect, type CSSProperties, type ReactNode } from "react";
import type { ContainerProps } from "../../protocol.gen";
import { useWidgets } from "../../render/context";
import { ElementList } from "../../render/ElementView";
import type { PropsOf } from "../../render/types";
import "./container.css";

const GAPS = { small: "1rem", medium: "2rem", large: "4rem" };
const FLEX = {
  left: "flex-start",
  top: "flex-start",
  center: "center",
  right: "flex-end",
  bottom: "flex-end",
  distribute: "space-between",
} as const;

/** The flex layout of a container's props, as inline style. */
export function layoutStyle(props: ContainerProps): CSSProperties {
  const style: Record<string, string> = {};
  if (props.gap !== undefined) style.gap = props.gap ? GAPS[props.gap] : "0";
  const horizontal = props.horizontal === true;
  const across = horizontal ? props.horizontal_alignment : props.vertical_alignment;
  const along = horizontal ? props.vertical_alignment : props.horizontal_alignment;
  if (across && across !== "left" && across !== "top") style.justifyContent = FLEX[across];
  // Left (in a column) keeps elements stretched to the container's width; "distribute" has
  // no meaning across the flow, so it aligns like left or top.
  if (along && along !== "left" && along !== "distribute") style.alignItems = FLEX[along];
  if (typeof props.width === "number") style.width = `${props.width}px`;
  if (typeof props.height === "number") style.height = `${props.height}px`;
  return style as CSSProperties;
}

/** `st-key-<key>` (the class Streamlit apps style) and `rill-key-<key>`, CSS-safe. */
export function keyClasses(key: string | null | undefined): string {
  if (!key) return "";
  const safe = key.replace(/[^A-Za-z0-9_-]/g, "-");
  return ` st-key-${safe} rill-key-${safe}`;
}

export default function Container({ element, props }: PropsOf<"container">): ReactNode {
  const manager = useWidgets();
  const fragmentId = props.fragment_id ?? null;
  const every = props.run_every ?? null;
  useEffect(() => {
    // A fragment with run_every reruns on its own while it is on screen.
    if (!fragmentId || !every || every <= 0) return;
    const timer = setInterval(() => manager.rerunFragment(fragmentId), every * 1000);
    return () => clearInterval(timer);
  }, [fragmentId, every, manager]);
  const scrolls = typeof props.height === "number";
  const border = props.border ?? scrolls;
  const width = props.width ?? "stretch";
  return (
    <div
      className={`rill-block rill-container${keyClasses(props.key)}`}
      data-border={border || undefined}
      data-horizontal={props.horizontal || undefined}
      data-width={typeof width === "number" ? "pixels" : width}
      data-height={props.height === "stretch" ? "stretch" : undefined}
      data-scroll={scrolls || undefined}
      style={layoutStyle(props)}
      role={scrolls ? "region" : undefined}
      aria-label={scrolls ? "Scrollable container" : undefined}
      tabIndex={scrolls ? 0 : undefined}
    >
      <ElementList nodes={element.children} />
    </div>
  );
}
