"""The session directory of one server: how HTTP routes find and prove their sessions."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rill.core.signing import DEFAULT_TTL, Signer

if TYPE_CHECKING:
    from rill.core.runtime.session import Session
    from rill.core.server.hub import SessionHub


class ServerDirectory:
    """`rill.core.routes.SessionDirectory` over a server's hub and its signer.

    Lookups and work run on the server's event loop thread, where route handlers run.

    Example:
        token = directory.token(session.id, "uploads")   # handed to the browser
        directory.verify(token, "uploads")               # → session.id
        directory.hand(session.id, lambda s: s.request_rerun())
    """

    def __init__(self, hub: SessionHub, signer: Signer) -> None:
        self.hub = hub
        self.signer = signer

    def find(self, session_id: str) -> Session | None:
        """The connected session with this id, or None."""
        return self.hub.connected.get(session_id)

    def token(self, session_id: str, purpose: str, ttl: float = DEFAULT_TTL) -> str:
        """A token, signed with `server.cookieSecret`, tying a request to `session_id`."""
        return self.signer.sign(session_id, purpose, ttl)

    def verify(self, token: str, purpose: str) -> str | None:
        """The session id in a genuine, current token made for `purpose`; else None."""
        return self.signer.unsign(token, purpose)

    def hand(self, session_id: str, work: Callable[[Session], Any]) -> bool:
        """Run `work` with the live session; False when there is no such session."""
        session = self.find(session_id)
        if session is None:
            return False
        work(session)
        return True
