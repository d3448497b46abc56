/**
 * Vega expressions without `new Function`: each expression's syntax tree is turned, once, into
 * nested JavaScript closures, which Vega then calls for every datum and mark item.
 *
 * The app page's Content-Security-Policy has no 'unsafe-eval', so Vega's own code generation
 * cannot run. vega-interpreter (the usual answer) walks the syntax tree again on every call and
 * allocates as it goes: 2-3 times slower than generated code on a 100,000-point line. Closures
 * built once keep to the same rules (the same functions, the same refusals of dangerous members
 * and properties) at close to generated-code speed. The object this module exports has the
 * shape Vega's View takes as `expr` (vega-embed passes it on).
 */
import { ascending, DisallowedObjectProperties, isString } from "vega";

/** A compiled expression: (parameters, datum, event, item) → value. */
type Compiled = (params: Params, datum: unknown, event: VegaEvent, item: unknown) => unknown;
type Params = Record<string, unknown> | undefined;
type VegaEvent = { vega: Record<string, (...args: unknown[]) => unknown> } | undefined;
type Fn = (...args: unknown[]) => unknown;
type Functions = Record<string, Fn>;

interface AstNode {
  type: string;
  [key: string]: unknown;
}

const CONSTANTS: Record<string, number> = {
  NaN: NaN,
  E: Math.E,
  LN2: Math.LN2,
  LN10: Math.LN10,
  LOG2E: Math.LOG2E,
  LOG10E: Math.LOG10E,
  PI: Math.PI,
  SQRT1_2: Math.SQRT1_2,
  SQRT2: Math.SQRT2,
  MIN_VALUE: Number.MIN_VALUE,
  MAX_VALUE: Number.MAX_VALUE,
};

type Binary = (a: never, b: never) => unknown;
const BINARY: Record<string, Binary> = {
  "*": (a: number, b: number) => a * b,
  "+": (a: number, b: number) => a + b,
  "-": (a: number, b: number) => a - b,
  "/": (a: number, b: number) => a / b,
  "%": (a: number, b: number) => a % b,
  ">": (a: number, b: number) => a > b,
  "<": (a: number, b: number) => a < b,
  "<=": (a: number, b: number) => a <= b,
  ">=": (a: number, b: number) => a >= b,
  // Loose equality, as the expression language has it.
  "==": (a: unknown, b: unknown) => a == b,
  "!=": (a: unknown, b: unknown) => a != b,
  "===": (a: unknown, b: unknown) => a === b,
  "!==": (a: unknown, b: unknown) => a !== b,
  "&": (a: number, b: number) => a & b,
  "|": (a: number, b: number) => a | b,
  "^": (a: number, b: number) => a ^ b,
  "<<": (a: number, b: number) => a << b,
  ">>": (a: number, b: number) => a >> b,
  ">>>": (a: number, b: number) => a >>> b,
};

const UNARY: Record<string, (a: never) => unknown> = {
  "+": (a: number) => +a,
  "-": (a: number) => -a,
  "~": (a: number) => ~a,
  "!": (a: unknown) => !a,
};

function method(name: string, cast?: (v: unknown) => unknown): Fn {
  return (...args: unknown[]) => {
    const target = (cast ? cast(args[0]) : args[0]) as Record<string, Fn>;
    return (target[name] as Fn).apply(target, args.slice(1));
  };
}

const day = (f: (d: Date) => number) => (d: unknown) => f(new Date(d as number));

