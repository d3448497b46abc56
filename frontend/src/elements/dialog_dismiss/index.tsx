/**
 * `dialog_dismiss`: the trigger a dialog clicks when the user dismisses it. The `dialog`
 * renderer reads it from its children; it draws nothing.
 */
import type { ReactNode } from "react";
import type { PropsOf } from "../../render/types";

export default function DialogDismiss(_: PropsOf<"dialog_dismiss">): ReactNode {
  return null;
}
