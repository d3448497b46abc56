import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderTree } from "../../test/render";

describe("column", () => {
  it("renders its children", () => {
    renderTree([
      [[0, 0], { kind: "column", props: { weight: 1 }, block: true }],
      [[0, 0, 0], { kind: "text", props: { body: "cell" } }],
    ]);
    expect(screen.getByText("cell")).toBeInTheDocument();
  });
});
