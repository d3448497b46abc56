import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement } from "../../test/render";
import { optionName, sentimentAt } from ".";

describe("feedback", () => {
  it("shows thumbs up first and sends the sentiment: up is 1, down is 0", () => {
    const { sent } = renderElement("feedback", { options: "thumbs", value: null }, { id: "f" });
    const group = screen.getByRole("radiogroup", { name: "Feedback" });
    const radios = screen.getAllByRole("radio");
    expect(radios.map((r) => r.getAttribute("aria-label"))).toEqual(["Thumbs up", "Thumbs down"]);
    expect(group).toBeInTheDocument();
    fireEvent.click(screen.getByRole("radio", { name: "Thumbs down" }));
    expect(sent).toEqual([{ widgets: { f: 0 }, fragmentId: null }]);
  });

  it("names five stars, lights them up to the chosen one, and clears on a second press", () => {
    const { sent, container } = renderElement(
      "feedback",
      { options: "stars", value: 2 },
      { id: "s" },
    );
    expect(screen.getByRole("radio", { name: "1 star" })).toBeInTheDocument();
    const three = screen.getByRole("radio", { name: "3 stars" });
    expect(three).toHaveAttribute("aria-checked", "true");
    expect(container.querySelectorAll("[data-lit]")).toHaveLength(3);
    fireEvent.click(three);
    expect(sent).toEqual([{ widgets: { s: null }, fragmentId: null }]);
  });

  it("moves and selects with the arrow keys", () => {
    const { sent } = renderElement("feedback", { options: "faces", value: 0 }, { id: "k" });
    const sad = screen.getByRole("radio", { name: "Very dissatisfied" });
    sad.focus();
    fireEvent.keyDown(sad, { key: "ArrowRight" });
    expect(document.activeElement).toBe(screen.getByRole("radio", { name: "Dissatisfied" }));
    expect(sent).toEqual([{ widgets: { k: 1 }, fragmentId: null }]);
  });

  it("respects disabled", () => {
    const { sent } = renderElement("feedback", { options: "faces", value: null, disabled: true });
    const neutral = screen.getByRole("radio", { name: "Neutral" });
    expect(neutral).toBeDisabled();
    fireEvent.click(neutral);
    expect(sent).toEqual([]);
  });

  it("maps positions to sentiments", () => {
    expect(sentimentAt("thumbs", 0)).toBe(1);
    expect(sentimentAt("stars", 4)).toBe(4);
    expect(optionName("stars", 4)).toBe("5 stars");
    expect(optionName("faces", 4)).toBe("Very satisfied");
  });
});
