/** The viewer's own choices (theme, wide mode, sidebar width), kept in localStorage. */
import type { Scheme } from "../theme/palette";

export type ThemeChoice = "custom" | "light" | "dark" | "system";

export interface Preferences {
  theme: ThemeChoice | null;
  wide: boolean | null;
  sidebarWidth: number | null;
}

const KEY = "rill.preferences";

export function loadPreferences(storage: Pick<Storage, "getItem"> = localStorage): Preferences {
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? "{}") as Partial<Preferences>;
    return {
      theme: raw.theme ?? null,
      wide: raw.wide ?? null,
      sidebarWidth: raw.sidebarWidth ?? null,
    };
  } catch {
    return { theme: null, wide: null, sidebarWidth: null };
  }
}

export function savePreferences(
  prefs: Preferences,
  storage: Pick<Storage, "setItem"> = localStorage,
): void {
  try {
    storage.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Private mode or a full quota: the choice lasts for this page only.
  }
}

/**
 * Which scheme to draw and whether the app's `[theme]` options apply. The viewer's explicit
 * pick wins; otherwise `theme.base`, otherwise the system's preference.
 */
export function resolveScheme(
  choice: ThemeChoice | null,
  base: unknown,
  systemDark: boolean,
): { scheme: Scheme; custom: boolean } {
  const system: Scheme = systemDark ? "dark" : "light";
  if (choice === "light" || choice === "dark") return { scheme: choice, custom: false };
  if (choice === "system") return { scheme: system, custom: false };
  const scheme = base === "light" || base === "dark" ? base : system;
  return { scheme, custom: true };
}

const THEME_KEY = "rill.lastTheme";

/** Keep the app's last `[theme]` so the next page load starts in it (no light→dark flash). */
export function rememberTheme(
  theme: Record<string, unknown>,
  storage: Pick<Storage, "setItem"> = localStorage,
): void {
  try {
    storage.setItem(THEME_KEY, JSON.stringify(theme));
  } catch {
    // Not critical: the server sends the theme on every connection.
  }
}

export function lastTheme(
  storage: Pick<Storage, "getItem"> = localStorage,
): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(storage.getItem(THEME_KEY) ?? "{}");
    return value && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
