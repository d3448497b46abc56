/**
 * The dataframe / data_editor props are generated from the Python models
 * (src/rill/schemas/data.py → protocol.gen.ts); this module names the shapes the grid uses.
 */
import type {
  ColumnSpec,
  DataEditorProps,
  DataframeProps,
  EditingState as WireEditingState,
} from "../protocol.gen";

export type { ColumnSpec, DataEditorProps, DataframeProps, Styles } from "../protocol.gen";

/** What the grid reads: a dataframe's props, with a data_editor's editing ones. */
export type GridInputProps = Omit<DataframeProps, "value"> &
  Partial<Pick<DataEditorProps, "num_rows" | "disabled">>;

/** Streamlit's editing state, as data_editor sends it (every key present). */
export type EditingState = Required<WireEditingState>;

/** The editing state as the server may send it back (keys may be missing). */
export type IncomingEditingState = WireEditingState;

/** The selection a dataframe sends: rows are ORIGINAL positions. */
export interface SelectionState {
  selection: { rows: number[]; columns: string[]; cells: [number, string][] };
}

/** The kinds of spec the grid configures (for tests and helpers). */
export type SpecType = NonNullable<ColumnSpec["type"]>;

/** How a column's cells are drawn and edited. */
export type CellKind = SpecType | "duration";
