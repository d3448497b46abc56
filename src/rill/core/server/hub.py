"""Every session of one server, on its event loop: the server's side of `SessionManager`.

What happens to a tab that goes and comes back (snapshot, time to live, resume, expiry) is
the runtime's policy, in `rill.core.runtime.sessions`; the hub gives it the event loop's timers
and closes ended sessions without blocking the loop, and it holds the open sockets.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from tornado.ioloop import IOLoop

from rill.core.kernel import Kernel
from rill.core.runtime.session import Session, SessionClient
from rill.core.runtime.sessions import SessionManager
from rill.core.storage.cache import CacheStorage
from rill.core.storage.sessions import SessionStore

log = logging.getLogger("rill.server")

#: How long shutdown waits for running scripts to stop (a busy loop is interrupted after
#: `rill.core.runtime.session.FORCE_STOP_AFTER`).
STOP_GRACE = 1.3


class SessionHub:
    """The sessions of one server, owned by its event loop thread.

    Args:
        kernel: Plugins and config.
        script: The main script every new session runs.
    """

    def __init__(self, kernel: Kernel, script: Path) -> None:
        self.kernel = kernel
        self.script = script
        self.sessions = SessionManager(kernel, script, schedule=_call_later, end=self._end)
        #: Open WebSocket handlers (the server closes them on shutdown).
        self.sockets: set[Any] = set()
        self._ending: set[asyncio.Future[None]] = set()

    @property
    def connected(self) -> dict[str, Session]:
        """Sessions with an open socket, by id."""
        return self.sessions.connected

    @property
    def store(self) -> SessionStore | None:
        """Where disconnected sessions' snapshots wait (`kernel.backends.sessions`)."""
        return self.sessions.store

    @property
    def cache(self) -> CacheStorage | None:
        """The cache backend, cleared from the app menu (`kernel.backends.cache`)."""
        return self.kernel.backends.cache

    def __iter__(self) -> Iterator[Session]:
        """The connected sessions."""
        return iter(self.sessions)

    def attach(self, client: SessionClient, session_id: str | None) -> tuple[Session, bool]:
        """The session for a new socket: resumed if it was kept, else a new one.

        Returns:
            `(session, resumed)`.
        """
        return self.sessions.attach(client, session_id)

    def detach(self, session: Session) -> None:
        """The session's socket closed: stop its script and keep it for a reconnect."""
        self.sessions.detach(session)

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
        sessions = self.sessions.close_all()
        for session in sessions:
            session.request_stop()
        closing = [self._close_when_idle(session, STOP_GRACE) for session in sessions]
        await asyncio.gather(*closing, *self._ending)


def _call_later(delay: float, callback: Callable[[], None]) -> Callable[[], None]:
    """`Schedule` on the current event loop."""
    loop = IOLoop.current()
    handle = loop.call_later(delay, callback)
    return lambda: loop.remove_timeout(handle)


def _close_in_background(session: Session) -> None:
    """Close a session whose script ignores stop requests without holding anyone up."""
    threading.Thread(target=session.close, name=f"rill-close-{session.id[:8]}", daemon=True).start()
