"""Sessions over real WebSockets: isolation, resuming, expiry, and surviving bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
import websocket
from server_harness import COUNTER, serving, texts, wait_for

from log_watch import LogWatch, expect_log
from rill.schemas.protocol import server_message
from storage_support import StoragePlugin


def test_new_session_describes_the_session_and_the_app(tmp_path: Path) -> None:
    with (
        serving(tmp_path, flags=["--theme.primaryColor", "#ff0000"]) as served,
        served.tab() as tab,
    ):
        hello = tab.new_session()
        server_message.validate_python(hello)
        assert hello["resumed"] is False
        assert hello["app_name"] == "app"
        assert hello["protocol"] == 1
        assert hello["theme"]["primaryColor"] == "#ff0000"
        # toolbarMode auto, from 127.0.0.1: developer options are shown.
        assert hello["settings"]["developer"] is True
        messages = tab.run()
        for message in messages:
            server_message.validate_python(message)
        assert texts(messages) == ["n=1"]


def test_viewer_toolbar_hides_developer_options_and_theme_off_sends_no_theme(
    tmp_path: Path,
) -> None:
    flags = ["--client.toolbarMode", "viewer", "--plugins.disabled", "theme"]
    with serving(tmp_path, flags=flags) as served, served.tab() as tab:
        hello = tab.new_session()
        assert hello["settings"]["developer"] is False
        assert hello["theme"] == {}


def test_two_tabs_are_isolated(tmp_path: Path) -> None:
    with serving(tmp_path) as served, served.tab() as one, served.tab() as two:
        first, second = one.new_session(), two.new_session()
        assert first["session_id"] != second["session_id"]
        assert texts(one.run()) == ["n=1"]
        assert texts(one.run()) == ["n=2"]
        assert texts(one.run()) == ["n=3"]
        assert texts(two.run()) == ["n=1"]
        assert texts(one.run()) == ["n=4"]


def test_reconnecting_with_the_session_id_resumes_its_state(tmp_path: Path) -> None:
    with serving(tmp_path) as served:
        with served.tab() as tab:
            session_id = tab.new_session()["session_id"]
            tab.run()
            assert texts(tab.run()) == ["n=2"]
        assert wait_for(lambda: not served.server.hub.connected)
        with served.tab(session=session_id) as again:
            hello = again.new_session()
            assert (hello["session_id"], hello["resumed"]) == (session_id, True)
            assert texts(again.run()) == ["n=3"]


def test_an_unknown_session_id_gets_a_new_session(tmp_path: Path) -> None:
    with serving(tmp_path) as served, served.tab(session="no-such-session") as tab:
        hello = tab.new_session()
        assert hello["resumed"] is False
        assert hello["session_id"] != "no-such-session"
        assert texts(tab.run()) == ["n=1"]


def test_a_session_is_gone_after_the_disconnected_ttl(tmp_path: Path) -> None:
    flags = ["--server.disconnectedSessionTTL", "1"]
    with serving(tmp_path, flags=flags) as served:
        with served.tab() as tab:
            session_id = tab.new_session()["session_id"]
            tab.run()
        assert wait_for(lambda: not served.server.hub.connected)
        store = served.server.hub.store
        assert store is not None and len(store) == 1  # type: ignore[arg-type]
        assert wait_for(lambda: len(store) == 0, timeout=5)  # type: ignore[arg-type]
        with served.tab(session=session_id) as again:
            hello = again.new_session()
            assert hello["resumed"] is False
            assert texts(again.run()) == ["n=1"]


def test_without_a_session_store_nothing_is_kept(tmp_path: Path) -> None:
    with serving(tmp_path, flags=["--plugins.disabled", "storage"]) as served:
        assert served.server.hub.store is None
        with served.tab() as tab:
            session_id = tab.new_session()["session_id"]
            tab.run()
        assert wait_for(lambda: not served.server.hub.connected)
        with served.tab(session=session_id) as again:
            assert again.new_session()["resumed"] is False


def test_a_client_speaking_another_protocol_version_is_closed_with_4000(tmp_path: Path) -> None:
    expect_log(r"refused a client speaking protocol '99' \(this server speaks 1\)")
    with serving(tmp_path) as served, served.tab(version="99") as tab:
        opcode, frame = tab.ws.recv_data(control_frame=True)
        assert opcode == websocket.ABNF.OPCODE_CLOSE
        assert int.from_bytes(frame[:2], "big") == 4000
        assert b"reload the page" in frame[2:]
        assert not served.server.hub.connected


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("{not json", "not JSON"),
        ('["rerun"]', "message"),
        ('{"t": "launch_rockets"}', "does not match any of the expected tags"),
        ('{"t": "rerun", "widgets": "all of them"}', "widgets"),
        ('{"t": "set_run_on_save", "value": "maybe"}', "value"),
        ('{"t": "stop", "extra": 1}', "extra"),
        (b"\x00\x01binary", "binary frames are not accepted"),
    ],
)
def test_malformed_messages_are_rejected_and_survived(
    tmp_path: Path, raw: str | bytes, reason: str, quiet_log: LogWatch
) -> None:
    expect_log(r"rejected a message", logger="rill.server")
    with serving(tmp_path) as served, served.tab() as tab, served.tab() as other:
        session_id = tab.new_session()["session_id"]
        other.new_session()
        tab.send_raw(raw)
        rejected = tab.recv()
        assert rejected["t"] == "session_event"
        assert rejected["event"] == "message_rejected"
        assert reason in rejected["detail"]
        # The socket stays open and the session works; so does every other session.
        assert texts(tab.run()) == ["n=1"]
        assert texts(other.run()) == ["n=1"]
    warnings = [r.getMessage() for r in quiet_log.records if "rejected" in r.getMessage()]
    assert len(warnings) == 1
    assert session_id in warnings[0]
    assert "\n" not in warnings[0]


def test_an_unknown_widget_id_is_ignored(tmp_path: Path) -> None:
    expect_log(r"ignored a widget value: unknown widget id '\$\$ID-nonexistent'")
    expect_log(r"ignored a widget value: unknown widget id 'not-even-an-id'")
    with serving(tmp_path) as served, served.tab() as tab:
        tab.new_session()
        messages = tab.run(widgets={"$$ID-nonexistent": 5, "not-even-an-id": [1]})
        assert texts(messages) == ["n=1"]
        assert messages[-1]["status"] == "ok"


def test_an_oversized_message_closes_only_that_socket(tmp_path: Path) -> None:
    flags = ["--server.maxMessageSize", "1"]
    with serving(tmp_path, flags=flags) as served, served.tab() as other:
        other.new_session()
        with served.tab() as tab:
            tab.new_session()
            tab.send({"t": "rerun", "widgets": {"w": "x" * (1024 * 1024 + 10)}})
            # Tornado sends close code 1009 (message too big) and drops the connection; the
            # client may see the close frame or, with its frame unread, a reset.
            try:
                opcode, frame = tab.ws.recv_data(control_frame=True)
            except ConnectionResetError:
                pass
            else:
                assert opcode == websocket.ABNF.OPCODE_CLOSE
                assert int.from_bytes(frame[:2], "big") == 1009
            assert wait_for(lambda: len(served.server.hub.connected) == 1)
        assert texts(other.run()) == ["n=1"]
        with served.tab() as fresh:
            fresh.new_session()
            assert texts(fresh.run()) == ["n=1"]


def test_heartbeat_and_run_on_save_messages_are_accepted_silently(tmp_path: Path) -> None:
    with serving(tmp_path) as served, served.tab() as tab:
        tab.new_session()
        tab.send({"t": "heartbeat"})
        tab.send({"t": "set_run_on_save", "value": True})
        messages = tab.run()
        assert [m["t"] for m in messages] == ["script_started", "delta", "script_finished"]
        (session,) = served.server.hub
        assert session.run_on_save is True


def test_clear_cache_clears_the_resolved_cache_backend(tmp_path: Path) -> None:
    plugin = StoragePlugin()
    plugin.cache.set("f", "k", b"v")
    with (
        serving(tmp_path, extra_plugins=[("test-storage", plugin)]) as served,
        served.tab() as tab,
    ):
        assert served.server.hub.kernel.backends.cache is plugin.cache
        tab.new_session()
        tab.send({"t": "clear_cache"})
        event = tab.recv()
        assert (event["t"], event["event"]) == ("session_event", "cache_cleared")
        assert plugin.cache.cleared == [None]
        assert plugin.cache.get("f", "k") is None


def test_without_a_cache_backend_clear_cache_still_answers(tmp_path: Path) -> None:
    with serving(tmp_path, flags=["--plugins.disabled", "storage"]) as served, served.tab() as tab:
        assert served.server.hub.kernel.backends.cache is None
        tab.new_session()
        tab.send({"t": "clear_cache"})
        assert tab.recv()["event"] == "cache_cleared"


def test_many_messages_reach_the_socket_in_order(tmp_path: Path) -> None:
    source = COUNTER + "\nfor i in range(500):\n    add_element('text', {'body': str(i)})\n"
    with serving(tmp_path, source) as served, served.tab() as tab:
        tab.new_session()
        assert texts(tab.run()) == ["n=1", *map(str, range(500))]


def test_keep_alive_pings_live_sockets_and_drops_silent_ones(tmp_path: Path) -> None:
    from rill.core.server.websocket import PING_TIMEOUT, keep_alive

    with serving(tmp_path) as served, served.tab() as live, served.tab() as silent:
        live.new_session()
        silent_id = silent.new_session()["session_id"]
        hub = served.server.hub

        def age_the_silent_one() -> None:
            for handler in hub.sockets:
                if handler.session.id == silent_id:
                    handler.last_seen -= PING_TIMEOUT + 1

        served.call(age_the_silent_one)
        served.call(lambda: keep_alive(hub.sockets))
        opcode, _ = live.ws.recv_data(control_frame=True)
        assert opcode == websocket.ABNF.OPCODE_PING
        assert wait_for(lambda: silent_id not in hub.connected)
        assert len(hub.connected) == 1
        assert texts(live.run()) == ["n=1"]
