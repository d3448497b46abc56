"""`st.context`: read-only facts about the user's browser connection."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any

from rill.plugins import Connection, Headers, RillAPIError, require_ctx


def _connection() -> Connection:
    ctx = require_ctx("context")
    ctx.kernel.require("context", "st.context")
    connection: Connection = ctx.session.connection
    return connection


class Theme(Mapping[str, Any]):
    """`st.context.theme`: the theme the user's browser showed, `type` "light" or "dark"."""

    def __init__(self, kind: str | None) -> None:
        self._values = {"type": kind}

    @property
    def type(self) -> str | None:
        """`"light"`, `"dark"`, or None when the browser did not say."""
        return self._values["type"]

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __getattr__(self, name: str) -> Any:
        raise AttributeError(f"st.context.theme has no attribute {name!r}; it has: type")

    def __repr__(self) -> str:
        return f"Theme(type={self.type!r})"


class ContextProxy:
    """The user's connection, as the browser presented it: headers, cookies, address, locale,
    time zone, the app's URL and theme. Read-only; everything here can be spoofed by a client,
    so never base access decisions on it.

    Example:
        st.write("Your language:", st.context.locale)
        if st.context.headers.get("X-Forwarded-Proto") == "http":
            st.warning("Use HTTPS")
        tz = st.context.timezone or "UTC"
    """

    @property
    def headers(self) -> Headers:
        """The WebSocket handshake's headers; names are case-insensitive, and `get_all(name)`
        gives every value of a repeated one."""
        return Headers(_connection().headers())

    @property
    def cookies(self) -> Mapping[str, str]:
        """The cookies sent with the handshake, by name."""
        return MappingProxyType(_connection().cookies())

    @property
    def ip_address(self) -> str | None:
        """The client's address; None when the app is opened on this machine (loopback), as
        in Streamlit. Behind a reverse proxy, list it in `server.trustedProxies` to get the
        client's address from `X-Forwarded-For` instead of the proxy's."""
        address = _connection().remote_ip
        if not address:
            return None
        try:
            if ipaddress.ip_address(address.strip("[]")).is_loopback:
                return None
        except ValueError:
            return None
        return address

    @property
    def is_embedded(self) -> bool:
        """Whether the app runs embedded: its URL has `?embed=true`."""
        return _connection().is_embedded

    @property
    def locale(self) -> str | None:
        """The browser's preferred language, such as `"en-US"` (`navigator.language`)."""
        return _connection().locale

    @property
    def theme(self) -> Theme:
        """The browser's theme: `st.context.theme.type` is `"light"` or `"dark"`."""
        return Theme(_connection().theme)

    @property
    def timezone(self) -> str | None:
        """The browser's IANA time zone, such as `"Europe/Berlin"`."""
        return _connection().timezone

    @property
    def timezone_offset(self) -> int | None:
        """Minutes between the browser's local time and UTC, as JavaScript's
        `Date.getTimezoneOffset()` gives them (`-60` for UTC+1)."""
        return _connection().timezone_offset

    @property
    def url(self) -> str | None:
        """The app's URL in the browser's address bar."""
        return _connection().url or None

    def __setattr__(self, name: str, value: Any) -> None:
        raise RillAPIError(f"st.context is read-only: {name!r} cannot be set")

    def __repr__(self) -> str:
        return "st.context"


context = ContextProxy()
