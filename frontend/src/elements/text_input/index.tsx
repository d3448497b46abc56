/** `text_input`: single-line text, sent on blur or Enter (Enter submits a form that allows it). */
import { PasswordInput, TextInput as MantineTextInput } from "@mantine/core";
import { useId, useState, type ReactNode } from "react";
import { EmojiIcon, isDrawableIcon } from "../../render/EmojiIcon";
import type { PropsOf } from "../../render/types";
import { useWidget } from "../../render/useWidget";
import { WidgetLabel } from "../../render/WidgetLabel";
import "./text_input.css";

/** "Press Enter to apply" while a typed value is not sent yet. */
export function InputHint({
  show,
  form,
  keys = "Enter",
}: {
  show: boolean;
  form: boolean;
  keys?: string;
}): ReactNode {
  if (!show) return null;
  return (
    <div className="rill-input-hint" aria-live="polite">
      Press {keys} to {form ? "submit form" : "apply"}
    </div>
  );
}

/** An emoji (or short text) shown at the start of an input. */
export function InputIcon({ icon }: { icon: string }): ReactNode {
  return <EmojiIcon icon={icon} className="rill-input-icon" />;
}

export function Counter({
  length,
  max,
}: {
  length: number;
  max: number | null | undefined;
}): ReactNode {
  if (!max) return null;
  return (
    <div className="rill-input-counter" aria-hidden="true">
      {length}/{max}
    </div>
  );
}

export default function TextInput({ element, props }: PropsOf<"text_input">): ReactNode {
  const widget = useWidget<string | null>(element, props.value);
  const id = useId();
  const [focused, setFocused] = useState(false);
  const text = widget.value ?? "";
  const toWire = (s: string): string | null => (s === "" && props.value === null ? null : s);
  const dirty = widget.dirty;
  const Input = props.type === "password" ? PasswordInput : MantineTextInput;
  const extra =
    props.type === "password"
      ? { visibilityToggleButtonProps: { "aria-label": "Show password" } }
      : {};
  return (
    <div className="rill-widget rill-text-input">
      <WidgetLabel
        htmlFor={id}
        label={props.label}
        help={props.help}
        visibility={props.label_visibility}
        disabled={props.disabled}
      />
      <div className="rill-input-box">
        <Input
          id={id}
          value={text}
          disabled={props.disabled}
          placeholder={props.placeholder ?? undefined}
          maxLength={props.max_chars ?? undefined}
          autoComplete={props.autocomplete ?? (props.type === "password" ? "new-password" : "off")}
          leftSection={isDrawableIcon(props.icon) ? <InputIcon icon={props.icon} /> : undefined}
          onChange={(e) => widget.edit(toWire(e.currentTarget.value))}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            widget.flush();
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.nativeEvent.isComposing) {
              e.preventDefault();
              if (!widget.submitForm()) widget.flush();
            }
          }}
          {...extra}
        />
        <div className="rill-input-footer">
          <InputHint show={focused && dirty} form={widget.formId !== null} />
          <Counter length={text.length} max={props.max_chars} />
        </div>
      </div>
    </div>
  );
}
