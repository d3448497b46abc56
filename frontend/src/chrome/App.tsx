/** The app shell: theme, header (sidebar toggle, status, menu), sidebar, main area, layers. */
import { MantineProvider } from "@mantine/core";
import { useCallback, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from "react";
import type { Session } from "../core/session";
import { useStore, type Store } from "../core/store";
import type { WidgetManager } from "../core/widgets";
import type { PageInfo } from "../protocol.gen";
import { PluginModulesContext, SettingsContext, WidgetContext } from "../render/context";
import { ElementList } from "../render/ElementView";
import { IconSidebar } from "../render/icons";
import { mantineTheme } from "../theme/mantine";
import { applyTheme, hasCustomOptions, resolveTheme } from "../theme/theme";
import { AppContext, type AppServices } from "./AppContext";
import { MainMenu } from "./MainMenu";
import { applyFavicon } from "./pageConfig";
import {
  loadPreferences,
  rememberTheme,
  resolveScheme,
  savePreferences,
  type Preferences,
} from "./preferences";
import { Sidebar } from "./Sidebar";
import { ConnectionBanner, Notice, RunningIndicator, SourceChanged } from "./Status";

function useSystemDark(): boolean {
  const query =
    typeof window.matchMedia === "function"
      ? window.matchMedia("(prefers-color-scheme: dark)")
      : null;
  const [dark, setDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const onChange = (e: MediaQueryListEvent): void => setDark(e.matches);
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, [query]);
  return dark;
}

function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.innerWidth < 768);
  useEffect(() => {
    const onResize = (): void => setNarrow(window.innerWidth < 768);
    window.addEventListener("resize", onResize);
    return () => window.removeEventListener("resize", onResize);
  }, []);
  return narrow;
}

export interface AppProps {
  store: Store;
  session: Session;
  widgets: WidgetManager;
}

export function App({ store, session, widgets }: AppProps): ReactNode {
  const [preferences, setPrefsState] = useState<Preferences>(() => loadPreferences());
  const setPreferences = useCallback((update: Partial<Preferences>) => {
    setPrefsState((prev) => {
      const next = { ...prev, ...update };
      savePreferences(next);
      return next;
    });
  }, []);

  const theme = useStore(store, (s) => s.theme);
  const settings = useStore(store, (s) => s.settings);
  const pageConfig = useStore(store, (s) => s.pageConfig);
  const plugins = useStore(store, (s) => s.pluginElements);
  const main = useStore(store, (s) => s.roots[0].children);
  const events = useStore(store, (s) => s.roots[2].children);
  const bottom = useStore(store, (s) => s.roots[3].children);
  const hasSidebarElements = useStore(store, (s) => s.roots[1].children.length > 0);
  const hasNav = useStore(store, (s) => s.pages.length > 1 && s.settings.show_sidebar_navigation);
  const hasSidebar = hasSidebarElements || hasNav;

  const systemDark = useSystemDark();
  const { scheme, custom } = resolveScheme(preferences.theme, theme.base, systemDark);
  const resolved = useMemo(
    () => resolveTheme(custom ? theme : {}, scheme),
    [theme, scheme, custom],
  );
  // Before paint, so the first frame already has the theme's colors.
  useLayoutEffect(() => applyTheme(resolved), [resolved]);
  const sessionId = useStore(store, (s) => s.sessionId);
  useEffect(() => {
    if (sessionId) rememberTheme(theme);
  }, [sessionId, theme]);

  useEffect(() => {
    document.title = pageConfig.title ?? document.title;
    applyFavicon(pageConfig.icon);
  }, [pageConfig.title, pageConfig.icon]);

  const narrow = useNarrow();
  const [sidebarOpen, setSidebarOpen] = useState<boolean | null>(null);
  const initialSidebar = pageConfig.initial_sidebar_state ?? "auto";
  useEffect(() => setSidebarOpen(null), [initialSidebar]);
  const open = sidebarOpen ?? (initialSidebar === "auto" ? !narrow : initialSidebar === "expanded");

  const wide = preferences.wide ?? pageConfig.layout === "wide";

  const navigate = useCallback(
    (page: PageInfo) => {
      const url = new URL(`./${page.url_path ?? ""}`, document.baseURI);
      window.history.pushState(null, "", url.pathname);
      store.update((s) => ({ ...s, page: page.url_path ?? "" }));
      session.rerun({}, { page: page.url_path ?? "", query: "" });
      if (narrow) setSidebarOpen(false);
    },
    [store, session, narrow],
  );

  useEffect(() => {
    const onPop = (): void => session.rerun({}, { page: session.page(), query: session.query() });
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [session]);

  const services: AppServices = useMemo(
    () => ({
      store,
      session,
      preferences,
      setPreferences,
      hasCustomTheme: hasCustomOptions(theme),
    }),
    [store, session, preferences, setPreferences, theme],
  );
  const rendererSettings = useMemo(
    () => ({ showErrorDetails: settings.show_error_details }),
    [settings.show_error_details],
  );

  return (
    <MantineProvider theme={mantineTheme} forceColorScheme={scheme}>
      <AppContext.Provider value={services}>
        <WidgetContext.Provider value={widgets}>
          <SettingsContext.Provider value={rendererSettings}>
            <PluginModulesContext.Provider value={plugins}>
              <div
                className="rill-app"
                data-layout={wide ? "wide" : "centered"}
                data-sidebar={hasSidebar && open ? "open" : "closed"}
                style={
                  {
                    "--rill-sidebar-width": `${preferences.sidebarWidth ?? 300}px`,
                  } as React.CSSProperties
                }
              >
                <a className="rill-skip-link" href="#rill-main">
                  Skip to content
                </a>
                <header className="rill-header">
                  <div className="rill-header-left">
                    {hasSidebar && !open ? (
                      <button
                        type="button"
                        className="rill-icon-button"
                        aria-label="Open sidebar"
                        onClick={() => setSidebarOpen(true)}
                      >
                        <IconSidebar />
                      </button>
                    ) : null}
                  </div>
                  <div className="rill-header-right">
                    <SourceChanged />
                    <RunningIndicator />
                    <MainMenu />
                  </div>
                </header>
                <ConnectionBanner />
                {hasSidebar ? (
                  <Sidebar
                    open={open}
                    onClose={() => setSidebarOpen(false)}
                    onNavigate={navigate}
                  />
                ) : null}
                {hasSidebar && open && narrow ? (
                  <div
                    className="rill-scrim"
                    onClick={() => setSidebarOpen(false)}
                    aria-hidden="true"
                  />
                ) : null}
                <main className="rill-main" id="rill-main" tabIndex={-1}>
                  <div className="rill-block-root rill-main-column" data-testid="main">
                    <ElementList nodes={main} />
                  </div>
                  {bottom.length ? (
                    <div className="rill-bottom">
                      <div className="rill-main-column">
                        <ElementList nodes={bottom} />
                      </div>
                    </div>
                  ) : null}
                </main>
                {events.length ? (
                  <div className="rill-event-layer">
                    <ElementList nodes={events} />
                  </div>
                ) : null}
                <Notice />
              </div>
            </PluginModulesContext.Provider>
          </SettingsContext.Provider>
        </WidgetContext.Provider>
      </AppContext.Provider>
    </MantineProvider>
  );
}
