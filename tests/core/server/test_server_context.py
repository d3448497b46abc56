"""`st.context` over a real server: the handshake's headers and the browser's hello reach it."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlencode

import websocket
from server_harness import serving

from rill.core.server.wire import decode_all

SCRIPT = """
import rill as st
c = st.context
st.text(json.dumps({
    "agent": c.headers.get("user-agent"),
    "cookies": dict(c.cookies),
    "ip": c.ip_address,
    "locale": c.locale,
    "tz": c.timezone,
    "offset": c.timezone_offset,
    "url": c.url,
    "embedded": c.is_embedded,
    "theme": c.theme.type,
}))
"""


def context_seen(url: str, query: dict[str, str], headers: list[str]) -> dict[str, object]:
    stream = url.replace("http://", "ws://", 1) + "_rill/stream?" + urlencode({"v": "1", **query})
    ws = websocket.create_connection(stream, timeout=10, header=headers)
    try:
        ws.send(json.dumps({"t": "rerun"}))
        while True:
            for message in decode_all(ws.recv()):
                if message["t"] == "delta" and message["element"]["kind"] == "text":
                    body: dict[str, object] = json.loads(message["element"]["props"]["body"])
                    return body
    finally:
        ws.close()


def test_the_handshake_and_hello_reach_st_context(tmp_path: Path) -> None:
    with serving(tmp_path, source="import json\n" + SCRIPT) as served:
        seen = context_seen(
            served.url,
            {
                "locale": "de-DE",
                "tz": "Europe/Berlin",
                "tzoffset": "-60",
                "url": served.url + "?embed=true",
                "theme": "dark",
            },
            ["User-Agent: rill-test/1.0", "Cookie: flavour=mint; size=L"],
        )
    assert seen == {
        "agent": "rill-test/1.0",
        "cookies": {"flavour": "mint", "size": "L"},
        "ip": None,  # loopback, as in Streamlit
        "locale": "de-DE",
        "tz": "Europe/Berlin",
        "offset": -60,
        "url": served.url + "?embed=true",
        "embedded": True,
        "theme": "dark",
    }


def test_a_trusted_proxy_names_the_client_and_an_untrusted_one_does_not(tmp_path: Path) -> None:
    forwarded = ["X-Forwarded-For: 203.0.113.9"]
    with serving(tmp_path, source="import json\n" + SCRIPT) as served:
        assert context_seen(served.url, {}, forwarded)["ip"] is None  # not trusted: the peer
    flags = ["--server.trustedProxies", '["127.0.0.1"]']
    with serving(tmp_path, source="import json\n" + SCRIPT, flags=flags) as served:
        assert context_seen(served.url, {}, forwarded)["ip"] == "203.0.113.9"


def test_a_hostile_hello_is_trimmed_and_the_session_works(tmp_path: Path) -> None:
    with serving(tmp_path, source="import json\n" + SCRIPT) as served:
        seen = context_seen(
            served.url, {"locale": "<img src=x>", "tzoffset": "NaN", "tz": "Asia/Tokyo"}, []
        )
    assert (seen["locale"], seen["offset"], seen["tz"]) == (None, None, "Asia/Tokyo")
