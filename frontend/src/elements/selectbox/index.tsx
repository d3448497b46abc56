/**
 * `selectbox`: a searchable dropdown; sends the option's index on change, or, with
 * `accept_new_options`, the text the person typed when it is not an option.
 */
import { Select } from "@mantine/core";
import { useId, useMemo, useState, type ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { useWidget } from "../../render/useWidget";
import { WidgetLabel } from "../../render/WidgetLabel";

export interface Option {
  value: string;
  label: string;
}

/** Options keyed by index (labels may repeat). */
export function optionData(options: string[]): Option[] {
  return options.map((label, i) => ({ value: String(i), label }));
}

export const NEW_PREFIX = "\u0000new:";

/** The id of the WidgetLabel of the combobox whose input has id `id`. */
export const labelIdOf = (id: string): string => `${id}-label`;

/**
 * Props making a Mantine Select or MultiSelect an ARIA combobox named by its WidgetLabel
 * (rendered with `id={labelIdOf(id)}`), with a listbox of at most `maxHeight` pixels:
 * - Mantine names its listbox after its own label, and only when it has one: `label` is set so
 *   that the listbox points at `${id}-label`, which is ours; `inputWrapperOrder` leaves
 *   Mantine's copy undrawn.
 * - The listbox scrolls itself rather than a ScrollArea inside it: its options are reached
 *   with the arrow keys from the input (aria-activedescendant), which is what assistive
 *   technologies (and axe-core) expect of a combobox's popup.
 * - aria-expanded comes from the theme (theme/mantine.ts).
 */
export function ariaCombobox(
  label: string,
  maxHeight: number,
): {
  role: "combobox";
  label: string;
  inputWrapperOrder: "input"[];
  withScrollArea: false;
  styles: { options: { maxHeight: number; overflowY: "auto" } };
} {
  return {
    role: "combobox",
    label,
    inputWrapperOrder: ["input"],
    withScrollArea: false,
    styles: { options: { maxHeight, overflowY: "auto" } },
  };
}

/** With `accept_new_options`: an "Add …" entry for typed text that is not an option. */
export function withNewOption(data: Option[], search: string, allowed: boolean): Option[] {
  const text = search.trim();
  if (!allowed || !text || data.some((o) => o.label === text)) return data;
  return [...data, { value: `${NEW_PREFIX}${text}`, label: `Add "${text}"` }];
}

export default function Selectbox({ element, props }: PropsOf<"selectbox">): ReactNode {
  const widget = useWidget<number | string | null>(element, props.value);
  const id = useId();
  const [search, setSearch] = useState<string | null>(null);
  const base = useMemo(() => optionData(props.options), [props.options]);
  const allowNew = props.accept_new_options === true;
  const data = useMemo(() => withNewOption(base, search ?? "", allowNew), [base, search, allowNew]);
  const value = widget.value;
  const selected = typeof value === "number" ? String(value) : null;
  const empty = props.options.length === 0 && !allowNew;
  return (
    <div className="rill-widget rill-selectbox">
      <WidgetLabel
        htmlFor={id}
        id={labelIdOf(id)}
        label={props.label}
        help={props.help}
        visibility={props.label_visibility}
        disabled={props.disabled}
      />
      <Select
        id={id}
        {...ariaCombobox(props.label, 300)}
        data={data}
        value={selected}
        onChange={(v) => {
          if (v === null) return;
          widget.commit(v.startsWith(NEW_PREFIX) ? v.slice(NEW_PREFIX.length) : Number(v));
          setSearch(null);
        }}
        onSearchChange={allowNew ? setSearch : undefined}
        onDropdownClose={() => setSearch(null)}
        placeholder={empty ? "No options to select." : (props.placeholder ?? "Choose an option")}
        disabled={props.disabled || empty}
        searchable
        allowDeselect={false}
        nothingFoundMessage="No results"
        comboboxProps={{ shadow: "md" }}
      />
    </div>
  );
}
