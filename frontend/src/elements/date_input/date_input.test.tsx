import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement, widgetProps } from "../../test/render";

const base = { min: "2024-01-01", max: "2024-12-31", format: "YYYY/MM/DD" };

describe("date_input", () => {
  it("shows the date in the format and sends a picked day", async () => {
    const { sent } = renderElement(
      "date_input",
      widgetProps({ ...base, label: "Day", value: "2024-03-05" }),
      { id: "d" },
    );
    const button = await screen.findByRole("button", { name: /Day/ });
    expect(button).toHaveTextContent("2024/03/05");
    fireEvent.click(button);
    fireEvent.click(await screen.findByRole("button", { name: "12 March 2024" }));
    expect(sent).toEqual([{ widgets: { d: "2024-03-12" }, fragmentId: null }]);
  });

  it("is a button named by the label that opens a named calendar dialog", async () => {
    renderElement("date_input", widgetProps({ ...base, label: "Day", value: "2024-03-05" }));
    const button = await screen.findByRole("button", { name: "Day" });
    fireEvent.click(button);
    expect(await screen.findByRole("dialog", { name: "Day" })).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: "Previous month", hidden: true }),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Next month", hidden: true })).toBeInTheDocument();
  });

  it("picks a range in two clicks", async () => {
    const { sent } = renderElement(
      "date_input",
      widgetProps({ ...base, label: "Trip", value: ["2024-03-01", "2024-03-02"], is_range: true }),
      { id: "r" },
    );
    fireEvent.click(await screen.findByRole("button", { name: /Trip/ }));
    fireEvent.click(await screen.findByRole("button", { name: "10 March 2024" }));
    expect(sent).toEqual([]);
    fireEvent.click(await screen.findByRole("button", { name: "12 March 2024", hidden: true }));
    expect(sent).toEqual([{ widgets: { r: ["2024-03-10", "2024-03-12"] }, fragmentId: null }]);
  });

  it("respects disabled", async () => {
    renderElement(
      "date_input",
      widgetProps({ ...base, label: "Off", value: null, disabled: true }),
    );
    expect(await screen.findByRole("button", { name: /Off/ })).toBeDisabled();
  });
});
