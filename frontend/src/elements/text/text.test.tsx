import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement } from "../../test/render";

describe("text", () => {
  it("renders fixed-width text without Markdown", () => {
    const { container } = renderElement("text", { body: "**not bold**" });
    expect(screen.getByText("**not bold**").tagName).toBe("PRE");
    expect(container.querySelector("strong")).toBeNull();
  });
});
