/** `tabs`: a tab list over `tab` blocks, labelled in order. */
import { Tabs as MantineTabs } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { Markdown } from "../../markdown/Markdown";
import { ElementView } from "../../render/ElementView";
import type { PropsOf } from "../../render/types";
import "./tabs.css";

export default function Tabs({ element, props }: PropsOf<"tabs">): ReactNode {
  const [active, setActive] = useState<string | null>("0");
  const labels = props.labels.length
    ? props.labels
    : element.children.map((c) => String(c.props.label ?? ""));
  return (
    <MantineTabs value={active} onChange={setActive} className="rill-tabs" keepMounted>
      <MantineTabs.List>
        {labels.map((label, i) => (
          <MantineTabs.Tab key={i} value={String(i)}>
            <Markdown body={label} inline />
          </MantineTabs.Tab>
        ))}
      </MantineTabs.List>
      {labels.map((_, i) => {
        const child = element.children[i];
        return (
          <MantineTabs.Panel key={i} value={String(i)} className="rill-tab-panel">
            {child ? <ElementView node={child} /> : null}
          </MantineTabs.Panel>
        );
      })}
    </MantineTabs>
  );
}
