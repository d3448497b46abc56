/**
 * `dataframe`: a frame in the canvas grid. With `selection_mode` set the element is a widget
 * (it has an `id`): each new selection is sent as `{"selection": {rows, columns, cells}}`,
 * rows being positions in the frame the app passed.
 */
import type { ReactNode } from "react";
import { Grid } from "../../grid/Grid";
import type { SelectionState } from "../../grid/types";
import type { PropsOf } from "../../render/types";

export default function Dataframe({ element, props, sendValue }: PropsOf<"dataframe">): ReactNode {
  const selecting = Boolean(element.id) && (props.selection_mode?.length ?? 0) > 0;
  return (
    <Grid
      key={element.id ?? "dataframe"}
      props={props}
      name="Dataframe"
      onSelection={selecting ? (value: SelectionState) => sendValue(value) : undefined}
      selected={selecting ? props.value : null}
    />
  );
}
