/** Focus helpers the floating containers share (`popover`, `dialog`). */

const TABBABLE = [
  "a[href]",
  "button:not([disabled])",
  "input:not([disabled])",
  "select:not([disabled])",
  "textarea:not([disabled])",
  '[tabindex]:not([tabindex="-1"])',
].join(", ");

/** The elements of `root` that Tab reaches, in document order (hidden ones left out). */
export function tabbables(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(TABBABLE)).filter(
    (el) => !el.closest("[hidden]") && el.getAttribute("aria-hidden") !== "true",
  );
}

/** Whether `target` is inside one of `nodes`, or in a portal a widget opened (a dropdown). */
export function insideAny(target: EventTarget | null, nodes: (HTMLElement | null)[]): boolean {
  if (!(target instanceof Node)) return false;
  if (nodes.some((node) => node?.contains(target))) return true;
  return target instanceof Element && target.closest("[data-portal]") !== null;
}

/** Whether a key event comes from a widget whose own popup is open (it takes Escape). */
export function fromOpenPopup(target: EventTarget | null): boolean {
  return target instanceof Element && target.getAttribute("aria-expanded") === "true";
}
