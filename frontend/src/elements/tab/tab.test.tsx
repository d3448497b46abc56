import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderTree } from "../../test/render";

describe("tab", () => {
  it("renders its children", () => {
    renderTree([
      [[0, 0], { kind: "tab", props: { label: "T" }, block: true }],
      [[0, 0, 0], { kind: "text", props: { body: "content" } }],
    ]);
    expect(screen.getByText("content")).toBeInTheDocument();
  });
});
