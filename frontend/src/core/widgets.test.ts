import { describe, expect, it } from "vitest";
import { WidgetManager } from "./widgets";

function manager(): { m: WidgetManager; sent: [Record<string, unknown>, string | null][] } {
  const sent: [Record<string, unknown>, string | null][] = [];
  return { m: new WidgetManager((w, f) => sent.push([w, f])), sent };
}

describe("widget values and forms", () => {
  it("sends values outside forms at once", () => {
    const { m, sent } = manager();
    m.setValue("a", 5, null, null);
    m.click("b", null, false, "frag");
    expect(sent).toEqual([
      [{ a: 5 }, null],
      [{ b: true }, "frag"],
    ]);
  });

  it("holds form values until a submit button sends them together", () => {
    const { m, sent } = manager();
    m.setValue("name", "Ada", "f1", null);
    m.setValue("age", 36, "f1", null);
    m.setValue("name", "Grace", "f1", null);
    m.setValue("other", 1, "f2", null);
    expect(sent).toEqual([]);
    expect(m.isHeld("name", "f1")).toBe(true);
    expect(m.heldCount("f1")).toBe(2);
    m.click("submit", "f1", true, null);
    expect(sent).toEqual([[{ name: "Grace", age: 36, submit: true }, null]]);
    expect(m.isHeld("name", "f1")).toBe(false);
    expect(m.isHeld("other", "f2")).toBe(true);
  });

  it("submits through the first registered submit button on Enter", () => {
    const { m, sent } = manager();
    expect(m.submitByEnter("f", null)).toBe(false);
    const unregister = m.registerSubmit("f", "s1");
    m.registerSubmit("f", "s2");
    m.setValue("x", "v", "f", null);
    expect(m.submitByEnter("f", null)).toBe(true);
    expect(sent).toEqual([[{ x: "v", s1: true }, null]]);
    unregister();
    m.submitByEnter("f", null);
    expect(sent[1]).toEqual([{ s2: true }, null]);
  });
});
