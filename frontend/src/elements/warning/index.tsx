/** `warning`: a message box of the warning color. */
import type { ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { Alert } from "../success/alert";

export default function Warning(p: PropsOf<"warning">): ReactNode {
  return <Alert {...p} kind="warning" />;
}
