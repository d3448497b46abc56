/** `toggle`: a switch holding a boolean. */
import type { ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { BooleanWidget } from "../checkbox";

export default function Toggle(p: PropsOf<"toggle">): ReactNode {
  return <BooleanWidget {...p} toggle />;
}
