import { describe, expect, it } from "vitest";
import { render } from "./engine";

describe("markdown engine", () => {
  it("draws :material/name: as a Material Symbol, even without raw HTML", () => {
    const { html } = render("Saved :material/check_circle: now", { inline: true });
    expect(html).toBe(
      'Saved <span class="rill-material-icon" aria-hidden="true">check_circle</span> now',
    );
  });

  it("keeps raw HTML escaped unless allowed", () => {
    expect(render("<b>x</b>", { inline: true }).html).toBe("&lt;b&gt;x&lt;/b&gt;");
    expect(render("<b>x</b>", { inline: true, allowHtml: true }).html).toBe("<b>x</b>");
  });

  it("leaves malformed material names as text", () => {
    expect(render(":material/Bad-Name:", { inline: true }).html).toBe(":material/Bad-Name:");
  });
});
