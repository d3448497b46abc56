import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderTree } from "../../test/render";
import { fromOpenPopup, insideAny, tabbables } from "./focus";

function popover(props: Record<string, unknown> = {}): ReturnType<typeof renderTree> {
  return renderTree([
    [[0, 0], { kind: "popover", props: { label: "Filters", ...props }, block: true }],
    [[0, 0, 0], { kind: "checkbox", id: "c", props: { label: "Red", value: false } }],
    [[0, 1], { kind: "text", props: { body: "outside" } }],
  ]);
}

describe("popover", () => {
  it("is a button controlling a dialog named after it, closed at first", () => {
    popover();
    const button = screen.getByRole("button", { name: "Filters" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(button).toHaveAttribute("aria-haspopup", "dialog");
    const panel = document.getElementById(button.getAttribute("aria-controls") ?? "");
    expect(panel).toHaveAttribute("role", "dialog");
    expect(panel).not.toBeVisible();
    fireEvent.click(button);
    expect(screen.getByRole("dialog", { name: "Filters" })).toBe(panel);
  });

  it("opens on click with focus inside, and Escape closes it with focus back", async () => {
    popover();
    const button = screen.getByRole("button", { name: "Filters" });
    fireEvent.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    const box = screen.getByRole("checkbox", { name: "Red" });
    expect(box).toBeVisible();
    await waitFor(() => expect(box).toHaveFocus());
    fireEvent.keyDown(box, { key: "Escape" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(button).toHaveFocus();
    expect(screen.getByRole("checkbox", { hidden: true })).not.toBeVisible();
  });

  it("closes on a click outside, not on one inside", () => {
    popover();
    const button = screen.getByRole("button", { name: "Filters" });
    fireEvent.click(button);
    fireEvent.pointerDown(screen.getByRole("checkbox", { name: "Red" }));
    expect(button).toHaveAttribute("aria-expanded", "true");
    fireEvent.pointerDown(screen.getByText("outside"));
    expect(button).toHaveAttribute("aria-expanded", "false");
  });

  it("keeps what widgets inside send going to the server", () => {
    const { sent } = popover();
    fireEvent.click(screen.getByRole("button", { name: "Filters" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Red" }));
    expect(sent).toEqual([{ widgets: { c: true }, fragmentId: null }]);
  });

  it("cannot be opened when disabled", () => {
    popover({ disabled: true });
    const button = screen.getByRole("button", { name: "Filters" });
    expect(button).toBeDisabled();
    fireEvent.click(button);
    expect(button).toHaveAttribute("aria-expanded", "false");
  });

  it("stretches its button when asked", () => {
    const { container } = popover({ width: "stretch", type: "primary" });
    expect(container.querySelector(".rill-popover")).toHaveAttribute("data-width", "stretch");
    expect(screen.getByRole("button", { name: "Filters" })).toHaveAttribute("data-type", "primary");
  });
});

describe("focus helpers", () => {
  it("find tabbable elements and portals", () => {
    document.body.innerHTML =
      '<div id="r"><button>a</button><button disabled>b</button><div hidden><input></div>' +
      '<span tabindex="0">c</span></div><div data-portal="true"><i id="p">x</i></div>';
    const root = document.getElementById("r") as HTMLElement;
    expect(tabbables(root).map((el) => el.textContent)).toEqual(["a", "c"]);
    expect(insideAny(document.getElementById("p"), [root])).toBe(true);
    expect(insideAny(document.body, [root])).toBe(false);
    const open = document.createElement("input");
    open.setAttribute("aria-expanded", "true");
    expect(fromOpenPopup(open)).toBe(true);
    expect(fromOpenPopup(root)).toBe(false);
  });
});
