/** `success`: a green message box. */
import type { ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { Alert } from "./alert";

export default function Success(p: PropsOf<"success">): ReactNode {
  return <Alert {...p} kind="success" />;
}
