import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement } from "../../test/render";
import { GENERIC_MESSAGE } from ".";

const props = {
  type: "ValueError",
  message: "bad value",
  traceback: ['File "app.py", line 3', "  raise ValueError"],
};

describe("exception", () => {
  it("shows everything with full details", () => {
    const { container } = renderElement("exception", props, { showErrorDetails: "full" });
    expect(screen.getByRole("alert")).toHaveClass("rill-alert-red");
    expect(container.textContent).toContain("ValueError: bad value");
    expect(container.textContent).toContain("raise ValueError");
  });

  it("hides the message for stacktrace", () => {
    const { container } = renderElement("exception", props, { showErrorDetails: "stacktrace" });
    expect(container.textContent).not.toContain("bad value");
    expect(container.textContent).toContain("raise ValueError");
  });

  it("shows only the type for type", () => {
    const { container } = renderElement("exception", props, { showErrorDetails: "type" });
    expect(container.textContent).toContain("ValueError");
    expect(container.textContent).not.toContain("bad value");
    expect(container.textContent).not.toContain("raise");
  });

  it("shows a generic message for none", () => {
    const { container } = renderElement("exception", props, { showErrorDetails: "none" });
    expect(container.textContent).toContain(GENERIC_MESSAGE);
    expect(container.textContent).not.toContain("ValueError");
  });

  it("draws warnings in yellow", () => {
    renderElement("exception", { ...props, is_warning: true });
    expect(screen.getByRole("alert")).toHaveClass("rill-alert-yellow");
  });
});
