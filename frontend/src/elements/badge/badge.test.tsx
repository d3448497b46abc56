import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement } from "../../test/render";

describe("badge", () => {
  it("shows its label as readable text in its color, with its icon hidden from readers", () => {
    const { container } = renderElement("badge", {
      label: "Success",
      color: "green",
      icon: ":material/check:",
    });
    const badge = screen.getByText("Success").closest(".rill-badge") as HTMLElement;
    expect(badge).toHaveClass("rill-bg-green");
    expect(badge).toHaveTextContent(/^checkSuccess$/);
    expect(container.querySelector(".rill-material-icon")).toHaveAttribute("aria-hidden", "true");
  });

  it("is blue by default and may have help", () => {
    renderElement("badge", { label: "New", help: "Just added" });
    expect(screen.getByText("New").closest(".rill-badge")).toHaveClass("rill-bg-blue");
    expect(screen.getByRole("button", { name: "Help" })).toBeInTheDocument();
  });
});
