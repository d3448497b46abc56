/**
 * `segmented_control`: options as the joined segments of one control; sends the selected
 * option indices, in the order they were selected (at most one with `selection_mode="single"`).
 */
import type { ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { ButtonGroupWidget } from "../pills";
import "./segmented_control.css";

export default function SegmentedControl(p: PropsOf<"segmented_control">): ReactNode {
  return <ButtonGroupWidget {...p} variant="segmented_control" />;
}
