/**
 * Element kind → renderer. The map itself is generated from the element types the builtin
 * plugins register (`registry.gen.ts`, by scripts/gen_renderers_ts.py): light renderers are
 * bundled with the app; heavy ones (`ElementType(lazy=True)`: syntax highlighting, KaTeX, date
 * pickers, the color picker, the JSON tree) are their own chunks, fetched the first time an
 * element of that kind arrives.
 */
import type { Renderer } from "../render/types";
import { RENDERERS } from "./registry.gen";

export { RENDERERS };

const table: Record<string, Renderer> = RENDERERS;

/** The builtin renderer of a kind, or undefined for plugin (or unknown) kinds. */
export function rendererFor(kind: string): Renderer | undefined {
  return Object.prototype.hasOwnProperty.call(table, kind) ? table[kind] : undefined;
}