/** The functions of the expression language that are plain JavaScript (not Vega's own). */
const BUILTINS: Record<string, Fn> = {
  isNaN: Number.isNaN as Fn,
  isFinite: Number.isFinite as Fn,
  abs: Math.abs as Fn,
  acos: Math.acos as Fn,
  asin: Math.asin as Fn,
  atan: Math.atan as Fn,
  atan2: Math.atan2 as Fn,
  ceil: Math.ceil as Fn,
  cos: Math.cos as Fn,
  exp: Math.exp as Fn,
  floor: Math.floor as Fn,
  hypot: Math.hypot as Fn,
  log: Math.log as Fn,
  max: Math.max as Fn,
  min: Math.min as Fn,
  pow: Math.pow as Fn,
  random: Math.random as Fn,
  round: Math.round as Fn,
  sin: Math.sin as Fn,
  sqrt: Math.sqrt as Fn,
  tan: Math.tan as Fn,
  clamp: ((a: number, b: number, c: number) => Math.max(b, Math.min(c, a))) as Fn,
  now: Date.now as Fn,
  utc: Date.UTC as Fn,
  datetime: ((
    y: unknown,
    m: number = 0,
    d: number = 1,
    H: number = 0,
    M: number = 0,
    S: number = 0,
    ms: number = 0,
  ) => (isString(y) ? new Date(y as string) : new Date(y as number, m, d, H, M, S, ms))) as Fn,
  date: day((d) => d.getDate()),
  day: day((d) => d.getDay()),
  year: day((d) => d.getFullYear()),
  month: day((d) => d.getMonth()),
  hours: day((d) => d.getHours()),
  minutes: day((d) => d.getMinutes()),
  seconds: day((d) => d.getSeconds()),
  milliseconds: day((d) => d.getMilliseconds()),
  time: day((d) => d.getTime()),
  timezoneoffset: day((d) => d.getTimezoneOffset()),
  utcdate: day((d) => d.getUTCDate()),
  utcday: day((d) => d.getUTCDay()),
  utcyear: day((d) => d.getUTCFullYear()),
  utcmonth: day((d) => d.getUTCMonth()),
  utchours: day((d) => d.getUTCHours()),
  utcminutes: day((d) => d.getUTCMinutes()),
  utcseconds: day((d) => d.getUTCSeconds()),
  utcmilliseconds: day((d) => d.getUTCMilliseconds()),
  length: ((x: { length: number }) => x.length) as Fn,
  join: method("join"),
  indexof: method("indexOf"),
  lastindexof: method("lastIndexOf"),
  slice: method("slice"),
  reverse: ((x: unknown[]) => x.slice().reverse()) as Fn,
  sort: ((x: unknown[]) => x.slice().sort(ascending as never)) as Fn,
  parseFloat: parseFloat as Fn,
  parseInt: parseInt as Fn,
  upper: ((x: unknown) => String(x).toUpperCase()) as Fn,
  lower: ((x: unknown) => String(x).toLowerCase()) as Fn,
  substring: method("substring", String),
  split: method("split", String),
  replace: method("replace", String),
  trim: ((x: unknown) => String(x).trim()) as Fn,
  btoa: ((x: string) => btoa(x)) as Fn,
  atob: ((x: string) => atob(x)) as Fn,
  encodeURIComponent: ((x: string) => encodeURIComponent(x)) as Fn,
  regexp: RegExp as unknown as Fn,
  test: ((r: string | RegExp, t: string) => RegExp(r).test(t)) as Fn,
};

/** Functions answered by the event being handled (`xy()`, `item()`...). */
const EVENT_FUNCTIONS = new Set(["view", "item", "group", "xy", "x", "y"]);

/** What an expression may never reach: code runners. */
const DISALLOWED = new Set<unknown>([Function, setTimeout, setInterval, globalThis.eval]);
if (typeof globalThis.setImmediate === "function") DISALLOWED.add(globalThis.setImmediate);

function refuse(what: string, name: unknown): undefined {
  console.error(
    `Prevented interpretation of ${what} "${String(name)}" which could lead to insecure code execution`,
  );
  return undefined;
}

