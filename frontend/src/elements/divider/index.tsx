/** `divider`: a horizontal rule. */
import type { ReactNode } from "react";
import "./divider.css";

export default function Divider(): ReactNode {
  return <hr className="rill-divider" />;
}
