/**
 * The contract every builtin renderer passes: it is registered, it draws from the same
 * `ElementRenderProps` plugin renderers get (with minimal valid props, without throwing), and
 * widgets keep an accessible name.
 */
import { MantineProvider } from "@mantine/core";
import { render, screen, waitFor } from "@testing-library/react";
import { tableFromArrays, tableToIPC } from "apache-arrow";
import { Component, Suspense, type ReactNode } from "react";
import { describe, expect, it } from "vitest";
import type { ElementPropsMap } from "../protocol.gen";
import type { ElementRenderProps, Renderer } from "../render/types";
import { elementProps, renderElement, widgetProps } from "../test/render";
import { mantineTheme } from "../theme/mantine";
import { RENDERERS, rendererFor } from "./registry";

const WIDGET = { label: "My label" };

/** The least each kind needs (its required props): typed, so a protocol change shows here. */
const MINIMAL: { [K in keyof ElementPropsMap]: ElementPropsMap[K] } = {
  button: { ...WIDGET },
  form_submit_button: { ...WIDGET },
  checkbox: { ...WIDGET, value: false },
  toggle: { ...WIDGET, value: true },
  radio: { ...WIDGET, options: ["a"], value: null },
  selectbox: { ...WIDGET, options: ["a"], value: null },
  multiselect: { ...WIDGET, options: ["a"], value: [] },
  slider: { ...WIDGET, min: 0, max: 1, step: 1, value: 0 },
  select_slider: { ...WIDGET, options: ["a", "b"], value: 0 },
  text_input: { ...WIDGET, value: null },
  text_area: { ...WIDGET, value: null },
  number_input: { ...WIDGET, value: null, step: 1 },
  date_input: { ...WIDGET, value: null, min: "2020-01-01", max: "2030-01-01" },
  time_input: { ...WIDGET, value: null },
  color_picker: { ...WIDGET, value: "#000000" },
  pills: { ...WIDGET, options: ["a"], value: [] },
  segmented_control: { ...WIDGET, options: ["a"], value: [] },
  feedback: { value: null },
  menu_button: { ...WIDGET, options: ["a"] },
  pagination: { num_pages: 1, value: 1 },
  datetime_input: { ...WIDGET, value: null, min: "2020-01-01T00:00", max: "2030-01-01T00:00" },
  container: {},
  columns: {},
  column: { weight: 1 },
  tabs: { labels: [] },
  tab: { label: "Tab" },
  expander: { label: "More" },
  empty: {},
  popover: { label: "More" },
  dialog: { title: "Dialog" },
  dialog_dismiss: {},
  html: { body: "<p>HTML</p>" },
  badge: { label: "New" },
  space: {},
  table: {
    data: tableToIPC(tableFromArrays({}), "stream"),
    total_rows: 0,
    columns: [],
    digest: "",
  },
  dataframe: {
    data: tableToIPC(tableFromArrays({}), "stream"),
    total_rows: 0,
    columns: [],
    digest: "",
  },
  data_editor: {
    data: tableToIPC(tableFromArrays({}), "stream"),
    total_rows: 0,
    columns: [],
    digest: "",
  },
  success: { body: "ok" },
  info: { body: "info" },
  warning: { body: "careful" },
  error: { body: "failed" },
  markdown: { body: "" },
  caption: { body: "" },
  title: { body: "Title" },
  header: { body: "Header" },
  subheader: { body: "Subheader" },
  text: { body: "" },
  code: { body: "" },
  json: { body: "null" },
  latex: { body: "x" },
  divider: {},
  form: { form_id: "f" },
  exception: { type: "ValueError", message: "bad" },
  plotly_chart: { spec: '{"data": [], "layout": {}}' },
  graphviz_chart: { spec: "digraph { a -> b }" },
  deck_gl_json_chart: { spec: "{}" },
  echarts_chart: { spec: "{}" },
  mermaid_chart: { body: "graph LR\n  A --> B" },
  progress: { value: 0 },
  spinner: { text: "Wait" },
  status: { label: "Task" },
  toast: { body: "Hi" },
  balloons: {},
  snow: {},
  skeleton: {},
  metric: { label: "Metric", value: "1" },
  help: { type: "int" },
  image: { images: [] },
  vega_lite_chart: { spec: { mark: "point" }, label: "Chart" },
};

