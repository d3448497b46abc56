"""`SessionManager`: the sessions of one app, and the policy for tabs that go and come back.

A tab that closes (a reload, a laptop lid, a flaky network) leaves its session behind for
`server.disconnectedSessionTTL` seconds: its script is stopped, its snapshot
(`Session.snapshot().to_bytes()`) goes to the session store (`kernel.backends.sessions`), and
the stopped object waits beside it. A tab that reconnects with the session's id within that
time gets a *new* `Session` resumed from the snapshot the store gives back (same id, state
restored; the browser then asks for a rerun, which redraws the page), and the waiting object is
retired. When the time passes, the snapshot is discarded and the waiting session ends for good
(`rill_session_ended`). Without a store, or with a TTL of 0, a session ends with its tab.

Because the resumed session is built from what the store returns, a shared store (Redis) lets
a tab resume on another server; the snapshot is then all that moves.

The manager knows nothing of Tornado: its owner (the server's `SessionHub`) gives it a
`Schedule` for the expiry timers and a way to end sessions, so it is tested without a socket.
Every method is called on its owner's thread (the server's event loop).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rill.core.runtime.session import Session, SessionClient
from rill.core.storage.snapshot import SessionSnapshot, SnapshotError

if TYPE_CHECKING:
    from rill.core.kernel import Kernel
    from rill.core.storage.sessions import SessionStore

log = logging.getLogger("rill.session")

#: Calls `callback` after `delay` seconds; returns what cancels the call.
Schedule = Callable[[float, Callable[[], None]], Callable[[], None]]


class Gone:
    """The client of a session whose browser left: messages go nowhere."""

    def send(self, message: dict[str, Any]) -> None:
        """Drop `message`."""


@dataclass
class _Waiting:
    session: Session
    cancel: Callable[[], None]


class SessionManager:
    """The sessions of one app: connected ones by id, and disconnected ones waiting.

    Args:
        kernel: Plugins, config (`server.disconnectedSessionTTL`) and the session store.
        script: The main script every new session runs.
        schedule: Runs the expiry of a waiting session later.
        end: Ends a session for good (stops its script, closes it; `rill_session_ended`).
            The server's hub does it without blocking its event loop; the default closes
            the session at once.

    Example:
        manager = SessionManager(kernel, Path("app.py"), schedule=loop_call_later)
        session, resumed = manager.attach(client, requested_id)
        ...
        manager.detach(session)   # the tab closed: kept for a reconnect
    """

    def __init__(
        self,
        kernel: Kernel,
        script: Path,
        *,
        schedule: Schedule,
        end: Callable[[Session], None] = Session.close,
    ) -> None:
        self.kernel = kernel
        self.script = script
        self.ttl = float(kernel.config.get("server.disconnectedSessionTTL"))
        self.store: SessionStore | None = kernel.backends.sessions
        #: Sessions with a connected client, by id.
        self.connected: dict[str, Session] = {}
        self._waiting: dict[str, _Waiting] = {}
        self._schedule = schedule
        self._end = end
        self._closing = False

    # -- finding -------------------------------------------------------------------------------

    def get(self, session_id: str) -> Session | None:
        """The connected session with this id, or None (unknown, waiting or ended)."""
        return self.connected.get(session_id)

    def __contains__(self, session_id: object) -> bool:
        """Whether the id is a session of this manager, connected or waiting."""
        return session_id in self.connected or session_id in self._waiting

    def __iter__(self) -> Iterator[Session]:
        """The connected sessions."""
        return iter(list(self.connected.values()))

    @property
    def waiting(self) -> int:
        """How many disconnected sessions wait for their tab."""
        return len(self._waiting)

    # -- tabs coming and going -----------------------------------------------------------------

    def attach(self, client: SessionClient, session_id: str | None) -> tuple[Session, bool]:
        """The session for a new connection: resumed from its snapshot if kept, else new.

        Returns:
            `(session, resumed)`.
        """
        snapshot = None
        if session_id:
            waiting = self._waiting.pop(session_id, None)
            if waiting is not None:
                waiting.cancel()
            snapshot = self._take(session_id)
            if waiting is not None and snapshot is None:
                # The store let it go (or holds something unreadable): it will not come back.
                self._end(waiting.session)
            elif waiting is not None:
                waiting.session.retire()
        if snapshot is not None:
            session = Session.resume(self.kernel, self.script, client, snapshot)
            if waiting is not None:
                _carry_unpicklable(waiting.session, session)
        else:
            session = Session(self.kernel, self.script, client)
        self.connected[session.id] = session
        return session, snapshot is not None

    def detach(self, session: Session) -> None:
        """The session's connection closed: stop its script and keep it for a reconnect."""
        if self.connected.get(session.id) is not session:
            return
        del self.connected[session.id]
        session.client = Gone()
        session.request_stop()
        if self._closing or self.store is None or self.ttl <= 0 or not self._keep(session):
            self._end(session)
            return
        cancel = self._schedule(self.ttl, partial(self._expire, session.id))
        self._waiting[session.id] = _Waiting(session, cancel)

    def close_all(self) -> list[Session]:
        """Stop keeping anything (the server is stopping): every session, to be ended.

        Cancels the expiry timers and discards the kept snapshots; later detaches end their
        session at once.
        """
        self._closing = True
        sessions = [*self.connected.values(), *(w.session for w in self._waiting.values())]
        for session_id, waiting in self._waiting.items():
            waiting.cancel()
            self._discard(session_id)
        self._waiting.clear()
        self.connected.clear()
        for session in sessions:
            session.client = Gone()
        return sessions

    # -- the store -----------------------------------------------------------------------------

    def _keep(self, session: Session) -> bool:
        assert self.store is not None
        try:
            data = session.snapshot().to_bytes()
            self.store.put(session.id, data, self.ttl)
        except Exception:
            log.exception("session %s: could not be kept for a reconnect", session.id)
            return False
        return True

    def _take(self, session_id: str) -> SessionSnapshot | None:
        if self.store is None:
            return None
        try:
            data = self.store.take(session_id)
            snapshot = None if data is None else SessionSnapshot.from_bytes(data)
        except SnapshotError as exc:
            log.warning(
                "session %s: starting afresh, its snapshot is unusable: %s", session_id, exc
            )
            return None
        except Exception:
            log.exception("session %s: the session store failed; starting afresh", session_id)
            return None
        if snapshot is not None and snapshot.session_id != session_id:
            log.warning("session %s: the store returned another session's snapshot", session_id)
            return None
        return snapshot

    def _discard(self, session_id: str) -> None:
        if self.store is None:
            return
        try:
            self.store.discard(session_id)
        except Exception:
            log.exception("session %s: the session store failed to discard it", session_id)

    def _expire(self, session_id: str) -> None:
        waiting = self._waiting.pop(session_id, None)
        if waiting is None:
            return
        self._discard(session_id)
        self._end(waiting.session)


def _carry_unpicklable(old: Session, new: Session) -> None:
    """Give a session resumed in the process that kept it the values its snapshot lacks.

    A snapshot carries what pickles; values that do not (a lock, a connection, an instance of a
    class defined in the app script) are logged and left out. When the tab comes back to the
    same process, the old session object is still here, so those values come back too: a
    single server keeps all of a session's state over a reconnect, as before snapshots, and
    only a resume on another replica (or after a restart) loses them.
    """
    old_user, old_widgets, old_keys = old.state.dump()
    new_user, new_widgets, new_keys = new.state.dump()
    missing_user = {k: v for k, v in old_user.items() if k not in new_user}
    missing_widgets = {k: v for k, v in old_widgets.items() if k not in new_widgets}
    if missing_user or missing_widgets:
        new.state.restore(
            {**new_user, **missing_user},
            {**new_widgets, **missing_widgets},
            {**old_keys, **new_keys},
        )
