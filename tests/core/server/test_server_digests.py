"""A big element whose digest the browser already holds travels as its digest alone."""

from __future__ import annotations

from pathlib import Path

from server_harness import serving

from rill.core.server.wire import DigestMemory

#: An element with a 200 KB payload whose digest follows its content (a widget picks which).
APP = """
import rill as st
from rill.plugins import add_element

choice = st.radio("data", ["a", "b"])
payload = (choice * 200_000).encode()
add_element("text", {"body": choice, "data": payload}, digest=f"payload-{choice}")
"""


def payload_deltas(messages: list[dict]) -> list[dict]:
    return [m["element"] for m in messages if m["t"] == "delta" and m["element"].get("digest")]


def test_an_unchanged_payload_is_not_sent_again_and_a_changed_one_is(tmp_path: Path) -> None:
    with serving(tmp_path, APP) as served, served.tab() as tab:
        tab.new_session()
        (first,) = payload_deltas(tab.run())
        assert first["props"]["data"] == b"a" * 200_000
        assert not first.get("same")

        (again,) = payload_deltas(tab.run())
        assert again == {"kind": "text", "props": {}, "digest": "payload-a", "same": True}

        messages = tab.run()
        radio = next(
            m["element"]["id"]
            for m in messages
            if m["t"] == "delta" and m["element"]["kind"] == "radio"
        )
        (changed,) = payload_deltas(tab.run(widgets={radio: 1}))  # the option's index
        assert changed["props"]["data"] == b"b" * 200_000


def test_a_new_connection_gets_the_payload_in_full(tmp_path: Path) -> None:
    with serving(tmp_path, APP) as served:
        for _ in range(2):
            with served.tab() as tab:
                tab.new_session()
                (element,) = payload_deltas(tab.run())
                assert element["props"]["data"] == b"a" * 200_000


def test_the_memory_forgets_the_least_recently_used_digest_first() -> None:
    memory = DigestMemory(capacity=2)

    def sent(digest: str) -> bool:
        message = {
            "t": "delta",
            "run_id": 1,
            "path": [0, 0],
            "element": {"kind": "x", "props": {"p": 1}, "digest": digest},
        }
        return not memory.slim(message)["element"].get("same", False)

    assert [sent("a"), sent("b"), sent("a")] == [True, True, False]
    assert sent("c")  # evicts b, the least recently used
    assert [sent("a"), sent("c"), sent("b")] == [False, False, True]