/** Records what a renderer throws, so that lazy renderers' errors are seen too. */
class Catch extends Component<{ onError: (e: Error) => void; children: ReactNode }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidCatch(error: Error): void {
    this.props.onError(error);
  }
  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

describe("the shared renderer contract", () => {
  it("covers every builtin kind", () => {
    expect(Object.keys(MINIMAL).sort()).toEqual(Object.keys(RENDERERS).sort());
  });

  it.each(Object.entries(MINIMAL))(
    "%s renders from { element, props, sendValue } with minimal props",
    async (kind, props) => {
      const Renderer = rendererFor(kind) as Renderer;
      const contract: ElementRenderProps = elementProps(kind, props as Record<string, unknown>);
      const errors: Error[] = [];
      const { container, unmount } = render(
        <MantineProvider theme={mantineTheme}>
          <Catch onError={(e) => errors.push(e)}>
            <Suspense fallback={<div data-testid="suspended" />}>
              <Renderer {...contract} />
            </Suspense>
          </Catch>
        </MantineProvider>,
      );
      // Lazy renderers import their chunk first (the grid and Vega take seconds on a busy machine).
      await waitFor(() => expect(screen.queryByTestId("suspended")).toBeNull(), {
        timeout: 20_000,
      });
      expect(errors).toEqual([]);
      expect(container.querySelector(".rill-notice")).toBeNull();
      unmount();
    },
    30_000,
  );
});

const WIDGETS: Record<string, Record<string, unknown>> = {
  checkbox: { value: false },
  toggle: { value: false },
  radio: { options: ["a"], value: 0 },
  selectbox: { options: ["a"], value: 0 },
  multiselect: { options: ["a"], value: [] },
  slider: { min: 0, max: 1, step: 1, value: 0 },
  select_slider: { options: ["a", "b"], value: 0 },
  text_input: { value: "" },
  text_area: { value: "" },
  number_input: { value: 1, step: 1 },
  date_input: { value: "2024-01-01", min: "2020-01-01", max: "2030-01-01" },
  time_input: { value: "10:00" },
  color_picker: { value: "#000000" },
  pills: { options: ["a"], value: [] },
  segmented_control: { options: ["a"], value: [0], selection_mode: "multi" },
  menu_button: { options: ["a"] },
  datetime_input: { value: "2024-01-01T10:00", min: "2020-01-01T00:00", max: "2030-01-01T00:00" },
};

describe("registry", () => {
  it("finds builtin kinds and nothing else", () => {
    expect(rendererFor("markdown")).toBeDefined();
    expect(rendererFor("toString")).toBeUndefined();
  });

  it.each(Object.entries(WIDGETS))(
    "%s keeps its accessible name in every label_visibility",
    async (kind, props) => {
      for (const visibility of ["visible", "hidden", "collapsed"]) {
        const r = renderElement(
          kind,
          widgetProps({ ...props, label: `Label ${visibility}`, label_visibility: visibility }),
        );
        const named =
          (await screen.findAllByLabelText(`Label ${visibility}`).catch(() => [])).length +
          screen.queryAllByRole("slider", { name: `Label ${visibility}` }).length +
          screen.queryAllByRole("radiogroup", { name: `Label ${visibility}` }).length +
          screen.queryAllByRole("button", { name: new RegExp(`Label ${visibility}`) }).length;
        expect(named).toBeGreaterThan(0);
        r.unmount();
      }
    },
  );

  it("shows a notice for unknown kinds", () => {
    renderElement("no_such_kind", {});
    expect(screen.getByText(/Unknown element kind/)).toBeInTheDocument();
  });
});
