/**
 * data_editor's edits as React state, kept in step with the server: rebuilt from the server's
 * editing state when it holds one this browser did not send (session_state, a reconnect); an
 * echo of a state sent from here is not news, even an old one arriving after newer edits.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { GridColumn } from "./columns";
import { canonical, Edits } from "./editing";
import type { EditingState, IncomingEditingState } from "./types";

export interface Editing {
  value: IncomingEditingState | null;
  commit: (state: EditingState) => void;
}

/** How many sent states are still recognised as echoes. */
const REMEMBERED = 16;

export function useEdits(
  editing: Editing | undefined,
  columns: GridColumn[],
): [Edits | null, (next: Edits) => void] {
  const [edits, setEditsState] = useState<Edits | null>(() =>
    editing ? Edits.fromState(editing.value, columns) : null,
  );
  const sentStates = useRef<string[]>([canonical(editing?.value)]);
  useEffect(() => {
    if (!editing) return;
    const incoming = canonical(editing.value);
    if (sentStates.current.includes(incoming)) return;
    sentStates.current = [incoming];
    setEditsState(Edits.fromState(editing.value, columns));
  }, [editing, columns]);
  const setEdits = useCallback(
    (next: Edits) => {
      setEditsState(next);
      if (!editing) return;
      const state = next.toState(columns);
      sentStates.current = [...sentStates.current.slice(1 - REMEMBERED), canonical(state)];
      editing.commit(state);
    },
    [editing, columns],
  );
  return [edits, setEdits];
}
