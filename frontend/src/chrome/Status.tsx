/** The status area: "Running…" with Stop, "Source changed" prompts, notices. */
import { useEffect, useState, type ReactNode } from "react";
import { useStore } from "../core/store";
import { IconStop } from "../render/icons";
import { useApp } from "./AppContext";

/** True once `active` has been true for `delay` ms (so quick runs show nothing). */
export function useDelayed(active: boolean, delay: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) return setShown(false);
    const timer = setTimeout(() => setShown(true), delay);
    return () => clearTimeout(timer);
  }, [active, delay]);
  return shown;
}

export function RunningIndicator(): ReactNode {
  const { store, session } = useApp();
  const running = useStore(store, (s) => s.runs.length > 0);
  const shown = useDelayed(running, 300);
  if (!shown) return null;
  return (
    <div className="rill-status" role="status">
      <span className="rill-spinner" aria-hidden="true" />
      <span className="rill-status-text">Running…</span>
      <button type="button" className="rill-status-button" onClick={() => session.stop()}>
        <IconStop /> Stop
      </button>
    </div>
  );
}

export function SourceChanged(): ReactNode {
  const { store, session } = useApp();
  const changed = useStore(store, (s) => s.sourceChanged);
  const running = useStore(store, (s) => s.runs.length > 0);
  if (!changed || running) return null;
  return (
    <div className="rill-status rill-status-source" role="status">
      <span className="rill-status-text">Source changed.</span>
      <button type="button" className="rill-status-button" onClick={() => session.rerun()}>
        Rerun
      </button>
      <button
        type="button"
        className="rill-status-button"
        onClick={() => {
          session.setRunOnSave(true);
          session.rerun();
        }}
      >
        Always rerun
      </button>
    </div>
  );
}

export function Notice(): ReactNode {
  const { store } = useApp();
  const notice = useStore(store, (s) => s.notice);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!notice) return;
    setVisible(true);
    const timer = setTimeout(() => setVisible(false), 3000);
    return () => clearTimeout(timer);
  }, [notice]);
  if (!notice || !visible) return null;
  return (
    <div className="rill-toast" role="status">
      {notice.text}
    </div>
  );
}

export function ConnectionBanner(): ReactNode {
  const { store, session } = useApp();
  const connection = useStore(store, (s) => s.connection);
  const shutdown = useStore(store, (s) => s.shutdown);
  const down = connection !== "connected";
  const shown = useDelayed(down, 600);
  if (!down || (!shown && !shutdown)) return null;
  return (
    <div className="rill-connection" role="alert" aria-live="assertive">
      <span className="rill-spinner" aria-hidden="true" />
      <span>{shutdown ? "The server stopped. Connecting…" : "Connecting…"}</span>
      {connection === "disconnected" ? (
        <button type="button" className="rill-status-button" onClick={() => session.retry()}>
          Retry now
        </button>
      ) : null}
    </div>
  );
}
