/** `title` (and `header`, `subheader`): a heading with a hover anchor link and optional divider. */
import type { ReactNode } from "react";
import { Markdown } from "../../markdown/Markdown";
import { IconLink } from "../../render/icons";
import type { PropsOf } from "../../render/types";
import { Help } from "../../render/WidgetLabel";
import "./title.css";

/** The anchor slug of a heading text, as Streamlit makes it. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/:[a-z-]+\[(.*?)\]/g, "$1")
    .replace(/[*_`~[\]()#>!]/g, "")
    .trim()
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .replace(/\s+/g, "-");
}

const DIVIDER_COLORS = new Set([
  "red",
  "orange",
  "yellow",
  "green",
  "blue",
  "violet",
  "gray",
  "grey",
  "rainbow",
]);

export function Heading({ props, level }: PropsOf<"title"> & { level: 1 | 2 | 3 }): ReactNode {
  const anchor = props.anchor === false ? null : (props.anchor ?? slugify(props.body));
  const tag = `h${level}` as const;
  const divider = props.divider
    ? DIVIDER_COLORS.has(props.divider)
      ? props.divider.replace("grey", "gray")
      : "custom"
    : null;
  return (
    <div className="rill-heading-wrap">
      <div className="rill-heading-row">
        <Markdown
          as={tag}
          body={props.body}
          inline
          className={`rill-heading rill-h${level}`}
          id={anchor ?? undefined}
        />
        {anchor ? (
          <a className="rill-anchor" href={`#${anchor}`} aria-label={`Link to this section`}>
            <IconLink />
          </a>
        ) : null}
        {props.help ? <Help text={props.help} /> : null}
      </div>
      {divider ? (
        <hr
          className={`rill-heading-divider rill-divider-${divider}`}
          style={divider === "custom" ? { background: props.divider ?? undefined } : undefined}
        />
      ) : null}
    </div>
  );
}

export default function Title(p: PropsOf<"title">): ReactNode {
  return <Heading {...p} level={1} />;
}
