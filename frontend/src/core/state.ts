/** The app state and the pure reducer that applies server messages to it. */
import type { ClientSettings, PageConfig, PageInfo, ServerMessage } from "../protocol.gen";
import { applyDelta, applyTrim, emptyRoots, finishRun, markStale, type Roots } from "./tree";

export type ConnectionState = "connecting" | "connected" | "disconnected";

export interface RunInfo {
  runId: number;
  fragmentId: string | null;
}

export interface AppState {
  roots: Roots;
  connection: ConnectionState;
  sessionId: string | null;
  settings: Required<ClientSettings>;
  theme: Record<string, unknown>;
  /** Plugin element kind → ES module URL. */
  pluginElements: Record<string, string>;
  pages: PageInfo[];
  page: string | null;
  appName: string;
  pageConfig: Omit<PageConfig, "t">;
  /** Runs in progress (a fragment run may overlap a full run's tail). */
  runs: RunInfo[];
  sourceChanged: boolean;
  runOnSave: boolean;
  /** Last notable session event, for a transient notice. */
  notice: { text: string; at: number } | null;
  /** The server shut the session down: do not reconnect. */
  shutdown: boolean;
}

export const DEFAULT_SETTINGS: Required<ClientSettings> = {
  toolbar_mode: "auto",
  show_error_details: "full",
  show_sidebar_navigation: true,
  run_on_save: false,
  developer: true,
  max_upload_size: 200,
};

export function initialState(): AppState {
  return {
    roots: emptyRoots(),
    connection: "connecting",
    sessionId: null,
    settings: DEFAULT_SETTINGS,
    theme: {},
    pluginElements: {},
    pages: [],
    page: null,
    appName: "",
    pageConfig: {},
    runs: [],
    sourceChanged: false,
    runOnSave: false,
    notice: null,
    shutdown: false,
  };
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== null),
  ) as Partial<T>;
}

/** Apply one server message. */
export function reduce(state: AppState, message: ServerMessage): AppState {
  switch (message.t) {
    case "new_session": {
      const settings = { ...DEFAULT_SETTINGS, ...dropUndefined(message.settings ?? {}) };
      const fresh = !message.resumed && state.sessionId !== message.session_id;
      return {
        ...state,
        roots: fresh ? emptyRoots() : state.roots,
        sessionId: message.session_id,
        settings,
        theme: message.theme ?? {},
        pluginElements: message.elements ?? {},
        pages: message.pages ?? [],
        page: message.page ?? null,
        appName: message.app_name ?? "",
        runOnSave: settings.run_on_save,
        runs: [],
        shutdown: false,
      };
    }
    case "element_types":
      return { ...state, pluginElements: { ...state.pluginElements, ...message.elements } };
    case "script_started": {
      const run = { runId: message.run_id, fragmentId: message.fragment_id ?? null };
      return {
        ...state,
        roots: markStale(state.roots, run.fragmentId),
        runs: [...state.runs.filter((r) => r.fragmentId !== run.fragmentId), run],
        page: message.page ?? state.page,
        sourceChanged: run.fragmentId ? state.sourceChanged : false,
      };
    }
    case "delta":
      return {
        ...state,
        roots: applyDelta(state.roots, message.path, message.element, message.run_id),
      };
    case "trim":
      return { ...state, roots: applyTrim(state.roots, message.path, message.length) };
    case "script_finished":
      return {
        ...state,
        roots: finishRun(state.roots, message.status, message.fragment_id),
        runs: state.runs.filter((r) => r.runId !== message.run_id),
      };
    case "page_config": {
      const { t: _t, ...config } = message;
      return { ...state, pageConfig: { ...state.pageConfig, ...dropUndefined(config) } };
    }
    case "query_string":
      return state; // the URL is a side effect, handled by the session
    case "session_event":
      switch (message.event) {
        case "source_changed":
          return { ...state, sourceChanged: true };
        case "cache_cleared":
          return { ...state, notice: { text: "Cache cleared.", at: Date.now() } };
        case "shutdown":
          return { ...state, shutdown: true, connection: "disconnected" };
        case "message_rejected":
          return {
            ...state,
            notice: { text: message.detail ?? "The server rejected a message.", at: Date.now() },
          };
        default:
          return state;
      }
    default:
      return state;
  }
}