/** Compile `node`; inside a member's name or an object's key, identifiers are names. */
function compile(node: AstNode, fns: Functions, asName = false): Compiled {
  const sub = (n: unknown, name = false): Compiled => compile(n as AstNode, fns, name);
  switch (node.type) {
    case "Literal": {
      const value = node.value;
      const regex = node.regex as { pattern: string; flags: string } | undefined;
      if (regex && value instanceof RegExp && (value.global || value.sticky)) {
        // A global or sticky regexp keeps `lastIndex` between uses: a fresh one each time.
        return () => new RegExp(regex.pattern, regex.flags);
      }
      return () => value;
    }
    case "Identifier": {
      const id = node.name as string;
      if (asName) return () => id;
      if (id === "datum") return (_p, d) => d;
      if (id === "event") return (_p, _d, e) => e;
      if (id === "item") return (_p, _d, _e, i) => i;
      if (Object.prototype.hasOwnProperty.call(CONSTANTS, id)) {
        const constant = CONSTANTS[id];
        return () => constant;
      }
      const key = "$" + id;
      return (p) => (p as Record<string, unknown>)[key];
    }
    case "MemberExpression": {
      const object = sub(node.object);
      const prop = node.property as AstNode;
      const fixed = !node.computed ? prop.name : prop.type === "Literal" ? prop.value : undefined;
      if (typeof fixed === "string" || typeof fixed === "number") {
        // `datum.x`, `datum["x"]`: the name is known now (the common case, once per datum).
        const name = fixed;
        return (p, d, e, i) => {
          const value = (object(p, d, e, i) as Record<string | number, unknown>)[name];
          return typeof value === "function" && DISALLOWED.has(value)
            ? refuse("member", name)
            : value;
        };
      }
      const property = sub(prop, !node.computed);
      return (p, d, e, i) => {
        const o = object(p, d, e, i) as Record<string, unknown>;
        const name = property(p, d, e, i) as string;
        const value = o[name];
        return typeof value === "function" && DISALLOWED.has(value)
          ? refuse("member", name)
          : value;
      };
    }
    case "CallExpression": {
      let name = (node.callee as { name: string }).name;
      if (name.startsWith("_")) name = name.slice(1); // encoders' internal aliases
      const args = (node.arguments as AstNode[]).map((a) => sub(a));
      if (name === "if") {
        const [test, yes, no] = args as [Compiled, Compiled, Compiled];
        return (p, d, e, i) => (test(p, d, e, i) ? yes(p, d, e, i) : no(p, d, e, i));
      }
      const values = (p: Params, d: unknown, e: VegaEvent, i: unknown): unknown[] => {
        const out = new Array<unknown>(args.length);
        for (let k = 0; k < args.length; k++) out[k] = (args[k] as Compiled)(p, d, e, i);
        return out;
      };
      if (EVENT_FUNCTIONS.has(name)) {
        const event = name;
        return (p, d, e, i) => (e as NonNullable<VegaEvent>).vega[event]?.(...values(p, d, e, i));
      }
      const builtin = BUILTINS[name];
      // Looked up on each call, as functions may be added to the context later.
      const target = (): Fn => (fns[name] ?? builtin) as Fn;
      const [a, b, c] = args as [Compiled, Compiled, Compiled];
      switch (args.length) {
        case 0:
          return () => target().call(fns);
        case 1:
          return (p, d, e, i) => target().call(fns, a(p, d, e, i));
        case 2:
          return (p, d, e, i) => target().call(fns, a(p, d, e, i), b(p, d, e, i));
        case 3:
          return (p, d, e, i) => target().call(fns, a(p, d, e, i), b(p, d, e, i), c(p, d, e, i));
        default:
          return (p, d, e, i) => target().apply(fns, values(p, d, e, i));
      }
    }
    case "ArrayExpression": {
      const elements = (node.elements as AstNode[]).map((n) => sub(n));
      return (p, d, e, i) => elements.map((el) => el(p, d, e, i));
    }
    case "BinaryExpression": {
      const op = BINARY[node.operator as string] as (a: unknown, b: unknown) => unknown;
      const left = sub(node.left);
      const right = sub(node.right);
      return (p, d, e, i) => op(left(p, d, e, i), right(p, d, e, i));
    }
    case "UnaryExpression": {
      const op = UNARY[node.operator as string] as (a: unknown) => unknown;
      const arg = sub(node.argument);
      return (p, d, e, i) => op(arg(p, d, e, i));
    }
    case "ConditionalExpression": {
      const test = sub(node.test);
      const yes = sub(node.consequent);
      const no = sub(node.alternate);
      return (p, d, e, i) => (test(p, d, e, i) ? yes(p, d, e, i) : no(p, d, e, i));
    }
    case "LogicalExpression": {
      const left = sub(node.left);
      const right = sub(node.right);
      return node.operator === "&&"
        ? (p, d, e, i) => left(p, d, e, i) && right(p, d, e, i)
        : (p, d, e, i) => left(p, d, e, i) || right(p, d, e, i);
    }
    case "ObjectExpression": {
      const entries = (node.properties as { key: AstNode; value: AstNode }[]).map((prop) => ({
        key: sub(prop.key, true),
        value: sub(prop.value),
      }));
      return (p, d, e, i) => {
        const out: Record<string, unknown> = {};
        for (const entry of entries) {
          const k = entry.key(p, d, e, i) as string;
          const v = entry.value(p, d, e, i);
          if (DisallowedObjectProperties.has(k)) refuse("property", k);
          else if (DISALLOWED.has(v)) refuse("method", k);
          else out[k] = v;
        }
        return out;
      };
    }
    default:
      throw new Error(`Unsupported expression node: ${node.type}`);
  }
}

