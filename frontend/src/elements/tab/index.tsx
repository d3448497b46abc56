/** `tab`: the contents of one tab (the `tabs` block draws the tab itself). */
import type { ReactNode } from "react";
import { ElementList } from "../../render/ElementView";
import type { PropsOf } from "../../render/types";

export default function Tab({ element }: PropsOf<"tab">): ReactNode {
  return (
    <div className="rill-block rill-tab">
      <ElementList nodes={element.children} />
    </div>
  );
}
