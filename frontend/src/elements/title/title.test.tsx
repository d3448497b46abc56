import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderElement } from "../../test/render";
import { slugify } from ".";

describe("title", () => {
  it("renders an h1 with an anchor link", () => {
    renderElement("title", { body: "My App Title" });
    const heading = screen.getByRole("heading", { level: 1 });
    expect(heading).toHaveTextContent("My App Title");
    expect(heading.id).toBe("my-app-title");
    expect(screen.getByRole("link", { name: "Link to this section" })).toHaveAttribute(
      "href",
      "#my-app-title",
    );
  });

  it("hides the anchor when anchor is false and uses a custom one", () => {
    renderElement("title", { body: "No link", anchor: false });
    expect(screen.queryByRole("link")).toBeNull();
    renderElement("title", { body: "Custom", anchor: "here" });
    expect(screen.getByRole("heading", { name: "Custom" }).id).toBe("here");
  });

  it("draws a colored divider", () => {
    const { container } = renderElement("title", { body: "T", divider: "blue" });
    expect(container.querySelector("hr.rill-divider-blue")).not.toBeNull();
  });

  it("slugifies like Streamlit", () => {
    expect(slugify("Hello, World!")).toBe("hello-world");
    expect(slugify(":red[Colored] **bold**")).toBe("colored-bold");
  });
});
