import { parseExpression, parse, View } from "vega";
import { compile as compileVegaLite } from "vega-lite";
import { expressionInterpreter } from "vega-interpreter";
import { describe, expect, it, vi } from "vitest";
import { closureInterpreter } from "./interpreter";

type Interpreter = typeof closureInterpreter;

/** Functions as Vega's context has them: `this.context` reachable from a call. */
const functions = Object.assign(Object.create({ context: { factor: 10 } }) as object, {
  scale(this: { context: { factor: number } }, name: string, value: number) {
    return `${name}:${value * this.context.factor}`;
  },
  isValid: (v: unknown) => v !== null && v !== undefined && !Number.isNaN(v),
  inrange: (v: number, r: number[]) => v >= (r[0] as number) && v <= (r[1] as number),
}) as Record<string, (...args: unknown[]) => unknown>;

function evaluate(interpreter: Interpreter, source: string, datum: unknown, params: unknown) {
  const expr = { ast: parseExpression(source) };
  const fn = interpreter.parameter({ functions }, expr as never);
  return fn(datum, params as never);
}

const CASES = [
  "datum.a + datum['b'] * 2 - datum.c / 4 % 3",
  "datum.a > 1 && datum.b <= 2 || !datum.c",
  "datum.missing ? 'yes' : 'no'",
  "if(datum.a == '1', 'loose', 'strict')",
  "datum.a === 1 ? [datum.a, datum.b, PI] : {x: datum.a, 'y': datum.b}",
  "-datum.a + +datum.s + ~datum.b",
  "isValid(datum.a) && isFinite(+datum.a) && !isNaN(datum.b)",
  "scale('x', datum.a)",
  "inrange(datum.b, [1, 3]) ? upper(datum.s) : lower(datum.s)",
  "join([datum.s, 'z'], '-') + substring('abcdef', 1, 3) + length(datum.list)",
  "clamp(datum.b * 100, 0, 50) + max(1, 2, 3) + min(datum.a, datum.b)",
  "utcyear(datetime(2024, 5, 6)) + month(datetime('2024-02-10T00:00:00'))",
  "test('^a', datum.s) + indexof(datum.list, 2) + slice(datum.list, 1).length",
  "$cutoff > datum.a ? datum.list[1] : datum.nested.inner",
  "cutoff * 2 + datum.nested['inner']",
  "reverse(datum.list)[0] + sort([3, 1, 2])[0] + replace('aXb', 'X', '-')",
  "datum.a << 2 | datum.b >> 1 ^ 7 & 3",
  "trim('  t  ') + split('a,b', ',').length + parseFloat('2.5') + parseInt('7')",
];

const datum = { a: 1, b: 2, c: 8, s: "ab", list: [1, 2, 3], nested: { inner: "in" } };
const params = { $cutoff: 5 };

describe("the closure interpreter", () => {
  it.each(CASES)("evaluates %s as vega-interpreter does", (source) => {
    const expected = evaluate(expressionInterpreter as never, source, datum, params);
    expect(evaluate(closureInterpreter, source, datum, params)).toEqual(expected);
  });

  it("refuses to reach code runners", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const constructor = "datum.f.constructor";
    expect(evaluate(closureInterpreter, constructor, { f: () => 1 }, {})).toBeUndefined();
    expect(evaluate(closureInterpreter, "{'__proto__': 1, ok: 2}", {}, {})).toEqual({ ok: 2 });
    expect(error).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });

  it("hands out a fresh global regexp each time", () => {
    const expr = { ast: parseExpression("test(/a/g, 'aaa')") };
    const fn = closureInterpreter.parameter({ functions }, expr as never);
    expect([fn({}, {}), fn({}, {}), fn({}, {})]).toEqual([true, true, true]);
  });

  it("draws the same scene as vega-interpreter for a Vega-Lite chart", async () => {
    const spec = {
      data: {
        values: [
          { t: "2024-01-01", v: 3, k: "a" },
          { t: "2024-02-01", v: null, k: "b" },
          { t: "2024-03-01", v: 5, k: "a" },
        ],
      },
      transform: [{ calculate: "datum.v * 2", as: "w" }, { filter: "datum.w > 0" }],
      params: [{ name: "pick", select: { type: "point", encodings: ["x"] } }],
      mark: "bar",
      encoding: {
        x: { field: "t", type: "temporal", timeUnit: "yearmonth" },
        y: { field: "w", type: "quantitative" },
        color: { condition: { param: "pick", field: "k" }, value: "grey" },
      },
    };
    const vg = compileVegaLite(spec as never).spec;
    const scene = async (expr: unknown): Promise<unknown> => {
      const view = new View(parse(vg, undefined, { ast: true }), {
        renderer: "none",
        expr,
      } as never);
      await view.runAsync();
      // Every drawn item's visual properties, depth first.
      const seen: unknown[] = [];
      const visit = (node: { items?: unknown[] }): void => {
        for (const item of (node.items ?? []) as Record<string, unknown>[]) {
          const { x, y, width, height, fill, stroke, opacity, text } = item;
          seen.push({ x, y, width, height, fill, stroke, opacity, text });
          visit(item as { items?: unknown[] });
        }
      };
      visit((view.scenegraph() as unknown as { root: never }).root);
      view.finalize();
      return seen;
    };
    const drawn = (await scene(closureInterpreter)) as { fill?: unknown }[];
    expect(drawn).toEqual(await scene(expressionInterpreter));
    // Bars, axes and a legend were drawn (and compared), key "a" in the first palette color.
    expect(drawn.length).toBeGreaterThan(10);
    expect(drawn.some((item) => item.fill === "#4c78a8")).toBe(true);
  });
});
