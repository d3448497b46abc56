/**
 * `data_editor`: an editable grid, always a widget. Each committed edit sends the cumulative
 * `{edited_rows, added_rows, deleted_rows}` (held until submit inside a form).
 */
import { useMemo, type ReactNode } from "react";
import { Grid } from "../../grid/Grid";
import type { EditingState, IncomingEditingState } from "../../grid/types";
import type { PropsOf } from "../../render/types";
import { useWidget } from "../../render/useWidget";

const NO_EDITS: EditingState = { edited_rows: {}, added_rows: [], deleted_rows: [] };

export default function DataEditor({ element, props }: PropsOf<"data_editor">): ReactNode {
  const widget = useWidget<IncomingEditingState>(element, props.value ?? NO_EDITS);
  const editing = useMemo(
    () => ({ value: widget.value, commit: widget.commit }),
    [widget.value, widget.commit],
  );
  return (
    <Grid key={element.id ?? "data_editor"} props={props} name="Data editor" editing={editing} />
  );
}
