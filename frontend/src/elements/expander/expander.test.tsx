import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderTree } from "../../test/render";

describe("expander", () => {
  it("is an accessible disclosure", () => {
    renderTree([
      [[0, 0], { kind: "expander", props: { label: "More" }, block: true }],
      [[0, 0, 0], { kind: "text", props: { body: "hidden text" } }],
    ]);
    const button = screen.getByRole("button", { name: "More" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(screen.getByText("hidden text")).not.toBeVisible();
    fireEvent.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByText("hidden text")).toBeVisible();
    const panel = document.getElementById(button.getAttribute("aria-controls") ?? "");
    expect(panel).toHaveAttribute("role", "region");
    expect(panel).toHaveAccessibleName("More");
  });

  it("starts open when expanded", () => {
    renderTree([
      [[0, 0], { kind: "expander", props: { label: "Open", expanded: true }, block: true }],
    ]);
    expect(screen.getByRole("button", { name: "Open" })).toHaveAttribute("aria-expanded", "true");
  });
});
