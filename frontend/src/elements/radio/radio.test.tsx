import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement, widgetProps } from "../../test/render";

describe("radio", () => {
  it("renders a labelled group and sends the chosen index", () => {
    const { sent } = renderElement(
      "radio",
      widgetProps({
        label: "Pick",
        options: ["a", "b", "c"],
        value: 0,
        captions: ["first", null, null],
      }),
      { id: "r" },
    );
    expect(screen.getByRole("radiogroup", { name: "Pick" })).toBeInTheDocument();
    expect(screen.getByText("first")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("radio", { name: "c" }));
    expect(sent).toEqual([{ widgets: { r: 2 }, fragmentId: null }]);
  });

  it("can be disabled, horizontal and have no selection", () => {
    const { container } = renderElement(
      "radio",
      widgetProps({
        label: "Pick",
        options: ["a", "b"],
        value: null,
        disabled: true,
        horizontal: true,
      }),
    );
    expect(screen.getByRole("radio", { name: "a" })).toBeDisabled();
    expect(screen.getByRole("radio", { name: "a" })).not.toBeChecked();
    expect(container.querySelector("[data-horizontal]")).not.toBeNull();
  });
});
