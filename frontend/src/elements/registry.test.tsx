/** The contract every renderer passes: registered, and widgets keep an accessible name. */
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement, widgetProps } from "../test/render";
import { RENDERERS, rendererFor } from "./registry";

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
};

describe("registry", () => {
  it("has a renderer for every kind and none for others", () => {
    expect(Object.keys(RENDERERS)).toHaveLength(39);
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
