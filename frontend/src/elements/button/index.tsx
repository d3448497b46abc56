/** `button` (and `form_submit_button`): sends `true` once per click. */
import { Button as MantineButton, Tooltip } from "@mantine/core";
import { useContext, useEffect, type ReactNode } from "react";
import { Markdown } from "../../markdown/Markdown";
import { FormContext, FragmentContext, useWidgets } from "../../render/context";
import { EmojiIcon, isDrawableIcon } from "../../render/EmojiIcon";
import type { PropsOf } from "../../render/types";
import "./button.css";

const VARIANTS = { primary: "filled", secondary: "default", tertiary: "subtle" } as const;

export function ButtonWidget({
  element,
  props,
  submit,
}: PropsOf<"button"> & { submit: boolean }): ReactNode {
  const manager = useWidgets();
  const form = useContext(FormContext);
  const fragment = useContext(FragmentContext);
  const formId = props.form_id ?? form?.formId ?? null;
  const id = element.id ?? "";

  useEffect(() => {
    if (submit && formId && id) return manager.registerSubmit(formId, id);
  }, [submit, formId, id, manager]);

  const button = (
    <MantineButton
      variant={VARIANTS[props.type ?? "secondary"]}
      className="rill-button"
      data-type={props.type ?? "secondary"}
      disabled={props.disabled}
      fullWidth={props.use_container_width}
      leftSection={isDrawableIcon(props.icon) ? <EmojiIcon icon={props.icon} /> : undefined}
      type={submit ? "submit" : "button"}
      onClick={(event) => {
        event.preventDefault();
        manager.click(id, formId, submit, fragment);
      }}
    >
      <Markdown body={props.label} inline />
    </MantineButton>
  );
  if (!props.help) return <div className="rill-button-row">{button}</div>;
  return (
    <div className="rill-button-row">
      <Tooltip
        label={<Markdown body={props.help} inline />}
        multiline
        maw={320}
        withArrow
        openDelay={100}
      >
        {button}
      </Tooltip>
    </div>
  );
}

export default function Button(p: PropsOf<"button">): ReactNode {
  return <ButtonWidget {...p} submit={false} />;
}
