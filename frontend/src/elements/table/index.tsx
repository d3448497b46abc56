/** `table`: a static HTML table of display strings. */
import type { ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import "./table.css";

export default function Table({ props }: PropsOf<"table">): ReactNode {
  const index = props.index ?? null;
  return (
    <div className="rill-table-wrap" tabIndex={0} role="region" aria-label="Table">
      <table className="rill-table">
        <thead>
          <tr>
            {index ? <th scope="col" className="rill-table-blank" aria-label="Index" /> : null}
            {props.columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row, r) => (
            <tr key={r}>
              {index ? <th scope="row">{index[r] ?? ""}</th> : null}
              {row.map((cell, c) => (
                <td key={c} className={/^-?[\d.,]+%?$/.test(cell) ? "rill-num" : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {props.rows.length === 0 ? <p className="rill-table-empty">empty</p> : null}
    </div>
  );
}
