"""Every session of one server: connected to a browser tab, or waiting for it to come back.

A tab that closes (a reload, a laptop lid, a flaky network) leaves its session behind for
`server.disconnectedSessionTTL` seconds in the session store (`rill_resolve_storage("sessions")`),
its script stopped and its state kept. A socket that opens with `session=<id>` within that time
gets the same session back; after it, the session is closed for good (`rill_session_ended`).
Without a store (the storage plugin disabled and no other answering) nothing is kept.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tornado.ioloop import IOLoop

from rill.core.kernel import Kernel
from rill.core.runtime.session import Session, SessionClient
from rill.core.types import SessionStore

log = logging.getLogger("rill.server")

#: How long shutdown waits for running scripts to stop (a busy loop is interrupted after
#: `rill.core.runtime.session.FORCE_STOP_AFTER`).
STOP_GRACE = 1.3


class Gone:
    """The client of a session whose browser left: messages go nowhere."""

    def send(self, message: dict[str, Any]) -> None:
        """Drop `message`."""


@dataclass
class _Waiting:
    session: Session
    timer: object


class SessionHub:
    """The sessions of one server, owned by its event loop thread.

    Args:
        kernel: Plugins and config.
        script: The main script every new session runs.
    """

    def __init__(self, kernel: Kernel, script: Path) -> None:
        self.kernel = kernel
        self.script = script
        self.ttl = float(kernel.config.get("server.disconnectedSessionTTL"))
        hook = kernel.pm.hook
        self.store: SessionStore | None = hook.rill_resolve_storage(kind="sessions", kernel=kernel)
        #: The cache backend, if a plugin provides one (cleared from the developer menu).
        self.cache: Any = hook.rill_resolve_storage(kind="cache", kernel=kernel)
        self.connected: dict[str, Session] = {}
        #: Open WebSocket handlers (the server closes them on shutdown).
        self.sockets: set[Any] = set()
        self._waiting: dict[str, _Waiting] = {}
        self._ending: set[asyncio.Future[None]] = set()
        self._closing = False

    def __iter__(self) -> Iterator[Session]:
        """The connected sessions."""
        return iter(list(self.connected.values()))

    def attach(self, client: SessionClient, session_id: str | None) -> tuple[Session, bool]:
        """The session for a new socket: the one it asks to resume if kept, else a new one.

        Returns:
            `(session, resumed)`.
        """
        kept: Any = None
        if session_id:
            if self.store is not None:
                kept = self.store.take(session_id)
            waiting = self._waiting.pop(session_id, None)
            if waiting is not None:
                IOLoop.current().remove_timeout(waiting.timer)
                if waiting.session is not kept:
                    # The store let it go (or holds something else): it will not come back.
                    self._end(waiting.session)
        if isinstance(kept, Session) and kept.id == session_id:
            kept.client = client
            self.connected[kept.id] = kept
            return kept, True
        session = Session(self.kernel, self.script, client)
        self.connected[session.id] = session
        return session, False

    def detach(self, session: Session) -> None:
        """The session's socket closed: stop its script and keep it for a reconnect."""
        if self.connected.get(session.id) is not session:
            return
        del self.connected[session.id]
        session.client = Gone()
        session.request_stop()
        if self._closing or self.store is None or self.ttl <= 0:
            self._end(session)
            return
        self.store.put(session.id, session, self.ttl)
        timer = IOLoop.current().call_later(self.ttl, self._expire, session.id)
        self._waiting[session.id] = _Waiting(session, timer)

    def _expire(self, session_id: str) -> None:
        waiting = self._waiting.pop(session_id, None)
        if waiting is None:
            return
        if self.store is not None:
            self.store.discard(session_id)
        self._end(waiting.session)

    def _end(self, session: Session) -> None:
        """Close `session` on the event loop once its script has stopped, without blocking."""
        future = asyncio.ensure_future(self._close_when_idle(session))
        self._ending.add(future)
        future.add_done_callback(self._ending.discard)

    async def _close_when_idle(self, session: Session, grace: float = 5.0) -> None:
        if session.running:
            session.request_stop()
            loop = asyncio.get_running_loop()
            if not await loop.run_in_executor(None, session.wait_idle, grace):
                log.warning("session %s: its script did not stop; leaving it", session.id)
                _close_in_background(session)
                return
        try:
            session.close()
        except Exception:
            log.exception("session %s: closing failed", session.id)

    async def shutdown(self) -> None:
        """Stop every script and close every session, within about `STOP_GRACE` seconds."""
        self._closing = True
        sessions = [*self.connected.values(), *(w.session for w in self._waiting.values())]
        loop = IOLoop.current()
        for waiting in self._waiting.values():
            loop.remove_timeout(waiting.timer)
            if self.store is not None:
                self.store.discard(waiting.session.id)
        self._waiting.clear()
        self.connected.clear()
        for session in sessions:
            session.client = Gone()
            session.request_stop()
        closing = [self._close_when_idle(session, STOP_GRACE) for session in sessions]
        await asyncio.gather(*closing, *self._ending)


def _close_in_background(session: Session) -> None:
    """Close a session whose script ignores stop requests without holding anyone up."""
    threading.Thread(target=session.close, name=f"rill-close-{session.id[:8]}", daemon=True).start()
