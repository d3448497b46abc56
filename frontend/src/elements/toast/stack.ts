/**
 * The corner of the page where toasts stack. Toasts are drawn there through a portal wherever
 * they sit in the element tree (the event layer, or a fragment's container), so that they
 * always stack in one place.
 */

let stack: HTMLElement | null = null;

/** The stack's element, created on first use (and again if something removed it). */
export function toastStack(doc: Document = document): HTMLElement {
  if (stack && stack.isConnected && stack.ownerDocument === doc) return stack;
  stack = doc.createElement("div");
  stack.className = "rill-toast-stack";
  stack.dataset.testid = "toasts";
  doc.body.appendChild(stack);
  return stack;
}
