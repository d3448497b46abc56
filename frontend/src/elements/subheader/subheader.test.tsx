import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement } from "../../test/render";

describe("subheader", () => {
  it("renders an h3 heading with help", () => {
    renderElement("subheader", { body: "Section", help: "More" });
    expect(screen.getByRole("heading", { level: 3 })).toHaveTextContent("Section");
    expect(screen.getByRole("button", { name: "Help" })).toBeInTheDocument();
  });
});
