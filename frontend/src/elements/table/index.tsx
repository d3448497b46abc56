/**
 * `table`: a static HTML table of Arrow rows (the same encoding as `dataframe`), every row drawn
 * at once. Cells show what the grid would show (numbers, dates in their zone, lists, JSON);
 * a pandas Styler's display texts, colors and backgrounds (`styles`) win over that.
 */
import { useMemo, type CSSProperties, type ReactNode } from "react";
import { decodeFrame } from "../../grid/arrow";
import { layoutColumns, type GridColumn } from "../../grid/columns";
import { displayText, NULL_TEXT } from "../../grid/display";
import type { ColumnSpec, Styles } from "../../grid/types";
import type { PropsOf } from "../../render/types";
import "./table.css";

function cellStyle(styles: Styles | null | undefined, field: string, row: number): CSSProperties {
  const color = styles?.color?.[field]?.[row];
  const background = styles?.background?.[field]?.[row];
  const style: CSSProperties = {};
  if (color) style.color = color;
  if (background) style.background = background;
  return style;
}

function size(value: number | string | undefined, fallback: string): string {
  return typeof value === "number" ? `${value}px` : fallback;
}

export default function Table({ props }: PropsOf<"table">): ReactNode {
  const frame = useMemo(() => decodeFrame(props.data), [props.data]);
  const columns: GridColumn[] = useMemo(() => {
    const specs: ColumnSpec[] = props.columns.map((c) => ({ ...c }));
    // A table keeps the data's column order: index first, nothing pinned or reordered.
    return layoutColumns({ columns: specs, hideIndex: props.hide_index, fields: frame.fields })
      .columns;
  }, [props.columns, props.hide_index, frame]);
  const styles = props.styles;
  const rows = Array.from({ length: frame.numRows }, (_, r) => r);

  function text(col: GridColumn, row: number): { text: string; missing: boolean } {
    const styled = styles?.display?.[col.field]?.[row];
    if (styled !== undefined && styled !== null) return { text: styled, missing: false };
    const value = frame.value(col.field, row);
    if (value === null) return { text: NULL_TEXT, missing: true };
    return { text: displayText(col, value), missing: false };
  }

  const border = props.border === "horizontal" ? "horizontal" : props.border ? "all" : "none";
  const wrapStyle: CSSProperties = {
    width: props.width === "content" ? "max-content" : size(props.width, "100%"),
    maxHeight: props.height === "content" ? undefined : size(props.height, "100%"),
  };
  const shown = frame.numRows;
  const total = props.total_rows ?? shown;
  return (
    <div className="rill-table-element">
      <div
        className={`rill-table-wrap rill-table-border-${border}`}
        style={wrapStyle}
        tabIndex={0}
        role="region"
        aria-label="Table"
      >
        <table className="rill-table">
          {props.hide_header ? null : (
            <thead>
              <tr>
                {columns.map((col) => (
                  <th
                    key={col.field}
                    scope="col"
                    className={col.kind === "number" ? "rill-num" : undefined}
                    aria-label={col.title === "" ? "Index" : undefined}
                  >
                    {col.title}
                  </th>
                ))}
              </tr>
            </thead>
          )}
          <tbody>
            {rows.map((row) => (
              <tr key={row}>
                {columns.map((col) => {
                  const cell = text(col, row);
                  const className =
                    [col.kind === "number" ? "rill-num" : "", cell.missing ? "rill-table-null" : ""]
                      .filter(Boolean)
                      .join(" ") || undefined;
                  const style = cellStyle(styles, col.field, row);
                  return col.spec.kind === "index" ? (
                    <th key={col.field} scope="row" className={className} style={style}>
                      {cell.text}
                    </th>
                  ) : (
                    <td key={col.field} className={className} style={style}>
                      {cell.text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {shown === 0 ? <p className="rill-table-empty">empty</p> : null}
      </div>
      {total > shown ? (
        <p className="rill-table-more">
          Showing {shown.toLocaleString()} of {total.toLocaleString()} rows.
        </p>
      ) : null}
    </div>
  );
}
