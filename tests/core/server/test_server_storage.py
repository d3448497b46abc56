"""The server's sessions through the storage seams: snapshots in bytes, resumed in new objects."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from server_harness import serving, texts, wait_for

from log_watch import expect_log
from rill.plugins import SessionSnapshot, hookimpl
from storage_support import StoragePlugin


class Ended:
    """Records `rill_session_ended`."""

    def __init__(self) -> None:
        self.ids: list[str] = []

    @hookimpl
    def rill_session_ended(self, session: Any) -> None:
        self.ids.append(session.id)


def test_a_closed_tab_is_put_as_bytes_and_resumed_in_a_new_session(tmp_path: Path) -> None:
    plugin = StoragePlugin()
    with serving(tmp_path, extra_plugins=[("test-storage", plugin)]) as served:
        hub = served.server.hub
        with served.tab() as tab:
            session_id = tab.new_session()["session_id"]
            tab.run()
            assert texts(tab.run(query="?x=1")) == ["n=2"]
            first = hub.connected[session_id]
        assert wait_for(lambda: ("put", session_id) in plugin.sessions.calls)
        (put_id, data, ttl) = plugin.sessions.puts[0]
        assert (put_id, type(data), ttl) == (session_id, bytes, 120.0)
        snapshot = SessionSnapshot.from_bytes(data)
        assert (snapshot.user, snapshot.query) == ({"n": 2}, {"x": ["1"]})
        with served.tab(session=session_id) as again:
            hello = again.new_session()
            assert (hello["session_id"], hello["resumed"]) == (session_id, True)
            assert ("take", session_id) in plugin.sessions.calls
            resumed = hub.connected[session_id]
            assert resumed is not first and resumed.resumed
            assert resumed.query == {"x": ["1"]}
            assert texts(again.run()) == ["n=3"]


def test_a_snapshot_kept_by_another_server_resumes_here(tmp_path: Path) -> None:
    # A shared store (Redis) holds what another server put: only the bytes travel.
    plugin = StoragePlugin()
    plugin.sessions.kept["e15e0e4e"] = SessionSnapshot("e15e0e4e", {"n": 7}).to_bytes()
    with (
        serving(tmp_path, extra_plugins=[("test-storage", plugin)]) as served,
        served.tab(session="e15e0e4e") as tab,
    ):
        assert tab.new_session()["resumed"] is True
        assert texts(tab.run()) == ["n=8"]


def test_expiry_discards_the_snapshot_ends_the_session_and_releases_its_files(
    tmp_path: Path,
) -> None:
    plugin, ended = StoragePlugin(), Ended()
    flags = ["--server.disconnectedSessionTTL", "1"]
    plugins = [("test-storage", plugin), ("ended", ended)]
    with serving(tmp_path, flags=flags, extra_plugins=plugins) as served:
        with served.tab() as tab:
            session_id = tab.new_session()["session_id"]
            tab.run()
        assert wait_for(lambda: ("put", session_id) in plugin.sessions.calls)
        assert ended.ids == []  # waiting, not ended
        assert wait_for(lambda: ended.ids == [session_id], timeout=5)
        assert ("discard", session_id) in plugin.sessions.calls
        assert session_id not in plugin.sessions.kept
        assert plugin.media.released == [session_id]
        assert ("session", session_id) in plugin.uploads.removed


def test_an_unreadable_snapshot_starts_a_fresh_session(tmp_path: Path) -> None:
    expect_log(r"session b40ce1: starting afresh, its snapshot is unusable", logger="rill")
    plugin = StoragePlugin()
    plugin.sessions.kept["b40ce1"] = b"not a pickle"
    with (
        serving(tmp_path, extra_plugins=[("test-storage", plugin)]) as served,
        served.tab(session="b40ce1") as tab,
    ):
        hello = tab.new_session()
        assert hello["resumed"] is False and hello["session_id"] != "b40ce1"
        assert texts(tab.run()) == ["n=1"]
