import { describe, expect, it } from "vitest";
import type { ServerMessage } from "../protocol.gen";
import { initialState, reduce, type AppState } from "./state";
import { nodeAt } from "./tree";

function run(messages: ServerMessage[], state: AppState = initialState()): AppState {
  return messages.reduce(reduce, state);
}

describe("reducer", () => {
  it("applies a session's messages", () => {
    const state = run([
      {
        t: "new_session",
        session_id: "s1",
        settings: { toolbar_mode: "viewer" },
        theme: { base: "dark" },
      },
      { t: "script_started", run_id: 1 },
      { t: "delta", run_id: 1, path: [0, 0], element: { kind: "markdown", props: { body: "hi" } } },
      { t: "page_config", title: "Demo", layout: "wide" },
      { t: "page_config", icon: "🎈" },
    ]);
    expect(state.sessionId).toBe("s1");
    expect(state.settings.toolbar_mode).toBe("viewer");
    expect(state.settings.show_error_details).toBe("full");
    expect(state.theme).toEqual({ base: "dark" });
    expect(state.runs).toEqual([{ runId: 1, fragmentId: null }]);
    expect(nodeAt(state.roots, [0, 0])?.props.body).toBe("hi");
    expect(state.pageConfig).toEqual({ title: "Demo", layout: "wide", icon: "🎈" });
    const done = reduce(state, { t: "script_finished", run_id: 1, status: "ok" });
    expect(done.runs).toEqual([]);
  });

  it("learns element kinds declared while the session runs", () => {
    const state = run([
      {
        t: "new_session",
        session_id: "s1",
        elements: { greeting: "_rill/elements/greeting/g.js" },
      },
      { t: "element_types", elements: { star_rating: "_rill/elements/star_rating/index.js" } },
    ]);
    expect(state.pluginElements).toEqual({
      greeting: "_rill/elements/greeting/g.js",
      star_rating: "_rill/elements/star_rating/index.js",
    });
  });

  it("keeps the tree when a session resumes and clears it for a new one", () => {
    const state = run([
      { t: "new_session", session_id: "s1" },
      { t: "delta", run_id: 1, path: [0, 0], element: { kind: "text", props: { body: "x" } } },
    ]);
    expect(reduce(state, { t: "new_session", session_id: "s1", resumed: true }).roots).toBe(
      state.roots,
    );
    expect(reduce(state, { t: "new_session", session_id: "s2" }).roots[0].children).toEqual([]);
  });

  it("tracks source changes, notices and shutdown", () => {
    let state = reduce(initialState(), { t: "session_event", event: "source_changed" });
    expect(state.sourceChanged).toBe(true);
    state = reduce(state, { t: "script_started", run_id: 2 });
    expect(state.sourceChanged).toBe(false);
    state = reduce(state, { t: "session_event", event: "cache_cleared" });
    expect(state.notice?.text).toMatch(/cache/i);
    state = reduce(state, { t: "session_event", event: "shutdown" });
    expect(state.shutdown).toBe(true);
  });
});
