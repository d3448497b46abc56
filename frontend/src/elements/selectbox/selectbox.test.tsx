import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement, widgetProps } from "../../test/render";

describe("selectbox", () => {
  it("shows the selected option and sends a new index", async () => {
    const { sent } = renderElement(
      "selectbox",
      widgetProps({ label: "Fruit", options: ["apple", "pear"], value: 0 }),
      { id: "s" },
    );
    const input = screen.getByRole("combobox", { name: "Fruit" });
    expect(input).toHaveValue("apple");
    fireEvent.click(input);
    fireEvent.click(await screen.findByRole("option", { name: "pear" }));
    expect(sent).toEqual([{ widgets: { s: 1 }, fragmentId: null }]);
  });

  it("shows a placeholder for no selection and respects disabled", () => {
    renderElement(
      "selectbox",
      widgetProps({
        label: "Fruit",
        options: ["a"],
        value: null,
        placeholder: "Pick one",
        disabled: true,
      }),
    );
    const input = screen.getByRole("combobox", { name: "Fruit" });
    expect(input).toHaveAttribute("placeholder", "Pick one");
    expect(input).toBeDisabled();
  });

  it("hides the label but keeps the name", () => {
    const { container } = renderElement(
      "selectbox",
      widgetProps({ label: "Hidden", options: ["a"], value: 0, label_visibility: "hidden" }),
    );
    expect(screen.getByRole("combobox", { name: "Hidden" })).toBeInTheDocument();
    expect(container.querySelector(".rill-label-hidden")).not.toBeNull();
  });
});

describe("selectbox accessibility", () => {
  it("is a combobox that opens a listbox named by the label", async () => {
    renderElement(
      "selectbox",
      widgetProps({ label: "Fruit", options: ["apple", "pear"], value: 0 }),
    );
    const input = screen.getByRole("combobox", { name: "Fruit" });
    expect(input).toHaveAttribute("aria-haspopup", "listbox");
    expect(input).toHaveAttribute("aria-expanded", "false");
    fireEvent.click(input);
    expect(input).toHaveAttribute("aria-expanded", "true");
    const listbox = document.getElementById(input.getAttribute("aria-controls") ?? "");
    expect(listbox).toHaveAttribute("role", "listbox");
    expect(listbox).toHaveAccessibleName("Fruit");
    expect(await screen.findAllByRole("option", { hidden: true })).toHaveLength(2);
  });

  it("keeps its name with a collapsed label", () => {
    renderElement(
      "selectbox",
      widgetProps({ label: "Quiet", options: ["a"], value: 0, label_visibility: "collapsed" }),
    );
    expect(screen.getByRole("combobox", { name: "Quiet" })).toBeInTheDocument();
  });
});

describe("selectbox with accept_new_options", () => {
  it("sends typed text that is not an option", async () => {
    const { sent } = renderElement(
      "selectbox",
      widgetProps({ label: "Pet", options: ["cat"], value: null, accept_new_options: true }),
      { id: "p" },
    );
    const input = screen.getByRole("combobox", { name: "Pet" });
    fireEvent.click(input);
    fireEvent.change(input, { target: { value: "zebra" } });
    fireEvent.click(await screen.findByRole("option", { name: 'Add "zebra"', hidden: true }));
    expect(sent).toEqual([{ widgets: { p: "zebra" }, fragmentId: null }]);
  });
});
