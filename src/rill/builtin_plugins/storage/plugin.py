"""Hook implementations of the storage plugin."""

from __future__ import annotations

from rill.builtin_plugins.storage.sessions import MemorySessionStore
from rill.plugins import hookimpl


@hookimpl(trylast=True)
def rill_resolve_storage(kind: str) -> MemorySessionStore | None:
    if kind == "sessions":
        return MemorySessionStore()
    return None
