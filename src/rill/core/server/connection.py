"""Capturing a tab's connection at the WebSocket handshake: headers, address, the hello.

The result is a `rill.core.runtime.connection.Connection`, which the session keeps for
`st.context` (and later `st.user` and session-aware routes). Two rules:

- The client's address is the peer's, unless the peer is a trusted proxy
  (`server.trustedProxies`): then it is the first address of `X-Forwarded-For`, read from the
  right, that is not itself a trusted proxy. A header from an untrusted peer is ignored, since
  anyone can send one.
- The hello (the stream URL's query string) is validated against
  `rill.schemas.protocol.BrowserHello`; a field out of bounds is dropped and the rest kept.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import ValidationError

from rill.core.runtime.connection import Connection
from rill.schemas.protocol import BrowserHello

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def trusted_networks(entries: Iterable[str]) -> list[Network]:
    """`server.trustedProxies` entries (addresses or CIDR blocks) as networks.

    Example:
        >>> [str(n) for n in trusted_networks(["127.0.0.1", "10.0.0.0/8"])]
        ['127.0.0.1/32', '10.0.0.0/8']
    """
    return [ipaddress.ip_network(entry.strip(), strict=False) for entry in entries]


def _is_trusted(address: str, trusted: list[Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address.strip().strip("[]"))
    except ValueError:
        return False
    return any(ip in network for network in trusted)


def client_address(
    peer: str | None, forwarded_for: str | None, trusted: list[Network]
) -> str | None:
    """The client's address, honouring `X-Forwarded-For` only from trusted proxies.

    Example:
        >>> nets = trusted_networks(["127.0.0.1"])
        >>> client_address("127.0.0.1", "203.0.113.9, 127.0.0.1", nets)
        '203.0.113.9'
        >>> client_address("198.51.100.7", "203.0.113.9", nets)  # an untrusted peer's header
        '198.51.100.7'
    """
    if not peer or not forwarded_for or not _is_trusted(peer, trusted):
        return peer
    for hop in reversed([part.strip() for part in forwarded_for.split(",") if part.strip()]):
        if not _is_trusted(hop, trusted):
            try:
                return str(ipaddress.ip_address(hop.strip("[]")))
            except ValueError:
                return peer  # a malformed hop: trust nothing further along
    return peer


def read_hello(query: Mapping[str, str]) -> BrowserHello:
    """The hello in `query`, without the fields that break `BrowserHello`'s limits."""
    data: dict[str, Any] = {
        name: query[name] for name in BrowserHello.model_fields if name in query
    }
    data.setdefault("v", "")
    for _ in range(len(data)):
        try:
            return BrowserHello.model_validate(data)
        except ValidationError as exc:
            bad = {str(error["loc"][0]) for error in exc.errors() if error["loc"]}
            bad.discard("v")
            if not bad:
                break
            for name in bad:
                data.pop(name, None)
    return BrowserHello(v=str(data.get("v", "")))


def capture(
    header_pairs: Iterable[tuple[str, str]],
    peer: str | None,
    host: str,
    hello: BrowserHello,
    trusted: list[Network],
) -> Connection:
    """The `Connection` of a handshake."""
    pairs = [(name, value) for name, value in header_pairs]
    forwarded = ", ".join(value for name, value in pairs if name.lower() == "x-forwarded-for")
    return Connection(
        header_lines="\n".join(f"{name}: {value}" for name, value in pairs),
        remote_ip=client_address(peer, forwarded or None, trusted),
        host=host,
        url=hello.url or "",
        locale=hello.locale,
        timezone=hello.tz,
        timezone_offset=hello.tzoffset,
        theme=hello.theme,
    )
