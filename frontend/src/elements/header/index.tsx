/** `header`: a second-level heading. */
import type { ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { Heading } from "../title";

export default function Header(p: PropsOf<"header">): ReactNode {
  return <Heading {...p} level={2} />;
}
