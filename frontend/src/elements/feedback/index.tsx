/**
 * `feedback`: thumbs, faces or stars as a radio group; sends the sentiment (0 is the lowest),
 * or null when the selected one is pressed again. Thumbs show up (1) before down (0); faces and
 * stars go from the lowest to the highest.
 */
import type { ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { useWidget } from "../../render/useWidget";
import { ToggleGroup, widthStyle } from "../pills/group";
import "./feedback.css";

type Kind = "thumbs" | "faces" | "stars";

/** For each kind: the Material Symbol and the accessible name of each drawn position. */
const FACES = [
  ["sentiment_sad", "Very dissatisfied"],
  ["sentiment_dissatisfied", "Dissatisfied"],
  ["sentiment_neutral", "Neutral"],
  ["sentiment_satisfied", "Satisfied"],
  ["sentiment_very_satisfied", "Very satisfied"],
] as const;
const THUMBS = [
  ["thumb_up", "Thumbs up"],
  ["thumb_down", "Thumbs down"],
] as const;

/** The sentiment a drawn position stands for (and back: the mapping is its own inverse). */
export function sentimentAt(kind: Kind, position: number): number {
  return kind === "thumbs" ? 1 - position : position;
}

export function optionName(kind: Kind, position: number): string {
  if (kind === "stars") return position === 0 ? "1 star" : `${position + 1} stars`;
  return (kind === "thumbs" ? THUMBS : FACES)[position]?.[1] ?? "";
}

function Star(): ReactNode {
  return (
    <svg viewBox="0 0 24 24" width="1.4em" height="1.4em" aria-hidden="true" focusable="false">
      <path
        d="M12 3.2l2.7 5.6 6.1.8-4.5 4.2 1.1 6.1L12 17l-5.4 2.9 1.1-6.1-4.5-4.2 6.1-.8z"
        strokeWidth="1.6"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export default function Feedback({ element, props }: PropsOf<"feedback">): ReactNode {
  const kind: Kind = props.options ?? "thumbs";
  const widget = useWidget<number | null>(element, props.value);
  const count = kind === "thumbs" ? 2 : 5;
  const chosen = widget.value === null ? null : sentimentAt(kind, widget.value);
  return (
    <div className="rill-widget rill-feedback" data-kind={kind} style={widthStyle(props.width)}>
      <ToggleGroup
        count={count}
        selected={chosen === null ? [] : [chosen]}
        mode="single"
        onChange={(next) => {
          const position = next[0];
          widget.commit(position === undefined ? null : sentimentAt(kind, position));
        }}
        content={(i) =>
          kind === "stars" ? (
            <Star />
          ) : (
            <span className="rill-material-icon" aria-hidden="true">
              {(kind === "thumbs" ? THUMBS : FACES)[i]?.[0]}
            </span>
          )
        }
        name={(i) => optionName(kind, i)}
        lit={kind === "stars" ? (i) => chosen !== null && i <= chosen : undefined}
        label="Feedback"
        disabled={props.disabled}
        className="rill-feedback-group"
        itemClassName="rill-feedback-item"
      />
    </div>
  );
}
