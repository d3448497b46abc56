/**
 * One chart's Vega view: embedded with vega-embed, redrawn only when its spec changes; new
 * rows (`add_rows`, a rerun with other data) replace a dataset in place, and a new container
 * width resizes a single view without starting over.
 *
 * Expressions are parsed to syntax trees (`ast: true`) and turned into closures
 * (./interpreter.ts), never compiled with `new Function`: the app page's
 * Content-Security-Policy has no 'unsafe-eval'.
 */
import embed, { type Result } from "vega-embed";
import { decodeRows, sameBytes, type Row } from "./data";
import { closureInterpreter } from "./interpreter";
import {
  isComposite,
  prepareSelections,
  rendererFor,
  selectionValue,
  sizeSpec,
  withDatasets,
  type Spec,
} from "./spec";
import type { Config } from "./theme";

/** How long a selection must stay still before it is sent (a brush drags through many). */
export const SELECTION_DEBOUNCE_MS = 150;

export interface DrawInput {
  /** The spec, theme tokens resolved, datasets by reference. */
  spec: Spec;
  datasets: Record<string, Uint8Array>;
  config: Config;
  width: number | "stretch" | "content";
  height: number | "stretch" | "content";
  containerWidth: number;
  /** Selection parameters to report, and where to. */
  modes: string[];
  onSelect?: (state: { selection: Record<string, unknown> }) => void;
  /** Tooltip colors. */
  dark: boolean;
}

interface Decoded {
  bytes: Uint8Array;
  rows: Row[];
}

/**
 * The compiled Vega spec with every mark out of the accessibility tree: the chart is one
 * image, named by its container, and thousands of unnamed "graphics-symbol" groups would only
 * be noise (Vega-Lite's `aria: false` hides axes and legends, not marks).
 */
export function hideMarks(vg: Record<string, unknown>): Record<string, unknown> {
  const visit = (marks: unknown): void => {
    if (!Array.isArray(marks)) return;
    for (const mark of marks as Record<string, unknown>[]) {
      if (mark.aria === undefined) mark.aria = false;
      visit(mark.marks);
    }
  };
  visit(vg.marks);
  return vg;
}

export class ChartView {
  private result: Result | null = null;
  private key = "";
  private width = 0;
  private decoded = new Map<string, Decoded>();
  /** The pending send of each selection parameter. */
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  private selection: Record<string, unknown> = {};
  private onSelect: DrawInput["onSelect"];
  private closed = false;

  constructor(private readonly el: HTMLElement) {}

  /** The Vega view, once drawn (tests and tools read its data and signals). */
  get view(): Result["view"] | null {
    return this.result?.view ?? null;
  }

  /** Decode what changed; report which datasets have new rows. */
  private decode(datasets: Record<string, Uint8Array>): {
    rows: Record<string, Row[]>;
    changed: string[];
    total: number;
  } {
    const rows: Record<string, Row[]> = {};
    const changed: string[] = [];
    let total = 0;
    for (const [name, bytes] of Object.entries(datasets)) {
      let entry = this.decoded.get(name);
      if (!entry || !sameBytes(entry.bytes, bytes)) {
        entry = { bytes, rows: decodeRows(bytes) };
        this.decoded.set(name, entry);
        changed.push(name);
      }
      rows[name] = entry.rows;
      total += entry.rows.length;
    }
    for (const name of [...this.decoded.keys()]) if (!(name in datasets)) this.decoded.delete(name);
    return { rows, changed, total };
  }

  /** Draw `input`: embed anew, or update the view in place when only data or width changed. */
  async draw(input: DrawInput): Promise<void> {
    if (this.closed) return;
    this.onSelect = input.onSelect;
    const { rows, changed, total } = this.decode(input.datasets);
    const renderer = rendererFor(input.spec, total);
    const key = JSON.stringify([
      input.spec,
      input.config,
      input.height,
      input.width,
      renderer,
      input.modes,
      input.dark,
    ]);
    const view = this.result?.view;
    if (!view || key !== this.key) return this.embed(input, rows, renderer, key);
    for (const name of changed) view.data(name, rows[name] ?? []);
    if (input.containerWidth !== this.width) {
      if (input.width === "stretch" && !isComposite(input.spec)) {
        view.width(input.containerWidth);
      } else if (input.width !== "content") {
        return this.embed(input, rows, renderer, key);
      }
      this.width = input.containerWidth;
    }
    await view.runAsync();
  }

  private async embed(
    input: DrawInput,
    rows: Record<string, Row[]>,
    renderer: "svg" | "canvas",
    key: string,
  ): Promise<void> {
    this.dispose();
    let spec = sizeSpec(input.spec, input);
    spec = prepareSelections(spec, input.modes);
    spec = withDatasets(spec, rows);
    const config = { ...input.config, aria: false };
    this.result = await embed(this.el, spec as never, {
      mode: "vega-lite",
      renderer,
      actions: false,
      ast: true,
      expr: closureInterpreter as never,
      config: config as never,
      patch: hideMarks as never,
      tooltip: { theme: input.dark ? "dark" : "light" },
    });
    if (this.closed) {
      this.dispose(); // unmounted while Vega was drawing
      return;
    }
    this.key = key;
    this.width = input.containerWidth;
    this.selection = Object.fromEntries(input.modes.map((m) => [m, {}]));
    for (const mode of input.modes) this.listen(mode);
  }

  private listen(mode: string): void {
    const view = this.result?.view;
    if (!view) return;
    view.addSignalListener(mode, (_name, value) => {
      clearTimeout(this.timers.get(mode));
      const timer = setTimeout(() => {
        this.timers.delete(mode);
        this.selection = { ...this.selection, [mode]: selectionValue(value) };
        this.onSelect?.({ selection: this.selection });
      }, SELECTION_DEBOUNCE_MS);
      this.timers.set(mode, timer);
    });
  }

  /** Stop for good (the element left the page). */
  close(): void {
    this.closed = true;
    this.dispose();
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.result?.finalize();
    this.result = null;
    this.key = "";
  }
}
