import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement, widgetProps } from "../../test/render";

const base = { min: 0, max: 100, step: 1, value: 25, data_type: "int" };

describe("slider", () => {
  it("renders a labelled slider with formatted labels and sends on release", () => {
    const { sent } = renderElement(
      "slider",
      widgetProps({ ...base, label: "Level", format: "%d%%" }),
      { id: "s" },
    );
    const thumb = screen.getByRole("slider", { name: "Level" });
    expect(thumb).toHaveAttribute("aria-valuenow", "25");
    expect(thumb).toHaveAttribute("aria-valuetext", "25%");
    expect(screen.getByText("100%")).toBeInTheDocument();
    fireEvent.keyDown(thumb, { key: "ArrowRight" });
    expect(sent).toEqual([{ widgets: { s: 26 }, fragmentId: null }]);
  });

  it("has two named thumbs for a range", () => {
    renderElement("slider", widgetProps({ ...base, label: "Range", value: [10, 20] }));
    expect(screen.getAllByRole("slider")).toHaveLength(2);
    expect(screen.getByRole("slider", { name: "Range (from)" })).toHaveAttribute(
      "aria-valuetext",
      "10",
    );
    expect(screen.getByRole("slider", { name: "Range (to)" })).toHaveAttribute(
      "aria-valuetext",
      "20",
    );
  });

  it("formats dates", () => {
    const day = 86_400_000;
    renderElement(
      "slider",
      widgetProps({
        label: "When",
        min: 0,
        max: 10 * day,
        step: day,
        value: day,
        data_type: "date",
      }),
    );
    expect(screen.getByText("1970-01-11")).toBeInTheDocument();
  });

  it("respects disabled", () => {
    renderElement("slider", widgetProps({ ...base, label: "Off", disabled: true }));
    expect(screen.getByRole("slider", { name: "Off" })).toHaveAttribute("data-disabled", "true");
  });
});
