"""`CacheStorage`: where cached function results live, as bytes, one namespace per function."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class CacheStorage(Protocol):
    """Bytes under `(namespace, key)`, with a time to live per entry and a size per namespace.

    A namespace is one cached function (its qualified name and source hash, chosen by the
    caller); a key is one set of arguments. Values are bytes so that a cache can live outside
    the process (a disk, Redis) and be shared by several servers: the caller pickles, the
    backend only stores. Every session of a server shares the backend, and the script threads
    of many sessions call it at once, so implementations must be thread-safe.

    "Clear cache" in the app menu calls `clear()`.

    Example:
        cache.set("app.load_data:9f2c", "args:1", b"...", ttl=3600, max_entries=100)
        cache.get("app.load_data:9f2c", "args:1")   # b"..." until the hour passes
        cache.clear("app.load_data:9f2c")           # that function only
        cache.clear()                               # everything
    """

    def get(self, namespace: str, key: str) -> bytes | None:
        """The value under `key`, or None when missing or expired; counts as a use (LRU)."""

    def set(
        self,
        namespace: str,
        key: str,
        value: bytes,
        *,
        ttl: float | None = None,
        max_entries: int | None = None,
    ) -> None:
        """Store `value`, replacing what was there.

        Args:
            namespace: The cached function.
            key: The arguments.
            value: What to keep.
            ttl: Seconds the entry lives; None for as long as the backend keeps it.
            max_entries: The most entries `namespace` may hold; the least recently used go
                first when this entry would make one too many. None for no limit.
        """

    def delete(self, namespace: str, key: str) -> None:
        """Remove one entry if present."""

    def clear(self, namespace: str | None = None) -> None:
        """Remove every entry of `namespace`, or of every namespace when None."""
