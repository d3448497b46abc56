"""`SessionStore`: where a disconnected session's snapshot waits for its browser to come back."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class SessionStore(Protocol):
    """Keeps session snapshots, as bytes, for a while (`rill_resolve_session_store`).

    The runtime hands the store `SessionSnapshot.to_bytes()` when a tab's connection closes
    and asks for it back when a tab reconnects with the session's id; the store never sees a
    live `Session` (threads, locks, callbacks), so it may live outside the process (Redis, a
    database) and be shared by several servers. When the time to live passes the runtime
    `discard`s the entry; a store may also forget it by itself at its deadline.

    Methods are called on the server's event loop thread: keep them quick, or hand slow work
    to a thread of your own.

    .. warning::

       Snapshots are pickles: whoever can write to the store can run code in every server that
       reads from it. Keep a shared store private to the servers (no access for users or other
       applications).

    Example:
        store.put("a1b2", snapshot.to_bytes(), ttl=120)
        data = store.take("a1b2")      # the bytes, and the store forgets them
        store.take("a1b2")             # None
    """

    def put(self, session_id: str, snapshot: bytes, ttl: float) -> None:
        """Keep `snapshot` for `ttl` seconds under `session_id`, replacing what was there."""

    def take(self, session_id: str) -> bytes | None:
        """Remove and return what is kept under `session_id`; None when gone or expired.

        Taking is what makes a resume happen once: with a shared store, two servers asked
        for the same session cannot both get it.
        """

    def discard(self, session_id: str) -> None:
        """Forget `session_id` if it is kept."""
