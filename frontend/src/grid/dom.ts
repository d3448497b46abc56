/**
 * What the grid adds to glide's DOM: an accessible name for its table (glide re-renders that
 * table as it scrolls), a label for its search box, the `#portal` layer its cell editors open
 * in, and Escape leaving full screen.
 */
import { useEffect, type RefObject } from "react";

/** glide opens cell editors in `#portal`: one fixed layer at the end of the body. */
export function ensurePortal(): void {
  if (document.getElementById("portal")) return;
  const portal = document.createElement("div");
  portal.id = "portal";
  portal.style.cssText = "position: fixed; left: 0; top: 0; z-index: 400;";
  document.body.appendChild(portal);
}

/** Name glide's accessible table `name`, and its search box, whenever they are re-rendered. */
export function useAccessibleNames(
  ref: RefObject<HTMLElement | null>,
  name: string,
  ready: unknown,
): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const label = (): void => {
      const table = el.querySelector('table[role="grid"]');
      if (table && table.getAttribute("aria-label") !== name) {
        table.setAttribute("aria-label", name);
      }
      // glide's search box is named only by its hint text, which goes once something is typed.
      const search = el.querySelector('input[data-testid="search-input"]');
      if (search && !search.hasAttribute("aria-label")) {
        search.setAttribute("aria-label", `Search the ${name.toLowerCase()}`);
      }
    };
    label();
    const observer = new MutationObserver(label);
    observer.observe(el, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref, name, ready]);
}

/** While full screen, Escape (not taken by a cell editor or a menu) leaves it. */
export function useEscape(active: boolean, leave: () => void): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent): void => {
      const editing = document.querySelector("#portal .gdg-clip-region");
      if (e.key === "Escape" && !e.defaultPrevented && !editing) leave();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [active, leave]);
}
