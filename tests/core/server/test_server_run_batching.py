"""A short run's reply reaches the browser as one frame; a long run still streams."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from server_harness import serving

from rill.core.server.websocket import RUN_BATCH_WINDOW, StreamHandler
from rill.core.server.wire import DigestMemory, decode_all

SLOW = """
import time
from rill.core.runtime.tree import add_element

add_element("text", {"body": "first"})
time.sleep(0.3)
add_element("text", {"body": "second"})
"""


def frames_of_one_run(tab: object) -> list[list[str]]:
    """The message types of each frame, from the rerun's first frame to `script_finished`."""
    ws = tab.ws  # type: ignore[attr-defined]
    frames: list[list[str]] = []
    while not frames or "script_finished" not in frames[-1]:
        frame = ws.recv()
        frames.append([m["t"] for m in decode_all(frame)])
    return frames


class RecordingLoop:
    """Stands in for the IOLoop: notes what `send` schedules instead of running it."""

    def __init__(self) -> None:
        self.scheduled: list[tuple[Any, ...]] = []

    def add_callback(self, callback: Any, *args: Any) -> None:
        self.scheduled.append((callback, *args))

    def call_later(self, delay: float, callback: Any) -> None:
        raise AssertionError("only through add_callback: send runs on any thread")


def handler() -> tuple[StreamHandler, RecordingLoop]:
    socket = StreamHandler.__new__(StreamHandler)  # no Tornado application behind it
    loop = RecordingLoop()
    socket._lock, socket._outbox, socket._closed, socket._flushing = (
        threading.Lock(),
        [],
        False,
        False,
    )
    socket._digests = DigestMemory()
    socket._loop = loop  # type: ignore[assignment]
    return socket, loop


def test_a_run_waits_for_its_reply_and_sends_it_when_it_finishes() -> None:
    socket, loop = handler()
    socket.send({"t": "script_started", "run_id": 1, "fragment_id": None})
    assert loop.scheduled == [(loop.call_later, RUN_BATCH_WINDOW, socket._flush)]
    socket.send({"t": "trim", "path": [0], "length": 1})
    assert len(loop.scheduled) == 1  # waits with the run's start
    socket.send({"t": "script_finished", "run_id": 1, "status": "ok", "fragment_id": None})
    assert loop.scheduled[1:] == [(socket._flush,)]  # the whole reply, now
    assert len(socket._outbox) == 3


def test_messages_outside_runs_leave_at_once() -> None:
    socket, loop = handler()
    socket.send({"t": "session_event", "event": "cache_cleared", "detail": None})
    assert loop.scheduled == [(socket._flush,)]


def test_a_long_run_streams_its_first_elements(tmp_path: Path) -> None:
    with serving(tmp_path, SLOW) as served, served.tab() as tab:
        tab.new_session()
        tab.send({"t": "rerun"})
        frames = frames_of_one_run(tab)
        assert frames[0] == ["script_started", "delta"]  # before the script sleeps
        assert frames[-1][-1] == "script_finished"
