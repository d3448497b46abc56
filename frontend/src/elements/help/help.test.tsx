import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement } from "../../test/render";

const DOG = {
  name: "fido",
  type: "Dog",
  value: null,
  signature: null,
  doc: "A typical dog.\n\nIt barks.",
  members: [
    { name: "breed", type: "str", value: "'poodle'" },
    { name: "bark", type: "method", doc: "Say woof." },
  ],
};

describe("help", () => {
  it("shows the name, type, docstring and members, as a named group", () => {
    renderElement("help", DOG);
    const group = screen.getByRole("group", { name: "fido" });
    expect(group).toHaveTextContent("Dog");
    expect(group.querySelector("pre")).toHaveTextContent("A typical dog. It barks.");
    const table = screen.getByRole("table", { name: "Members of fido" });
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(within(rows[1] as HTMLElement).getByRole("rowheader")).toHaveTextContent("breed");
    expect(rows[1]).toHaveTextContent("'poodle'");
    expect(rows[2]).toHaveTextContent("Say woof.");
  });

  it("shows the qualified name and signature of a function", () => {
    renderElement("help", {
      name: "math.floor",
      type: "builtin_function_or_method",
      value: "math.floor",
      signature: "(x, /)",
      doc: "Return the floor of x.",
      members: [],
    });
    expect(screen.getByRole("group", { name: "math.floor" })).toHaveTextContent("math.floor(x, /)");
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("opens and closes a long member list with its button", () => {
    const members = Array.from({ length: 30 }, (_, i) => ({
      name: `m${i}`,
      type: "int",
      value: `${i}`,
    }));
    renderElement("help", { name: null, type: "module", value: "big", members });
    const toggle = screen.getByRole("button", { name: "30 members" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("table")).toBeNull();
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("table", { name: "Members of big" })).toBeVisible();
  });
});
