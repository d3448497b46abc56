import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement } from "../../test/render";

describe("divider", () => {
  it("renders a rule", () => {
    renderElement("divider", {});
    expect(screen.getByRole("separator")).toBeInTheDocument();
  });
});
