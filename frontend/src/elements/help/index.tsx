/**
 * `help` (`st.help`): an object's name and type, its value or qualified name with its call
 * signature, its docstring, and a table of its members behind a disclosure button.
 */
import { useId, useState, type ReactNode } from "react";
import { IconChevron } from "../../render/icons";
import type { PropsOf } from "../../render/types";
import "./help.css";

/** Members are listed open up to this many; a longer list starts closed. */
const OPEN_UP_TO = 20;

export default function HelpView({ props }: PropsOf<"help">): ReactNode {
  const titleId = useId();
  const membersId = useId();
  const members = props.members ?? [];
  const [open, setOpen] = useState(members.length <= OPEN_UP_TO);
  const signature = props.signature ?? "";
  const title = props.name ?? (props.value ? props.value + signature : props.type);
  const detail = props.name && props.value ? props.value + signature : props.name ? signature : "";
  return (
    <div className="rill-doc" role="group" aria-labelledby={titleId}>
      <div className="rill-doc-head">
        <code id={titleId} className="rill-doc-name">
          {title}
        </code>
        <span className="rill-doc-type">{props.type}</span>
      </div>
      {detail ? <code className="rill-doc-value">{detail}</code> : null}
      {props.doc ? <pre className="rill-doc-string">{props.doc}</pre> : null}
      {members.length > 0 ? (
        <div className="rill-doc-members">
          <button
            type="button"
            className="rill-doc-toggle"
            aria-expanded={open}
            aria-controls={membersId}
            onClick={() => setOpen((o) => !o)}
          >
            <IconChevron className="rill-doc-chevron" />
            {`${members.length} ${members.length === 1 ? "member" : "members"}`}
          </button>
          <table id={membersId} className="rill-doc-table" hidden={!open}>
            <caption className="rill-sr-only">{`Members of ${title}`}</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Type</th>
                <th scope="col">Value or summary</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.name}>
                  <th scope="row">
                    <code>{member.name}</code>
                  </th>
                  <td className="rill-doc-member-type">{member.type}</td>
                  <td>{member.value != null ? <code>{member.value}</code> : (member.doc ?? "")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
