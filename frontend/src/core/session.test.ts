import { describe, expect, it, vi } from "vitest";
import { backoffDelay, browserHello, pagePath, Session } from "./session";
import { Store } from "./store";

class FakeSocket {
  static instances: FakeSocket[] = [];
  readyState = 0;
  binaryType = "blob";
  sent: string[] = [];
  onopen: (() => void) | null = null;
  onclose: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  constructor(public url: string) {
    FakeSocket.instances.push(this);
  }
  send(data: string): void {
    this.sent.push(data);
  }
  close(): void {
    this.readyState = 3;
    this.onclose?.();
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.();
  }
  receive(message: object): void {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
}

function setup(search = "?a=1") {
  FakeSocket.instances = [];
  const storage = new Map<string, string>();
  const history = { replaceState: vi.fn() };
  const store = new Store();
  const session = new Session(store, {
    baseUrl: "http://host/app/",
    WebSocketImpl: FakeSocket as unknown as typeof WebSocket,
    storage: {
      getItem: (k) => storage.get(k) ?? null,
      setItem: (k, v) => void storage.set(k, v),
      removeItem: (k) => void storage.delete(k),
    },
    location: { pathname: "/app/page2", search, hash: "" },
    history,
    random: () => 0.5,
    hello: () => ({}),
  });
  return { store, session, storage, history };
}

describe("session", () => {
  it("says hello with the browser's language, time zone, page URL and theme", () => {
    const session = new Session(new Store(), {
      baseUrl: "https://host/app/",
      WebSocketImpl: FakeSocket as unknown as typeof WebSocket,
      storage: { getItem: () => "abc123", setItem: () => undefined, removeItem: () => undefined },
      hello: () => ({
        locale: "de-DE",
        tz: "Europe/Berlin",
        tzoffset: "-60",
        url: "https://host/app/?embed=true",
        theme: "dark",
      }),
    });
    const url = new URL(session.streamUrl);
    expect(url.protocol).toBe("wss:");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      v: "1",
      session: "abc123",
      locale: "de-DE",
      tz: "Europe/Berlin",
      tzoffset: "-60",
      url: "https://host/app/?embed=true",
      theme: "dark",
    });
  });

  it("reads the real browser's hello", () => {
    const hello = browserHello();
    expect(hello.locale).toBe(navigator.language);
    expect(Number(hello.tzoffset)).toBe(new Date().getTimezoneOffset());
    expect(hello.url).toBe(window.location.href);
    expect(["light", "dark"]).toContain(hello.theme);
  });

  it("connects, stores the session id and asks for the first run", () => {
    const { store, session, storage } = setup();
    session.connect();
    const socket = FakeSocket.instances[0] as FakeSocket;
    expect(socket.url).toBe("ws://host/app/_rill/stream?v=1");
    socket.open();
    socket.receive({ t: "new_session", session_id: "abc" });
    expect(storage.get("rill.session")).toBe("abc");
    expect(store.getState().connection).toBe("connected");
    expect(JSON.parse(socket.sent[0] as string)).toEqual({
      t: "rerun",
      widgets: {},
      query: "a=1",
      page: "page2",
    });
    session.close();
  });

  it("reconnects with backoff, resumes the session and sends queued values", () => {
    vi.useFakeTimers();
    const { store, session } = setup("");
    session.connect();
    const first = FakeSocket.instances[0] as FakeSocket;
    first.open();
    first.receive({ t: "new_session", session_id: "abc" });
    first.close();
    expect(store.getState().connection).toBe("disconnected");
    session.rerun({ w: 1 });
    vi.advanceTimersByTime(250);
    const second = FakeSocket.instances[1] as FakeSocket;
    expect(second.url).toBe("ws://host/app/_rill/stream?v=1&session=abc");
    second.open();
    second.receive({ t: "new_session", session_id: "abc", resumed: true });
    expect(JSON.parse(second.sent[0] as string)).toMatchObject({ t: "rerun", widgets: { w: 1 } });
    session.close();
    vi.useRealTimers();
  });

  it("mirrors query_string messages into the URL", () => {
    const { session, history } = setup();
    session.connect();
    const socket = FakeSocket.instances[0] as FakeSocket;
    socket.open();
    socket.receive({ t: "query_string", query: "x=2" });
    expect(history.replaceState).toHaveBeenCalledWith(null, "", "/app/page2?x=2");
    session.close();
  });

  it("grows the delay exponentially up to 5 s, with jitter", () => {
    expect(backoffDelay(0, () => 0.5)).toBe(250);
    expect(backoffDelay(1, () => 0.5)).toBe(500);
    expect(backoffDelay(10, () => 0.5)).toBe(5000);
    expect(backoffDelay(0, () => 0)).toBeLessThan(backoffDelay(0, () => 1));
  });

  it("computes the page path below the base URL", () => {
    expect(pagePath("http://h/app/", "/app/")).toBe("");
    expect(pagePath("http://h/app/", "/app/my%20page/")).toBe("my page");
    expect(pagePath("http://h/", "/stats")).toBe("stats");
  });
});
