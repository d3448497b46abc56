"""`Connection`: what the server learned about the browser connection behind a session.

Captured once when a tab's WebSocket opens (and again when it resumes its session over a new
socket): the handshake's headers and cookies, the client's address, and what the browser said
about itself in its hello (locale, time zone, the page URL, the theme). `st.context` reads it;
later, `st.user` and session-aware HTTP routes do too.

Idle sessions are what a server holds most of, so the headers are kept as the one string they
arrived as and parsed only when a script asks for them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from http.cookies import CookieError, SimpleCookie
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True, slots=True)
class Connection:
    """One browser connection, as the script may see it (all of it is the browser's word).

    Attributes:
        header_lines: The handshake's headers, one `Name: value` per line, as received.
        remote_ip: The client's address: the peer, or the first untrusted hop of
            `X-Forwarded-For` when the peer is a trusted proxy (`server.trustedProxies`).
        host: The `Host` the browser connected to (with the port).
        url: The page's URL in the browser's address bar, from its hello.
        locale: The browser's preferred language (`navigator.language`, e.g. `"en-US"`).
        timezone: The browser's IANA time zone (`"Europe/Paris"`).
        timezone_offset: Minutes to add to local time to get UTC (JavaScript's
            `getTimezoneOffset()`: `-60` in Paris in winter).
        theme: `"light"` or `"dark"`: the theme the browser showed when it connected.
    """

    header_lines: str = ""
    remote_ip: str | None = None
    host: str = ""
    url: str = ""
    locale: str | None = None
    timezone: str | None = None
    timezone_offset: int | None = None
    theme: str | None = None

    def headers(self) -> list[tuple[str, str]]:
        """Every header as `(name, value)`, in the order received."""
        pairs = []
        for line in self.header_lines.splitlines():
            name, sep, value = line.partition(":")
            if sep:
                pairs.append((name.strip(), value.strip()))
        return pairs

    def cookies(self) -> dict[str, str]:
        """The cookies of the handshake, by name (a malformed `Cookie` header gives none)."""
        jar: SimpleCookie = SimpleCookie()
        for name, value in self.headers():
            if name.lower() == "cookie":
                try:
                    jar.load(value)
                except CookieError:
                    continue
        return {name: morsel.value for name, morsel in jar.items()}

    @property
    def is_embedded(self) -> bool:
        """Whether the page's URL asks for the embedded view (`?embed=true`)."""
        query = parse_qs(urlsplit(self.url).query)
        return any(value.lower() == "true" for value in query.get("embed", []))


#: A session that no browser is connected to yet (AppTest, or before the socket opened).
NO_CONNECTION = Connection()


class Headers(Mapping[str, str]):
    """Read-only headers with case-insensitive names; `get_all` gives every value of one.

    Example:
        >>> h = Headers([("Accept", "text/html"), ("X-Tag", "a"), ("x-tag", "b")])
        >>> h["accept"], h["X-TAG"], h.get_all("x-tag")
        ('text/html', 'b', ['a', 'b'])
    """

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self._pairs = list(pairs)
        self._last: dict[str, str] = {}
        self._names: dict[str, str] = {}
        for name, value in self._pairs:
            self._last[name.lower()] = value
            self._names.setdefault(name.lower(), name)

    def __getitem__(self, name: str) -> str:
        return self._last[name.lower()]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names.values())

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._last

    def get_all(self, name: str) -> list[str]:
        """Every value of header `name`, in the order received (empty when absent)."""
        key = name.lower()
        return [value for n, value in self._pairs if n.lower() == key]

    def to_dict(self) -> dict[str, str]:
        """A plain dict of each header's last value."""
        return {self._names[key]: value for key, value in self._last.items()}

    def __repr__(self) -> str:
        return f"Headers({self.to_dict()!r})"
