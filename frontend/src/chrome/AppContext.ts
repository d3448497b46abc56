/** What the chrome's components share: the store, the session and the viewer's preferences. */
import { createContext, useContext } from "react";
import type { Session } from "../core/session";
import type { Store } from "../core/store";
import type { Preferences } from "./preferences";

export interface AppServices {
  store: Store;
  session: Session;
  preferences: Preferences;
  setPreferences: (update: Partial<Preferences>) => void;
  /** The app has `[theme]` options beyond `base` (offer "Custom theme"). */
  hasCustomTheme: boolean;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const app = useContext(AppContext);
  if (!app) throw new Error("useApp outside <App>");
  return app;
}
