/** `text_area`: multi-line text, sent on blur or Ctrl+Enter (⌘+Enter on macOS). */
import { Textarea } from "@mantine/core";
import { useId, useState, type ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { useWidget } from "../../render/useWidget";
import { WidgetLabel } from "../../render/WidgetLabel";
import { Counter, InputHint } from "../text_input";
import "./text_area.css";

export default function TextArea({ element, props }: PropsOf<"text_area">): ReactNode {
  const widget = useWidget<string | null>(element, props.value);
  const id = useId();
  const [focused, setFocused] = useState(false);
  const text = widget.value ?? "";
  const dirty = widget.dirty;
  return (
    <div className="rill-widget rill-text-area">
      <WidgetLabel
        htmlFor={id}
        label={props.label}
        help={props.help}
        visibility={props.label_visibility}
        disabled={props.disabled}
      />
      <div className="rill-input-box">
        <Textarea
          id={id}
          value={text}
          disabled={props.disabled}
          placeholder={props.placeholder ?? undefined}
          maxLength={props.max_chars ?? undefined}
          styles={{ input: { height: props.height ?? 112, minHeight: 68 } }}
          resize="vertical"
          onChange={(e) => {
            const s = e.currentTarget.value;
            widget.edit(s === "" && props.value === null ? null : s);
          }}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            widget.flush();
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              if (!widget.submitForm()) widget.flush();
            }
          }}
        />
        <div className="rill-input-footer">
          <InputHint show={focused && dirty} form={widget.formId !== null} keys="Ctrl+Enter" />
          <Counter length={text.length} max={props.max_chars} />
        </div>
      </div>
    </div>
  );
}
