/** `form_submit_button`: sends every held value of its form plus its own `true`. */
import type { ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { ButtonWidget } from "../button";

export default function FormSubmitButton(p: PropsOf<"form_submit_button">): ReactNode {
  return <ButtonWidget {...p} submit />;
}
