"""Editing the app's source while a real server runs it: reruns, notices, local modules."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
import websocket
from server_harness import Tab, serving, texts

SHOWS = """
from rill.core.runtime.tree import add_element

add_element("text", {{"body": "{word}"}})
"""

IMPORTS_HELPER = """
import helper
from rill.core.runtime.tree import add_element

add_element("text", {"body": helper.WORD})
"""


def no_message_within(tab: Tab, seconds: float) -> bool:
    try:
        tab.recv(timeout=seconds)
    except websocket.WebSocketTimeoutException:
        return True
    return False


def test_run_on_save_reruns_with_the_new_source(tmp_path: Path) -> None:
    flags = ["--server.runOnSave", "true"]
    with serving(tmp_path, SHOWS.format(word="before"), flags=flags) as served, served.tab() as tab:
        assert tab.new_session()["settings"]["run_on_save"] is True
        assert texts(tab.run()) == ["before"]
        (tmp_path / "app.py").write_text(SHOWS.format(word="after"))
        assert texts(tab.finished()) == ["after"]


def test_without_run_on_save_the_browser_is_told_the_source_changed(tmp_path: Path) -> None:
    with serving(tmp_path, SHOWS.format(word="before")) as served, served.tab() as tab:
        tab.new_session()
        tab.run()
        (tmp_path / "app.py").write_text(SHOWS.format(word="after"))
        event = tab.recv()
        assert (event["t"], event["event"], event["detail"]) == (
            "session_event",
            "source_changed",
            "app.py",
        )
        # Several events of one save are one notice.
        assert no_message_within(tab, 0.4)
        assert texts(tab.run()) == ["after"]


def test_the_users_run_on_save_choice_applies_to_their_session(tmp_path: Path) -> None:
    with (
        serving(tmp_path, SHOWS.format(word="before")) as served,
        served.tab() as chooses,
        served.tab() as other,
    ):
        chooses.new_session()
        other.new_session()
        chooses.run()
        other.run()
        chooses.send({"t": "set_run_on_save", "value": True})
        time.sleep(0.1)
        (tmp_path / "app.py").write_text(SHOWS.format(word="after"))
        assert texts(chooses.finished()) == ["after"]
        assert other.recv()["event"] == "source_changed"


def test_a_changed_local_module_is_imported_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "path", [*sys.path])  # the run puts tmp_path on it
    monkeypatch.setitem(sys.modules, "helper", None)  # put back (removed) after the test
    del sys.modules["helper"]
    (tmp_path / "helper.py").write_text('WORD = "old"\n')
    flags = ["--server.runOnSave", "true"]
    with serving(tmp_path, IMPORTS_HELPER, flags=flags) as served, served.tab() as tab:
        tab.new_session()
        assert texts(tab.run()) == ["old"]
        (tmp_path / "helper.py").write_text('WORD = "new"\n')
        assert texts(tab.finished()) == ["new"]


@pytest.mark.parametrize("folder", [".hidden", "ignored", "__pycache__"])
def test_changes_in_ignored_folders_are_not_noticed(tmp_path: Path, folder: str) -> None:
    (tmp_path / folder).mkdir()
    flags = ["--server.folderWatchBlacklist", "ignored"]
    with serving(tmp_path, SHOWS.format(word="x"), flags=flags) as served, served.tab() as tab:
        tab.new_session()
        tab.run()
        (tmp_path / folder / "app.py").write_text("x = 1\n")
        (tmp_path / "not_imported.py").write_text("x = 1\n")
        assert no_message_within(tab, 0.5)


def test_file_watcher_none_watches_nothing(tmp_path: Path) -> None:
    flags = ["--server.fileWatcherType", "none"]
    with serving(tmp_path, SHOWS.format(word="x"), flags=flags) as served, served.tab() as tab:
        tab.new_session()
        tab.run()
        (tmp_path / "app.py").write_text(SHOWS.format(word="y"))
        assert no_message_within(tab, 0.5)


def test_the_polling_watcher_notices_changes(tmp_path: Path) -> None:
    flags = ["--server.fileWatcherType", "poll"]
    with serving(tmp_path, SHOWS.format(word="x"), flags=flags) as served, served.tab() as tab:
        tab.new_session()
        tab.run()
        time.sleep(0.05)
        (tmp_path / "app.py").write_text(SHOWS.format(word="a longer word"))
        event = tab.recv(timeout=5)
        assert event["event"] == "source_changed"
