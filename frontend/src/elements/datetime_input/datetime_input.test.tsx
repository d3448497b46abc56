import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement, widgetProps } from "../../test/render";
import { joinValue, splitValue, timesOn } from ".";

const base = { min: "2024-01-01T08:30", max: "2024-12-31T18:00", step: 1800 };

// The calendar and the time list open as popovers: slow to render on a busy machine.
describe("datetime_input", { timeout: 20_000 }, () => {
  it("is a group named by the label, with a date button and a time combobox", async () => {
    renderElement(
      "datetime_input",
      widgetProps({ ...base, label: "When", value: "2024-03-05T09:30", format: "DD.MM.YYYY" }),
    );
    expect(await screen.findByRole("group", { name: "When" })).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: /Date/ })).toHaveTextContent("05.03.2024");
    expect(screen.getByRole("combobox", { name: "Time" })).toHaveValue("09:30");
  });

  it("sends the date and time together when either changes", async () => {
    const { sent } = renderElement(
      "datetime_input",
      widgetProps({ ...base, label: "When", value: "2024-03-05T09:30" }),
      { id: "d" },
    );
    const time = await screen.findByRole("combobox", { name: "Time" });
    fireEvent.click(time);
    fireEvent.click(await screen.findByRole("option", { name: "10:00", hidden: true }));
    expect(sent).toEqual([{ widgets: { d: "2024-03-05T10:00" }, fragmentId: null }]);
    fireEvent.click(await screen.findByRole("button", { name: /Date/ }));
    fireEvent.click(await screen.findByRole("button", { name: "12 March 2024" }));
    expect(sent[1]).toEqual({ widgets: { d: "2024-03-12T10:00" }, fragmentId: null });
  });

  it("waits for both parts when it starts empty", async () => {
    const { sent } = renderElement(
      "datetime_input",
      widgetProps({ ...base, label: "When", value: null }),
      { id: "e" },
    );
    const time = await screen.findByRole("combobox", { name: "Time" });
    fireEvent.click(time);
    fireEvent.click(await screen.findByRole("option", { name: "11:00", hidden: true }));
    expect(sent).toEqual([]);
    expect(time).toHaveValue("11:00");
  });

  it("respects disabled", async () => {
    renderElement(
      "datetime_input",
      widgetProps({ ...base, label: "Off", value: null, disabled: true }),
    );
    expect(await screen.findByRole("button", { name: /Date/ })).toBeDisabled();
    expect(screen.getByRole("combobox", { name: "Time" })).toBeDisabled();
  });

  it("splits, joins within bounds, and offers the times the bounds allow", () => {
    expect(splitValue("2024-03-05T09:30")).toEqual(["2024-03-05", "09:30"]);
    expect(splitValue(null)).toEqual([null, null]);
    expect(joinValue("2024-01-01", "07:00", base.min, base.max)).toBe("2024-01-01T08:30");
    expect(joinValue("2024-12-31", "19:00", base.min, base.max)).toBe("2024-12-31T18:00");
    expect(timesOn("2024-01-01", 1800, base.min, base.max).slice(0, 2)).toEqual(["08:30", "09:00"]);
    expect(timesOn("2024-12-31", 1800, base.min, base.max).at(-1)).toBe("18:00");
    expect(timesOn(null, 1800, base.min, base.max)).toHaveLength(48);
  });
});
