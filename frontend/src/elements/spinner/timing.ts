/** Timing hooks of the status renderers (spinner, toast, skeleton, celebrations). */
import { useEffect, useState } from "react";

/**
 * False until `ms` milliseconds after the component mounted (or after `restart` last changed),
 * then true. With `ms` 0 it turns true right after the first render: a live region mounted
 * empty and filled a moment later is announced by screen readers, one mounted full often not.
 */
export function useAfter(ms: number, restart?: unknown): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    setDone(false);
    const timer = setTimeout(() => setDone(true), ms);
    return () => clearTimeout(timer);
  }, [ms, restart]);
  return done;
}

/** Seconds since `active` became true, updated every tenth of a second while it stays true. */
export function useElapsed(active: boolean): number {
  const [start] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 100);
    return () => clearInterval(timer);
  }, [active]);
  return Math.max(0, now - start) / 1000;
}

/** Whether the user asked their system for reduced motion (followed live). */
export function usePrefersReducedMotion(): boolean {
  const query =
    typeof window.matchMedia === "function"
      ? window.matchMedia("(prefers-reduced-motion: reduce)")
      : null;
  const [reduced, setReduced] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const onChange = (e: MediaQueryListEvent): void => setReduced(e.matches);
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, [query]);
  return reduced;
}
