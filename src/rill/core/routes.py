"""HTTP routes without a web framework: a method, a path pattern and an async handler.

A plugin describes a route with `Route` and a handler over `Request` → `Response`; the
server's adapter (`rill.core.server.routes` for Tornado) mounts it under
`server.baseUrlPath`. Nothing here names Tornado, so another server (an ASGI one) can mount the
same routes without touching a plugin.

A route that belongs to a session (uploads, media, a login callback) finds it through
`request.sessions`, the `SessionDirectory`: look a session up by id, prove that the request
carries a token the session handed out, hand it work.

Example:
    async def ping(request: Request) -> Response:
        return Response(f"pong {request.params['name']}")

    @hookimpl
    def rill_register_routes(kernel):
        return [Route("/_rill/ping/{name}", ping)]
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from rill.core.runtime.connection import Headers

if TYPE_CHECKING:
    from rill.core.kernel import Kernel
    from rill.core.runtime.session import Session


class SessionDirectory(Protocol):
    """How a route reaches the sessions of its server."""

    def find(self, session_id: str) -> Session | None:
        """The live session with this id on this server, or None."""

    def token(self, session_id: str, purpose: str, ttl: float = ...) -> str:
        """A signed token proving a request comes from `session_id`, for `purpose` only."""

    def verify(self, token: str, purpose: str) -> str | None:
        """The session id a genuine, current `purpose` token carries; None when it is not."""

    def hand(self, session_id: str, work: Callable[[Session], Any]) -> bool:
        """Run `work(session)` for a live session (on the server's loop); False if none."""


@dataclass(frozen=True)
class Request:
    """One HTTP request, as a route handler sees it.

    Attributes:
        method: `"GET"`, `"POST"`...
        path: The path below `server.baseUrlPath`, starting with `/`.
        params: The values of the route pattern's `{name}` parts, URL-decoded.
        query: Query string parameters, each with its values in order.
        headers: Case-insensitive request headers.
        cookies: Request cookies by name.
        body: The request body (empty for GET).
        remote_ip: The client's address (honouring `server.trustedProxies`).
        sessions: The server's sessions.
        kernel: The server's kernel (config, plugins).
    """

    method: str
    path: str
    params: Mapping[str, str]
    query: Mapping[str, Sequence[str]]
    headers: Headers
    cookies: Mapping[str, str]
    body: bytes
    remote_ip: str | None
    sessions: SessionDirectory
    kernel: Kernel

    def arg(self, name: str, default: str | None = None) -> str | None:
        """The last value of query parameter `name`, or `default`."""
        values = self.query.get(name)
        return values[-1] if values else default


@dataclass
class Response:
    """What a route handler answers.

    Attributes:
        body: Bytes, or text (sent as UTF-8).
        status: The HTTP status code.
        content_type: The `Content-Type` header.
        headers: More headers, as `(name, value)` pairs (a name may repeat, as `Set-Cookie`).
    """

    body: bytes | str = b""
    status: int = 200
    content_type: str = "text/plain; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)


#: What a route runs: an async function of the request.
Handler = Callable[[Request], Awaitable[Response]]

_PART = re.compile(r"\{([A-Za-z_]\w*)(?::(path))?\}")


@dataclass(frozen=True)
class Route:
    """An HTTP route the server mounts under `server.baseUrlPath`.

    Attributes:
        path: The path, with `{name}` matching one path segment and `{name:path}` the rest
            of the path (slashes included), e.g. `"/_rill/media/{media_id}"`.
        handler: The async function answering it.
        methods: The HTTP methods it answers; others get 405.
        xsrf: Whether state-changing methods (POST, PUT, PATCH, DELETE) need the XSRF token
            (when `server.enableXsrfProtection` is on). Turn off only for requests that
            come from elsewhere by design, such as a login provider's callback.
    """

    path: str
    handler: Handler
    methods: tuple[str, ...] = ("GET",)
    xsrf: bool = True

    def __post_init__(self) -> None:
        if not self.path.startswith("/"):
            raise ValueError(f"route path {self.path!r} must start with '/'")
        object.__setattr__(self, "methods", tuple(m.upper() for m in self.methods))

    def regex(self) -> str:
        """The path as a regular expression with named groups (for adapters).

        Example:
            >>> Route("/_rill/media/{media_id}", None).regex()  # type: ignore[arg-type]
            '/_rill/media/(?P<media_id>[^/]+)'
        """
        out, last = [], 0
        for match in _PART.finditer(self.path):
            out.append(re.escape(self.path[last : match.start()]))
            body = ".+" if match.group(2) else "[^/]+"
            out.append(f"(?P<{match.group(1)}>{body})")
            last = match.end()
        out.append(re.escape(self.path[last:]))
        return "".join(out).replace("\\/", "/")
