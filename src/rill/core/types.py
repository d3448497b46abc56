"""Shared types that hook specifications name; `rill.plugins` re-exports them for authors."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from pydantic import BaseModel

#: A section name (`"server"`) mapped to the pydantic model that validates it.
ConfigSections = Mapping[str, type[BaseModel]]

StorageKind = Literal["cache", "media", "uploads", "sessions"]


@dataclass(frozen=True)
class ElementType:
    """A kind of element the browser can draw.

    Attributes:
        kind: The element's name, shared by the st.* command, the protocol, the renderer and the
            AppTest accessor (`"markdown"`).
        module: For a third-party element, the path of an ES module, relative to `assets`, that
            exports the renderer; the browser imports it on first use. `None` for elements the
            bundled frontend already draws.
        assets: A directory served under `/_rill/plugins/<plugin>/` holding `module`.
        widget: True when the element holds a value the user can change.
    """

    kind: str
    module: str | None = None
    assets: str | None = None
    widget: bool = False


@dataclass(frozen=True)
class Route:
    """An HTTP route the server mounts under `server.baseUrlPath`.

    Attributes:
        pattern: A Tornado URL pattern such as `r"/_rill/health"`.
        handler: A `tornado.web.RequestHandler` subclass.
        kwargs: Passed to the handler's `initialize`.
    """

    pattern: str
    handler: type[Any]
    kwargs: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Theme:
    """A named theme: a base (`"light"` or `"dark"`) and `[theme]` options over it."""

    name: str
    base: Literal["light", "dark"]
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PageSource:
    """Somewhere pages come from, such as the `pages/` directory beside the main script.

    Attributes:
        name: A short name shown in diagnostics.
        discover: Called with the main script's path; returns the page scripts it finds, in
            order, as `(path, title, icon)`.
    """

    name: str
    discover: Callable[[str], list[tuple[str, str, str | None]]]


class SessionStore(Protocol):
    """Where disconnected sessions wait for a reconnect (`rill_resolve_storage("sessions")`)."""

    def put(self, session_id: str, state: Any, ttl: float) -> None:
        """Keep `state` for `ttl` seconds under `session_id`, replacing what was there."""

    def take(self, session_id: str) -> Any | None:
        """Remove and return what was kept under `session_id`, or None when gone or expired."""

    def discard(self, session_id: str) -> None:
        """Forget `session_id` if present."""
