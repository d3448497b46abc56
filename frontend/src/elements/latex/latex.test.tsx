import { waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement } from "../../test/render";

describe("latex", () => {
  it("renders display math", async () => {
    const { container } = renderElement("latex", { body: "a^2 + b^2 = c^2" });
    await waitFor(() => expect(container.querySelector(".katex-display")).not.toBeNull());
  });
});
