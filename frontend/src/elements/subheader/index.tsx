/** `subheader`: a third-level heading. */
import type { ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { Heading } from "../title";

export default function Subheader(p: PropsOf<"subheader">): ReactNode {
  return <Heading {...p} level={3} />;
}
