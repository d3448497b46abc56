import { act, fireEvent, render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Session } from "../core/session";
import { Store } from "../core/store";
import { WidgetManager } from "../core/widgets";
import type { ServerMessage } from "../protocol.gen";
import { App } from "./App";
import { toolbarLevel } from "./MainMenu";
import { faviconUrl, menuItem } from "./pageConfig";

function setup(messages: ServerMessage[] = []) {
  const store = new Store();
  const session = {
    rerun: vi.fn(),
    stop: vi.fn(),
    clearCache: vi.fn(),
    setRunOnSave: vi.fn(),
    retry: vi.fn(),
    page: () => "",
    query: () => "",
  } as unknown as Session & Record<string, ReturnType<typeof vi.fn>>;
  const widgets = new WidgetManager(() => undefined);
  for (const m of messages) store.dispatch(m);
  store.update((s) => ({ ...s, connection: "connected" }));
  render(<App store={store} session={session} widgets={widgets} />);
  return { store, session };
}

const hello: ServerMessage = { t: "new_session", session_id: "s" };

beforeEach(() => localStorage.clear());

describe("app shell", () => {
  it("renders the main area and shows the sidebar only when it has children", () => {
    const { store } = setup([
      hello,
      { t: "delta", run_id: 1, path: [0, 0], element: { kind: "text", props: { body: "main" } } },
    ]);
    expect(screen.getByText("main")).toBeInTheDocument();
    expect(screen.queryByTestId("sidebar")).toBeNull();
    act(() =>
      store.dispatch({
        t: "delta",
        run_id: 1,
        path: [1, 0],
        element: { kind: "text", props: { body: "side" } },
      }),
    );
    expect(screen.getByTestId("sidebar")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Close sidebar" }));
    fireEvent.click(screen.getByRole("button", { name: "Open sidebar" }));
    expect(screen.getByTestId("sidebar")).toHaveAttribute("data-open");
  });

  it("applies page config: title, icon, layout", () => {
    setup([hello, { t: "page_config", title: "My app", icon: "🎈", layout: "wide" }]);
    expect(document.title).toBe("My app");
    expect(document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href).toContain(
      "data:image/svg+xml",
    );
    expect(document.querySelector(".rill-app")).toHaveAttribute("data-layout", "wide");
  });

  it("shows Running… with Stop after a moment", () => {
    vi.useFakeTimers();
    const { store, session } = setup([hello]);
    act(() => store.dispatch({ t: "script_started", run_id: 1 }));
    expect(screen.queryByText("Running…")).toBeNull();
    act(() => void vi.advanceTimersByTime(350));
    fireEvent.click(screen.getByRole("button", { name: "Stop" }));
    expect(session.stop).toHaveBeenCalled();
    act(() => store.dispatch({ t: "script_finished", run_id: 1, status: "ok" }));
    expect(screen.queryByText("Running…")).toBeNull();
    vi.useRealTimers();
  });

  it("offers Rerun and Always rerun when the source changed", () => {
    const { store, session } = setup([hello]);
    act(() => store.dispatch({ t: "session_event", event: "source_changed" }));
    fireEvent.click(screen.getByRole("button", { name: "Always rerun" }));
    expect(session.setRunOnSave).toHaveBeenCalledWith(true);
    expect(session.rerun).toHaveBeenCalled();
  });

  it("shows Connecting… while the socket is down", () => {
    vi.useFakeTimers();
    const { store, session } = setup([hello]);
    act(() => store.update((s) => ({ ...s, connection: "disconnected" })));
    act(() => void vi.advanceTimersByTime(700));
    expect(screen.getByRole("alert")).toHaveTextContent("Connecting…");
    fireEvent.click(screen.getByRole("button", { name: "Retry now" }));
    expect(session.retry).toHaveBeenCalled();
    vi.useRealTimers();
  });
});

describe("main menu", () => {
  it("has developer items in developer mode, with shortcuts", async () => {
    const { session } = setup([{ ...hello, settings: { toolbar_mode: "developer" } }]);
    fireEvent.click(screen.getByRole("button", { name: "Main menu" }));
    const menu = await screen.findAllByRole("menuitem");
    expect(menu.map((i) => i.textContent)).toEqual([
      "RerunR",
      "Settings",
      "Print",
      "About",
      "Clear cacheC",
    ]);
    fireEvent.click(menu[4] as HTMLElement);
    expect(session.clearCache).toHaveBeenCalled();
    fireEvent.keyDown(window, { key: "r" });
    expect(session.rerun).toHaveBeenCalled();
  });

  it("hides developer items for viewers and ignores shortcuts while typing", async () => {
    const { session } = setup([
      { ...hello, settings: { toolbar_mode: "viewer" } },
      {
        t: "delta",
        run_id: 1,
        path: [0, 0],
        element: { kind: "text_input", id: "t", props: { label: "T", value: "" } },
      },
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Main menu" }));
    const items = (await screen.findAllByRole("menuitem")).map((i) => i.textContent);
    expect(items).not.toContain("Clear cacheC");
    fireEvent.keyDown(screen.getByLabelText("T"), { key: "r" });
    expect(session.rerun).not.toHaveBeenCalled();
  });

  it("shows only page-config items in minimal mode", async () => {
    setup([
      { ...hello, settings: { toolbar_mode: "minimal" } },
      { t: "page_config", menu_items: { About: "**Hi**", "Get help": "https://help.example" } },
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Main menu" }));
    const items = (await screen.findAllByRole("menuitem")).map((i) => i.textContent);
    expect(items).toEqual(["Get help", "About"]);
  });

  it("stores the theme choice and wide mode", async () => {
    setup([hello]);
    fireEvent.click(screen.getByRole("button", { name: "Main menu" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Settings" }));
    fireEvent.click(await screen.findByRole("switch", { name: /Wide mode/ }));
    fireEvent.click(screen.getByText("Dark"));
    expect(JSON.parse(localStorage.getItem("rill.preferences") ?? "{}")).toMatchObject({
      wide: true,
      theme: "dark",
    });
    expect(document.getElementById("rill-theme")?.textContent).toContain("--rill-bg: #0e1117;");
  });

  it("maps toolbar modes and menu item names", () => {
    expect(toolbarLevel("auto", true)).toBe("developer");
    expect(toolbarLevel("auto", false)).toBe("viewer");
    expect(toolbarLevel("minimal", true)).toBe("minimal");
    expect(menuItem({ "Report a Bug": "x" }, "report_a_bug")).toBe("x");
    expect(menuItem({ about: null }, "about")).toBeNull();
    expect(faviconUrl("https://x/icon.png")).toBe("https://x/icon.png");
  });
});
