/** `container`: a vertical block; `height` makes it scroll, `border` draws a frame. */
import { useEffect, type ReactNode } from "react";
import { useWidgets } from "../../render/context";
import { ElementList } from "../../render/ElementView";
import type { PropsOf } from "../../render/types";
import "./container.css";

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
  const border = props.border ?? (props.height ? true : false);
  return (
    <div
      className="rill-block rill-container"
      data-border={border || undefined}
      data-scroll={props.height ? true : undefined}
      style={props.height ? { height: props.height } : undefined}
      tabIndex={props.height ? 0 : undefined}
    >
      <ElementList nodes={element.children} />
    </div>
  );
}
