/**
 * Element kind → renderer. Light renderers are bundled with the app; heavy ones (syntax
 * highlighting, KaTeX, date pickers, the color picker, the JSON tree) are their own chunks,
 * fetched the first time an element of that kind arrives.
 */
import { lazy } from "react";
import type { ElementPropsMap } from "../protocol.gen";
import type { Renderer } from "../render/types";
import Button from "./button";
import Caption from "./caption";
import Checkbox from "./checkbox";
import Column from "./column";
import Columns from "./columns";
import Container from "./container";
import Divider from "./divider";
import Empty from "./empty";
import ErrorAlert from "./error";
import Exception from "./exception";
import Expander from "./expander";
import Form from "./form";
import FormSubmitButton from "./form_submit_button";
import Header from "./header";
import Info from "./info";
import Markdown from "./markdown";
import Multiselect from "./multiselect";
import NumberInput from "./number_input";
import Radio from "./radio";
import SelectSlider from "./select_slider";
import Selectbox from "./selectbox";
import Slider from "./slider";
import Subheader from "./subheader";
import Success from "./success";
import Tab from "./tab";
import Table from "./table";
import Tabs from "./tabs";
import Text from "./text";
import TextArea from "./text_area";
import TextInput from "./text_input";
import Title from "./title";
import Toggle from "./toggle";
import Warning from "./warning";

export const RENDERERS: Record<keyof ElementPropsMap, Renderer> = {
  markdown: Markdown,
  caption: Caption,
  title: Title,
  header: Header,
  subheader: Subheader,
  text: Text,
  code: lazy(() => import("./code")),
  json: lazy(() => import("./json")),
  latex: lazy(() => import("./latex")),
  divider: Divider,
  success: Success,
  info: Info,
  warning: Warning,
  error: ErrorAlert,
  exception: Exception,
  table: Table,
  container: Container,
  columns: Columns,
  column: Column,
  tabs: Tabs,
  tab: Tab,
  expander: Expander,
  form: Form,
  empty: Empty,
  button: Button,
  form_submit_button: FormSubmitButton,
  checkbox: Checkbox,
  toggle: Toggle,
  radio: Radio,
  selectbox: Selectbox,
  multiselect: Multiselect,
  slider: Slider,
  select_slider: SelectSlider,
  text_input: TextInput,
  text_area: TextArea,
  number_input: NumberInput,
  date_input: lazy(() => import("./date_input")),
  time_input: lazy(() => import("./time_input")),
  color_picker: lazy(() => import("./color_picker")),
};

const table: Record<string, Renderer> = RENDERERS;

/** The builtin renderer of a kind, or undefined for plugin (or unknown) kinds. */
export function rendererFor(kind: string): Renderer | undefined {
  return Object.prototype.hasOwnProperty.call(table, kind) ? table[kind] : undefined;
}
