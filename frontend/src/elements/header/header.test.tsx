import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement } from "../../test/render";

describe("header", () => {
  it("renders an h2 heading with help", () => {
    renderElement("header", { body: "Section", help: "More" });
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Section");
    expect(screen.getByRole("button", { name: "Help" })).toBeInTheDocument();
  });
});
