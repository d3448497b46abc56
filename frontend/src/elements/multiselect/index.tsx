/**
 * `multiselect`: several options; sends the selected indices in selection order (with
 * `accept_new_options`, typed values that are not options go as strings).
 */
import { MultiSelect } from "@mantine/core";
import { useId, useMemo, useState, type ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { useWidget } from "../../render/useWidget";
import { WidgetLabel } from "../../render/WidgetLabel";
import { ariaCombobox, labelIdOf, NEW_PREFIX, optionData, withNewOption } from "../selectbox";
import "./multiselect.css";

type Picked = number | string;

export default function Multiselect({ element, props }: PropsOf<"multiselect">): ReactNode {
  const widget = useWidget<Picked[]>(element, props.value);
  const id = useId();
  const [search, setSearch] = useState("");
  const allowNew = props.accept_new_options === true;
  const base = useMemo(() => optionData(props.options), [props.options]);
  const data = useMemo(() => withNewOption(base, search, allowNew), [base, search, allowNew]);
  const full = props.max_selections != null && widget.value.length >= props.max_selections;
  const empty = props.options.length === 0 && !allowNew;
  return (
    <div className="rill-widget rill-multiselect">
      <WidgetLabel
        htmlFor={id}
        id={labelIdOf(id)}
        label={props.label}
        help={props.help}
        visibility={props.label_visibility}
        disabled={props.disabled}
      />
      <MultiSelect
        id={id}
        {...ariaCombobox(props.label, 300)}
        data={data}
        value={widget.value.filter((v): v is number => typeof v === "number").map(String)}
        onChange={(values) => {
          widget.commit(
            values.map((v) => (v.startsWith(NEW_PREFIX) ? v.slice(NEW_PREFIX.length) : Number(v))),
          );
          setSearch("");
        }}
        searchValue={search}
        onSearchChange={setSearch}
        placeholder={
          empty
            ? "No options to select."
            : widget.value.length
              ? undefined
              : (props.placeholder ?? "Choose options")
        }
        disabled={props.disabled || empty}
        maxValues={props.max_selections ?? undefined}
        searchable
        clearable
        hidePickedOptions
        nothingFoundMessage={
          full ? `You can only select up to ${props.max_selections} options.` : "No results"
        }
        comboboxProps={{ shadow: "md" }}
        clearButtonProps={{ "aria-label": "Clear all" }}
      />
    </div>
  );
}
