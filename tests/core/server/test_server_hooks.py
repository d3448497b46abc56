"""Lifecycle hooks, observed through a test plugin while a real server runs an app."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from server_harness import serving, wait_for

from rill.plugins import hookimpl


class Observer:
    """Records every lifecycle hook call: (hook, details, thread name)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any, str]] = []

    def note(self, hook: str, details: Any) -> None:
        self.calls.append((hook, details, threading.current_thread().name))

    def names(self) -> list[str]:
        return [hook for hook, _, _ in self.calls]

    @hookimpl
    def rill_server_started(self, kernel, url):  # type: ignore[no-untyped-def]
        self.note("rill_server_started", url)

    @hookimpl
    def rill_server_stopping(self, kernel):  # type: ignore[no-untyped-def]
        self.note("rill_server_stopping", None)

    @hookimpl
    def rill_session_started(self, session):  # type: ignore[no-untyped-def]
        self.note("rill_session_started", session.id)

    @hookimpl
    def rill_session_ended(self, session):  # type: ignore[no-untyped-def]
        self.note("rill_session_ended", session.id)

    @hookimpl
    def rill_script_run_starting(self, session, run):  # type: ignore[no-untyped-def]
        self.note("rill_script_run_starting", (session.id, run.run_id))

    @hookimpl
    def rill_script_run_finished(self, session, run, status):  # type: ignore[no-untyped-def]
        self.note("rill_script_run_finished", (session.id, run.run_id, status))


def test_every_lifecycle_hook_is_called_in_order_on_its_thread(tmp_path: Path) -> None:
    observer = Observer()
    flags = ["--server.disconnectedSessionTTL", "0"]
    with serving(tmp_path, flags=flags, extra_plugins=[("observer", observer)]) as served:
        assert observer.calls == [("rill_server_started", served.url, "test-server-loop")]
        with served.tab() as tab:
            session_id = tab.new_session()["session_id"]
            tab.run()
        assert wait_for(lambda: "rill_session_ended" in observer.names())
    assert observer.names() == [
        "rill_server_started",
        "rill_session_started",
        "rill_script_run_starting",
        "rill_script_run_finished",
        "rill_session_ended",
        "rill_server_stopping",
    ]
    by_hook = {hook: (details, thread) for hook, details, thread in observer.calls}
    assert by_hook["rill_session_started"] == (session_id, "test-server-loop")
    assert by_hook["rill_session_ended"] == (session_id, "test-server-loop")
    assert by_hook["rill_script_run_starting"][0] == (session_id, 1)
    assert by_hook["rill_script_run_finished"][0] == (session_id, 1, "ok")
    assert by_hook["rill_script_run_finished"][1].startswith("rill-script-")
    assert by_hook["rill_server_stopping"][1] == "test-server-loop"


def test_sessions_still_open_at_shutdown_end_after_server_stopping(tmp_path: Path) -> None:
    observer = Observer()
    with serving(tmp_path, extra_plugins=[("observer", observer)]) as served:
        tab = served.tab()
        tab.new_session()
        tab.run()
    tab.close()
    names = observer.names()
    assert names.index("rill_server_stopping") < names.index("rill_session_ended")
    assert names.count("rill_session_ended") == 1


def test_a_disabled_plugin_observes_nothing(tmp_path: Path) -> None:
    observer = Observer()
    flags = ["--plugins.disabled", "observer"]
    with (
        serving(tmp_path, flags=flags, extra_plugins=[("observer", observer)]) as served,
        served.tab() as tab,
    ):
        tab.new_session()
        tab.run()
    assert observer.calls == []
