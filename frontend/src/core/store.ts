/** A tiny external store for the app state, read by components with `useSyncExternalStore`. */
import { useSyncExternalStore } from "react";
import type { ServerMessage } from "../protocol.gen";
import { initialState, reduce, type AppState } from "./state";

type Listener = () => void;

export class Store {
  private state: AppState;
  private readonly listeners = new Set<Listener>();
  private scheduled = false;

  /** `batch` coalesces notifications of a burst of messages into one animation frame. */
  constructor(
    private readonly batch = false,
    state: AppState = initialState(),
  ) {
    this.state = state;
  }

  getState = (): AppState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispatch(message: ServerMessage): void {
    this.set(reduce(this.state, message));
  }

  update(fn: (state: AppState) => AppState): void {
    this.set(fn(this.state));
  }

  private set(next: AppState): void {
    if (next === this.state) return;
    this.state = next;
    if (!this.batch) return this.notify();
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      this.notify();
    });
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/** Subscribe a component to a slice of the state. */
export function useStore<T>(store: Store, select: (state: AppState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
