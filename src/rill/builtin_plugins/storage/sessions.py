"""`MemorySessionStore`: disconnected sessions' snapshots kept in this process's memory."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class MemorySessionStore:
    """A `SessionStore` holding snapshot bytes in a dict, each until its time to live passes.

    Good for one server process; several replicas behind a proxy need a shared store (and
    session affinity), contributed by a plugin through `rill_resolve_session_store`.

    Args:
        clock: Returns the current time in seconds (tests pass a fake one).

    Example:
        store = MemorySessionStore()
        store.put("a1b2", snapshot.to_bytes(), ttl=120)
        store.take("a1b2")  # → the bytes, and the store forgets them
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._kept: dict[str, tuple[float, bytes]] = {}

    def put(self, session_id: str, snapshot: bytes, ttl: float) -> None:
        """Keep `snapshot` for `ttl` seconds under `session_id`, replacing what was there."""
        with self._lock:
            self._sweep()
            self._kept[session_id] = (self._clock() + ttl, snapshot)

    def take(self, session_id: str) -> bytes | None:
        """Remove and return what was kept under `session_id`, or None when gone or expired."""
        with self._lock:
            kept = self._kept.pop(session_id, None)
        if kept is None or kept[0] <= self._clock():
            return None
        return kept[1]

    def discard(self, session_id: str) -> None:
        """Forget `session_id` if present."""
        with self._lock:
            self._kept.pop(session_id, None)

    def __len__(self) -> int:
        with self._lock:
            self._sweep()
            return len(self._kept)

    def _sweep(self) -> None:
        now = self._clock()
        for key in [key for key, (deadline, _) in self._kept.items() if deadline <= now]:
            del self._kept[key]