type Item = Record<string, number | unknown>;

/** Positions from x2/xc/y2/yc channels, as Vega's generated encoders compute them. */
function adjustSpatial(item: Item, channels: Record<string, unknown>, swap: boolean): void {
  const num = (k: string): number => item[k] as number;
  if (channels.x2) {
    if (channels.x) {
      if (swap && num("x") > num("x2")) [item.x, item.x2] = [item.x2, item.x];
      item.width = num("x2") - num("x");
    } else {
      item.x = num("x2") - (num("width") || 0);
    }
  }
  if (channels.xc) item.x = num("xc") - (num("width") || 0) / 2;
  if (channels.y2) {
    if (channels.y) {
      if (swap && num("y") > num("y2")) [item.y, item.y2] = [item.y2, item.y];
      item.height = num("y2") - num("y");
    } else {
      item.y = num("y2") - (num("height") || 0);
    }
  }
  if (channels.yc) item.y = num("yc") - (num("height") || 0) / 2;
}

interface Ctx {
  functions: Functions;
}
interface Expr {
  ast: AstNode;
}

/** The `expr` of a Vega View: every kind of expression Vega evaluates, compiled once. */
export const closureInterpreter = {
  operator(ctx: Ctx, expr: Expr) {
    const f = compile(expr.ast, ctx.functions);
    return (params: Params) => f(params, undefined, undefined, undefined);
  },
  parameter(ctx: Ctx, expr: Expr) {
    const f = compile(expr.ast, ctx.functions);
    return (datum: unknown, params: Params) => f(params, datum, undefined, undefined);
  },
  event(ctx: Ctx, expr: Expr) {
    const f = compile(expr.ast, ctx.functions);
    return (event: VegaEvent) => f(undefined, undefined, event, undefined);
  },
  handler(ctx: Ctx, expr: Expr) {
    const f = compile(expr.ast, ctx.functions);
    return (params: Params, event: VegaEvent & { item?: { datum?: unknown } }) =>
      f(params, event?.item?.datum, event, undefined);
  },
  encode(ctx: Ctx, encode: { marktype: string; channels: Record<string, Expr> }) {
    const { marktype, channels } = encode;
    const swap = marktype === "group" || marktype === "image" || marktype === "rect";
    const compiled = Object.entries(channels).map(
      ([name, channel]) => [name, compile(channel.ast, ctx.functions)] as const,
    );
    return (item: Item & { datum?: unknown }, params: Params) => {
      const datum = item.datum;
      let modified = 0;
      for (const [name, f] of compiled) {
        const value = f(params, datum, undefined, item);
        if (item[name] !== value) {
          item[name] = value;
          modified = 1;
        }
      }
      if (marktype !== "rule") adjustSpatial(item, channels, swap);
      return modified;
    };
  },
};
