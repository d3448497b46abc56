import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement, widgetProps } from "../../test/render";

describe("multiselect", () => {
  it("shows the selection and sends indices in selection order", async () => {
    const { sent, container } = renderElement(
      "multiselect",
      widgetProps({ label: "Tags", options: ["x", "y", "z"], value: [2] }),
      { id: "m" },
    );
    expect(container.textContent).toContain("z");
    fireEvent.click(screen.getByRole("combobox", { name: "Tags" }));
    fireEvent.click(await screen.findByRole("option", { name: "x" }));
    expect(sent).toEqual([{ widgets: { m: [2, 0] }, fragmentId: null }]);
  });

  it("respects disabled", () => {
    renderElement(
      "multiselect",
      widgetProps({ label: "Tags", options: ["x"], value: [], disabled: true }),
    );
    expect(screen.getByRole("combobox", { name: "Tags" })).toBeDisabled();
  });
});

describe("multiselect with accept_new_options", () => {
  it("sends typed values as strings after the indices", async () => {
    const { sent } = renderElement(
      "multiselect",
      widgetProps({ label: "Tags", options: ["x"], value: [0], accept_new_options: true }),
      { id: "m" },
    );
    const input = screen.getByRole("combobox", { name: "Tags" });
    fireEvent.click(input);
    fireEvent.change(input, { target: { value: "new" } });
    fireEvent.click(await screen.findByRole("option", { name: 'Add "new"', hidden: true }));
    expect(sent).toEqual([{ widgets: { m: [0, "new"] }, fragmentId: null }]);
  });
});
