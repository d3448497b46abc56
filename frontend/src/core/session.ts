/**
 * The WebSocket connection to the server: connect, resume, reconnect with backoff, and the
 * messages the browser sends.
 */
import type { BrowserHello, BrowserMessage, Rerun, ServerMessage } from "../protocol.gen";
import { DigestMemory } from "./digests";
import type { Store } from "./store";
import { decodeFrame } from "./wire";

const SESSION_KEY = "rill.session";
const HEARTBEAT_MS = 15_000;

export interface SessionOptions {
  /** Base URL of the app (document.baseURI): the stream is at `<base>_rill/stream`. */
  baseUrl: string;
  storage?: Pick<Storage, "getItem" | "setItem" | "removeItem">;
  WebSocketImpl?: typeof WebSocket;
  /** The browser's location (for the query string and page path). */
  location?: Pick<Location, "pathname" | "search" | "hash">;
  history?: Pick<History, "replaceState">;
  random?: () => number;
  /** What the browser tells the server about itself when it connects (`st.context`). */
  hello?: () => Hello;
}

/** The hello's fields other than the version and session, as URL query values. */
export type Hello = Partial<Record<Exclude<keyof BrowserHello, "v" | "session">, string>>;

/** The real browser's hello: language, time zone, the page's URL and its theme. */
export function browserHello(): Hello {
  const hello: Hello = {
    locale: navigator.language,
    tzoffset: String(new Date().getTimezoneOffset()),
    url: window.location.href,
  };
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone) hello.tz = zone;
  const scheme = document.documentElement.style.colorScheme;
  const dark =
    scheme === "dark" ||
    (scheme !== "light" &&
      typeof window.matchMedia === "function" &&
      window.matchMedia("(prefers-color-scheme: dark)").matches);
  hello.theme = dark ? "dark" : "light";
  return hello;
}

/** Delay before reconnect attempt `attempt` (0-based): exponential, capped, with jitter. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(5000, 250 * 2 ** attempt);
  return Math.round(base * (0.75 + random() * 0.5));
}

/** The page path below the base URL ("" for the main page). */
export function pagePath(baseUrl: string, pathname: string): string {
  const basePath = new URL(baseUrl).pathname;
  const path = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname;
  return decodeURIComponent(path.replace(/^\/+|\/+$/g, ""));
}

export class Session {
  private socket: WebSocket | null = null;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private closed = false;
  /** Widget values produced while disconnected, sent with the resuming rerun. */
  private queued: Record<string, unknown> = {};
  /** Props of digested elements this connection received (reset with every new socket). */
  private readonly digests = new DigestMemory();
  private readonly opts: Required<SessionOptions>;
  /** Hooks for side effects the reducer does not own. */
  onMessage: ((message: ServerMessage) => void) | null = null;

  constructor(
    private readonly store: Store,
    options: SessionOptions,
  ) {
    this.opts = {
      storage: sessionStorage,
      WebSocketImpl: WebSocket,
      location: window.location,
      history: window.history,
      random: Math.random,
      hello: browserHello,
      ...options,
    };
  }

  get streamUrl(): string {
    const url = new URL("_rill/stream", this.opts.baseUrl);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    url.searchParams.set("v", "1");
    const session = this.opts.storage.getItem(SESSION_KEY);
    if (session) url.searchParams.set("session", session);
    for (const [name, value] of Object.entries(this.opts.hello())) {
      if (value) url.searchParams.set(name, value);
    }
    return url.toString();
  }

  connect(): void {
    if (this.closed) return;
    this.store.update((s) =>
      s.connection === "connecting" ? s : { ...s, connection: "connecting" },
    );
    const socket = new this.opts.WebSocketImpl(this.streamUrl);
    socket.binaryType = "arraybuffer";
    this.socket = socket;
    this.digests.clear();
    socket.onopen = () => {
      this.attempt = 0;
    };
    socket.onmessage = (event: MessageEvent<string | ArrayBuffer>) => {
      let messages: ServerMessage[];
      try {
        messages = decodeFrame(event.data);
      } catch (error) {
        console.warn("rill: undecodable frame", error);
        return;
      }
      for (const message of messages) this.handle(message);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.stopHeartbeat();
      this.store.update((s) => ({ ...s, connection: "disconnected" }));
      // A stopped server is usually restarted (Ctrl+C, then `rill run` again): keep trying.
      if (!this.closed) this.scheduleReconnect();
    };
    socket.onerror = () => {
      // onclose follows and schedules the reconnect; nothing to add here.
    };
  }

  private scheduleReconnect(): void {
    const delay = backoffDelay(this.attempt++, this.opts.random);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.connect();
    }, delay);
  }

  /** Reconnect now (the "Connecting…" banner's retry). */
  retry(): void {
    if (this.socket) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.attempt = 0;
    this.connect();
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.stopHeartbeat();
    this.socket?.close();
    this.socket = null;
  }

  private handle(received: ServerMessage): void {
    const message = received.t === "delta" ? this.digests.expand(received) : received;
    this.store.dispatch(message);
    if (message.t === "new_session") {
      this.opts.storage.setItem(SESSION_KEY, message.session_id);
      this.store.update((s) => ({ ...s, connection: "connected" }));
      this.startHeartbeat();
      // A fresh session runs the page for the first time; a resumed one reruns to redraw.
      const widgets = this.queued;
      this.queued = {};
      this.send({ t: "rerun", widgets, query: this.query(), page: this.page() });
    } else if (message.t === "query_string") {
      const { pathname, hash } = this.opts.location;
      const search = message.query ? `?${message.query.replace(/^\?/, "")}` : "";
      this.opts.history.replaceState(null, "", `${pathname}${search}${hash}`);
    }
    this.onMessage?.(message);
  }

  query(): string {
    return this.opts.location.search.replace(/^\?/, "");
  }

  page(): string {
    return pagePath(this.opts.baseUrl, this.opts.location.pathname);
  }

  private startHeartbeat(): void {
    this.stopHeartbeat();
    this.heartbeat = setInterval(() => this.send({ t: "heartbeat" }), HEARTBEAT_MS);
  }

  private stopHeartbeat(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }

  get connected(): boolean {
    return this.socket !== null && this.socket.readyState === 1;
  }

  send(message: BrowserMessage): boolean {
    if (!this.connected || !this.socket) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  /** Ask for a run with these widget values (of one fragment when `fragmentId` is set). */
  rerun(widgets: Record<string, unknown> = {}, extra: Omit<Rerun, "t" | "widgets"> = {}): void {
    if (!this.send({ t: "rerun", widgets, ...extra })) Object.assign(this.queued, widgets);
  }

  stop(): void {
    this.send({ t: "stop" });
  }

  clearCache(): void {
    this.send({ t: "clear_cache" });
  }

  setRunOnSave(value: boolean): void {
    this.store.update((s) => ({ ...s, runOnSave: value }));
    this.send({ t: "set_run_on_save", value });
  }
}
