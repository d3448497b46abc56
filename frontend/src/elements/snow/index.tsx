/** `snow`: snowflakes fall over the page once (see ../balloons/celebration.tsx). */
import type { ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { Celebration } from "../balloons/celebration";

export default function Snow({ element }: PropsOf<"snow">): ReactNode {
  // Each delta that writes the element (each run that calls st.snow) plays it again.
  return <Celebration kind="snow" play={element.rev} />;
}
