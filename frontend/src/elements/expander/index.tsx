/** `expander`: a disclosure block that opens and closes in the browser. */
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { Markdown } from "../../markdown/Markdown";
import { ElementList } from "../../render/ElementView";
import { EmojiIcon } from "../../render/EmojiIcon";
import { IconChevron } from "../../render/icons";
import type { PropsOf } from "../../render/types";
import "./expander.css";

export default function Expander({ element, props }: PropsOf<"expander">): ReactNode {
  const initial = props.expanded ?? false;
  const [open, setOpen] = useState(initial);
  const lastServer = useRef(initial);
  const id = useId();
  useEffect(() => {
    // The script may open or close it (st.expander(expanded=...)); follow changes only.
    if (initial !== lastServer.current) {
      lastServer.current = initial;
      setOpen(initial);
    }
  }, [initial]);
  return (
    <div className="rill-expander" data-open={open || undefined}>
      <button
        type="button"
        id={`${id}-summary`}
        className="rill-expander-summary"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        <EmojiIcon icon={props.icon} />
        <Markdown body={props.label} inline className="rill-expander-label" />
        <IconChevron className="rill-expander-chevron" />
      </button>
      <div
        id={id}
        role="region"
        aria-labelledby={`${id}-summary`}
        className="rill-expander-content"
        hidden={!open}
      >
        <ElementList nodes={element.children} />
      </div>
    </div>
  );
}
