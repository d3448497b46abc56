/** `json`: a collapsible tree of a JSON document. */
import { useState, type ReactNode } from "react";
import { IconChevron } from "../../render/icons";
import type { PropsOf } from "../../render/types";
import { CopyButton } from "../code";
import "../text/text.css";
import "./json.css";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function Scalar({ value }: { value: Json }): ReactNode {
  if (value === null) return <span className="rill-json-null">null</span>;
  if (typeof value === "string")
    return <span className="rill-json-string">{JSON.stringify(value)}</span>;
  if (typeof value === "number") return <span className="rill-json-number">{String(value)}</span>;
  return <span className="rill-json-bool">{String(value)}</span>;
}

function JsonNode({
  name,
  value,
  depth,
  open,
}: {
  name?: string;
  value: Json;
  depth: number;
  open: number;
}): ReactNode {
  const [expanded, setExpanded] = useState(depth < open);
  const key =
    name !== undefined ? <span className="rill-json-key">{JSON.stringify(name)}: </span> : null;
  if (value === null || typeof value !== "object") {
    return (
      <div className="rill-json-line">
        {key}
        <Scalar value={value} />
      </div>
    );
  }
  const isArray = Array.isArray(value);
  const entries: [string, Json][] = isArray
    ? value.map((v, i) => [String(i), v])
    : Object.entries(value);
  const [openBr, closeBr] = isArray ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) {
    return (
      <div className="rill-json-line">
        {key}
        {openBr}
        {closeBr}
      </div>
    );
  }
  return (
    <div className="rill-json-node">
      <button
        type="button"
        className="rill-json-toggle"
        aria-expanded={expanded}
        onClick={() => setExpanded((e) => !e)}
      >
        <IconChevron className="rill-json-chevron" />
        {key}
        {openBr}
        {expanded ? null : (
          <span className="rill-json-summary">
            {` ${entries.length} ${isArray ? "items" : "keys"} `}
            {closeBr}
          </span>
        )}
      </button>
      {expanded ? (
        <div className="rill-json-children" role="group">
          {entries.map(([k, v]) => (
            <JsonNode
              key={k}
              name={isArray ? undefined : k}
              value={v}
              depth={depth + 1}
              open={open}
            />
          ))}
          <div className="rill-json-line">{closeBr}</div>
        </div>
      ) : null}
    </div>
  );
}

export default function JsonView({ props }: PropsOf<"json">): ReactNode {
  let value: Json;
  try {
    value = JSON.parse(props.body) as Json;
  } catch {
    return <pre className="rill-text">{props.body}</pre>;
  }
  const expanded = props.expanded ?? true;
  const open = expanded === true ? Infinity : expanded === false ? 0 : expanded;
  return (
    <div className="rill-json">
      <JsonNode value={value} depth={0} open={open} />
      <CopyButton text={props.body} />
    </div>
  );
}
