"""Capturing a tab's connection: the client's address behind proxies, and the hello's limits."""

from __future__ import annotations

import pytest

from rill.core.runtime.connection import Connection, Headers
from rill.core.server.connection import capture, client_address, read_hello, trusted_networks

PROXIES = trusted_networks(["127.0.0.1", "10.0.0.0/8", "::1"])


@pytest.mark.parametrize(
    ("peer", "forwarded", "expected"),
    [
        ("127.0.0.1", None, "127.0.0.1"),  # no proxy header: the peer
        ("127.0.0.1", "203.0.113.9", "203.0.113.9"),  # a trusted proxy vouches
        ("127.0.0.1", "203.0.113.9, 10.1.2.3", "203.0.113.9"),  # two trusted hops
        ("127.0.0.1", "198.51.100.1, 203.0.113.9", "203.0.113.9"),  # spoofed left part ignored
        ("198.51.100.7", "203.0.113.9", "198.51.100.7"),  # an untrusted peer's header: ignored
        ("127.0.0.1", "not-an-ip", "127.0.0.1"),  # garbage: the peer
        ("::1", "2001:db8::5", "2001:db8::5"),
    ],
)
def test_the_client_address_honours_only_trusted_proxies(
    peer: str, forwarded: str | None, expected: str
) -> None:
    assert client_address(peer, forwarded, PROXIES) == expected


def test_without_trusted_proxies_forwarded_for_is_never_believed() -> None:
    assert client_address("127.0.0.1", "203.0.113.9", []) == "127.0.0.1"


def test_a_hello_keeps_its_valid_fields_and_drops_hostile_ones() -> None:
    hello = read_hello(
        {
            "v": "1",
            "session": "ab12",
            "locale": "de-DE",
            "tz": "Europe/Berlin",
            "tzoffset": "-60",
            "url": "https://app.example/?embed=true",
            "theme": "dark",
        }
    )
    assert (hello.locale, hello.tz, hello.tzoffset, hello.theme) == (
        "de-DE",
        "Europe/Berlin",
        -60,
        "dark",
    )
    hostile = read_hello(
        {
            "v": "1",
            "session": "../../etc",
            "locale": "<script>",
            "tz": "x" * 500,
            "tzoffset": "99999",
            "url": "javascript:alert(1)",
            "theme": "neon",
        }
    )
    assert hostile.model_dump(exclude={"v"}) == dict.fromkeys(
        ("session", "locale", "tz", "tzoffset", "url", "theme")
    )
    assert hostile.v == "1"


def test_capture_keeps_headers_compactly_and_parses_them_on_demand() -> None:
    headers = [
        ("Host", "127.0.0.1:8501"),
        ("User-Agent", "Mozilla/5.0 (X11)"),
        ("Cookie", "theme=dark; _ga=GA1.2"),
        ("X-Tag", "a"),
        ("X-Tag", "b"),
    ]
    hello = read_hello({"v": "1", "locale": "fr-FR", "url": "http://127.0.0.1:8501/"})
    connection = capture(headers, "127.0.0.1", "127.0.0.1:8501", hello, [])
    assert isinstance(connection.header_lines, str)
    parsed = Headers(connection.headers())
    assert parsed["user-agent"] == "Mozilla/5.0 (X11)"
    assert parsed.get_all("x-tag") == ["a", "b"]
    assert connection.cookies() == {"theme": "dark", "_ga": "GA1.2"}
    assert connection.locale == "fr-FR"
    assert not connection.is_embedded


def test_a_malformed_cookie_header_gives_no_cookies() -> None:
    connection = Connection(header_lines='Cookie: a="unterminated')
    assert connection.cookies() == {}
