/** `balloons`: balloons float up over the page once (see ./celebration.tsx). */
import type { ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { Celebration } from "./celebration";

export default function Balloons({ element }: PropsOf<"balloons">): ReactNode {
  // Each delta that writes the element (each run that calls st.balloons) plays it again.
  return <Celebration kind="balloons" play={element.rev} />;
}
