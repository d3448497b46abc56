import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Element } from "../../protocol.gen";
import { renderTree, widgetProps } from "../../test/render";

function form(enter: boolean): [number[], Element][] {
  return [
    [[0, 0], { kind: "form", props: { form_id: "f", enter_to_submit: enter }, block: true }],
    [
      [0, 0, 0],
      {
        kind: "text_input",
        id: "name",
        props: widgetProps({ label: "Name", value: "", form_id: "f" }),
      },
    ],
    [
      [0, 0, 1],
      {
        kind: "checkbox",
        id: "ok",
        props: widgetProps({ label: "OK", value: false, form_id: "f" }),
      },
    ],
    [
      [0, 0, 2],
      {
        kind: "form_submit_button",
        id: "go",
        props: widgetProps({ label: "Submit", form_id: "f" }),
      },
    ],
  ];
}

describe("form", () => {
  it("holds values until the submit button sends them in one rerun", () => {
    const { sent } = renderTree(form(true));
    expect(screen.getByRole("form")).toHaveAttribute("data-border");
    const input = screen.getByLabelText("Name");
    fireEvent.change(input, { target: { value: "Ada" } });
    fireEvent.blur(input);
    fireEvent.click(screen.getByRole("checkbox", { name: "OK" }));
    expect(sent).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Submit" }));
    expect(sent).toEqual([{ widgets: { name: "Ada", ok: true, go: true }, fragmentId: null }]);
  });

  it("submits on Enter in a text input when enter_to_submit", () => {
    const { sent } = renderTree(form(true));
    const input = screen.getByLabelText("Name");
    fireEvent.change(input, { target: { value: "Bo" } });
    fireEvent.keyDown(input, { key: "Enter" });
    expect(sent).toEqual([{ widgets: { name: "Bo", go: true }, fragmentId: null }]);
  });

  it("does not submit on Enter otherwise", () => {
    const { sent } = renderTree(form(false));
    const input = screen.getByLabelText("Name");
    fireEvent.change(input, { target: { value: "Bo" } });
    fireEvent.keyDown(input, { key: "Enter" });
    expect(sent).toEqual([]);
  });
});
