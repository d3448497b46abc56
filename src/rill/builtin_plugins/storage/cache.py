"""`MemoryCacheStorage`: cached results as bytes in this process's memory, LRU per namespace."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from rill.builtin_plugins.storage.expiry import deadline, expired

#: Writes to a namespace between two scans of it for expired entries.
SWEEP_EVERY = 64


class MemoryCacheStorage:
    """A `CacheStorage` in dicts: one ordered dict per namespace, least recently used first.

    Expired entries are dropped when read, before the least recently used ones when a
    namespace is full, and every `SWEEP_EVERY` writes to a namespace, so an idle cache costs
    no timers and a write costs no scan. Thread-safe (one lock around a few dict steps).

    Args:
        clock: Returns the current time in seconds (tests pass a fake one).

    Example:
        cache = MemoryCacheStorage()
        cache.set("f", "k", b"v", ttl=60, max_entries=2)
        cache.get("f", "k")  # b"v"
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        #: namespace → key → (deadline, value); the first key is the least recently used.
        self._spaces: dict[str, OrderedDict[str, tuple[float, bytes]]] = {}
        self._writes = 0

    def get(self, namespace: str, key: str) -> bytes | None:
        """The value, or None when missing or expired; a hit becomes the most recent use."""
        with self._lock:
            space = self._spaces.get(namespace)
            entry = space.get(key) if space is not None else None
            if space is None or entry is None:
                return None
            if expired(entry[0], self._clock()):
                del space[key]
                return None
            space.move_to_end(key)
            return entry[1]

    def set(
        self,
        namespace: str,
        key: str,
        value: bytes,
        *,
        ttl: float | None = None,
        max_entries: int | None = None,
    ) -> None:
        """Store `value`; beyond `max_entries`, the least recently used entries go."""
        ends = deadline(ttl, self._clock())
        with self._lock:
            space = self._spaces.setdefault(namespace, OrderedDict())
            self._writes += 1
            full = max_entries is not None and len(space) >= max_entries
            if full or self._writes % SWEEP_EVERY == 0:
                self._drop_expired(space)
            space[key] = (ends, value)
            space.move_to_end(key)
            if max_entries is not None:
                while len(space) > max(max_entries, 0):
                    space.popitem(last=False)

    def delete(self, namespace: str, key: str) -> None:
        """Remove one entry if present."""
        with self._lock:
            space = self._spaces.get(namespace)
            if space is not None:
                space.pop(key, None)

    def clear(self, namespace: str | None = None) -> None:
        """Remove `namespace`'s entries, or everything."""
        with self._lock:
            if namespace is None:
                self._spaces.clear()
            else:
                self._spaces.pop(namespace, None)

    def __len__(self) -> int:
        """Entries held, expired ones included until they are next looked at."""
        with self._lock:
            return sum(len(space) for space in self._spaces.values())

    def _drop_expired(self, space: OrderedDict[str, tuple[float, bytes]]) -> None:
        now = self._clock()
        for key in [key for key, (ends, _) in space.items() if expired(ends, now)]:
            del space[key]
