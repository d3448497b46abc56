/** `form`: a block whose widgets send their values together when a submit button is pressed. */
import { useMemo, type ReactNode } from "react";
import { FormContext } from "../../render/context";
import { ElementList } from "../../render/ElementView";
import type { PropsOf } from "../../render/types";
import "./form.css";

export default function Form({ element, props }: PropsOf<"form">): ReactNode {
  const info = useMemo(
    () => ({ formId: props.form_id, enterToSubmit: props.enter_to_submit ?? true }),
    [props.form_id, props.enter_to_submit],
  );
  return (
    <FormContext.Provider value={info}>
      <div
        className="rill-block rill-form"
        data-border={props.border === false ? undefined : true}
        role="form"
        aria-label="Form"
      >
        <ElementList nodes={element.children} />
      </div>
    </FormContext.Provider>
  );
}
