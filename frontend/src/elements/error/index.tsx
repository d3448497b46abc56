/** `error`: a message box of the error color. */
import type { ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { Alert } from "../success/alert";

export default function Error(p: PropsOf<"error">): ReactNode {
  return <Alert {...p} kind="error" />;
}
