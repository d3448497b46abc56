/** `divider`: a horizontal rule. */
import type { ReactNode } from "react";

export default function Divider(): ReactNode {
  return <hr className="rill-divider" />;
}
