/** `column`: one column of a `columns` row (its width is set by the row). */
import type { ReactNode } from "react";
import { ElementList } from "../../render/ElementView";
import type { PropsOf } from "../../render/types";

export default function Column({ element }: PropsOf<"column">): ReactNode {
  return (
    <div className="rill-block rill-column">
      <ElementList nodes={element.children} />
    </div>
  );
}
