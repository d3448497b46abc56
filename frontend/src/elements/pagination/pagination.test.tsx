import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement } from "../../test/render";
import { pageItems } from ".";

describe("pagination", () => {
  it("is a navigation landmark marking the current page; buttons send pages", () => {
    const { sent } = renderElement("pagination", { num_pages: 5, value: 2 }, { id: "p" });
    expect(screen.getByRole("navigation", { name: "Pagination" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
    fireEvent.click(screen.getByRole("button", { name: "Next page" }));
    fireEvent.click(screen.getByRole("button", { name: "Page 5" }));
    expect(sent.map((s) => s.widgets)).toEqual([{ p: 3 }, { p: 5 }]);
  });

  it("disables the arrow that leads nowhere, and everything when disabled", () => {
    const { update } = renderElement("pagination", { num_pages: 3, value: 1 });
    expect(screen.getByRole("button", { name: "Previous page" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Next page" })).toBeEnabled();
    update({ num_pages: 3, value: 3, disabled: true });
    expect(screen.getByRole("button", { name: "Page 1" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Next page" })).toBeDisabled();
  });

  it("shows only the arrows with max_visible_pages=0", () => {
    renderElement("pagination", { num_pages: 9, value: 4, max_visible_pages: 0 });
    expect(screen.getAllByRole("button")).toHaveLength(2);
  });

  it("keeps the first and last pages and marks what it leaves out", () => {
    expect(pageItems(1, 5, 7)).toEqual([1, 2, 3, 4, 5]);
    expect(pageItems(10, 20, 7)).toEqual([1, "gap", 8, 9, 10, 11, 12, "gap", 20]);
    expect(pageItems(1, 20, 7)).toEqual([1, 2, 3, 4, 5, 6, "gap", 20]);
    expect(pageItems(20, 20, 7)).toEqual([1, "gap", 15, 16, 17, 18, 19, 20]);
    expect(pageItems(3, 20, null)).toHaveLength(20);
    expect(pageItems(3, 20, 0)).toEqual([]);
  });
});
