import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement, widgetProps } from "../../test/render";
import { parseTime, timeOptions } from ".";

describe("time_input", () => {
  it("offers times at the step and sends a choice", async () => {
    const { sent } = renderElement(
      "time_input",
      widgetProps({ label: "At", value: "09:00", step: 1800 }),
      { id: "t" },
    );
    const input = await screen.findByRole("combobox", { name: "At" });
    expect(input).toHaveValue("09:00");
    fireEvent.click(input);
    fireEvent.click(await screen.findByRole("option", { name: "09:30", hidden: true }));
    expect(sent).toEqual([{ widgets: { t: "09:30" }, fragmentId: null }]);
  });

  it("respects disabled", async () => {
    renderElement("time_input", widgetProps({ label: "At", value: null, disabled: true }));
    expect(await screen.findByRole("combobox", { name: "At" })).toBeDisabled();
  });

  it("builds options and parses typed times", () => {
    expect(timeOptions(900).slice(0, 3)).toEqual(["00:00", "00:15", "00:30"]);
    expect(timeOptions(900)).toHaveLength(96);
    expect(parseTime("9:05")).toBe("09:05");
    expect(parseTime("0930")).toBe("09:30");
    expect(parseTime("25:00")).toBeNull();
  });
});
