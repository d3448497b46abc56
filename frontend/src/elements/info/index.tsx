/** `info`: a message box of the info color. */
import type { ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { Alert } from "../success/alert";

export default function Info(p: PropsOf<"info">): ReactNode {
  return <Alert {...p} kind="info" />;
}
