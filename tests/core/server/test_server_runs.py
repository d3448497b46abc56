"""Script runs driven over a real WebSocket: stopping, interrupting, binary payloads."""

from __future__ import annotations

import time
from pathlib import Path

from server_harness import serving, texts

LOOPING = """
import time
from rill.core.runtime.tree import add_element

i = 0
while True:
    add_element("text", {"body": str(i)})
    i += 1
    time.sleep(0.01)
"""

BUSY = """
from rill.core.runtime.tree import add_element

add_element("text", {"body": "spinning"})
while True:
    pass
"""

LONG_FIRST_RUN = """
import time
from rill.core.runtime.context import get_script_run_ctx
from rill.core.runtime.tree import add_element

state = get_script_run_ctx().state
state["runs"] = state.get("runs", 0) + 1
if state["runs"] == 1:
    while True:
        add_element("text", {"body": "working"})
        time.sleep(0.01)
add_element("text", {"body": f"run {state['runs']} done"})
"""

BINARY = """
from rill.core.runtime.tree import add_element

add_element("image", {"data": b"\\x89PNG\\r\\n\\x1a\\n", "parts": [b"a", b"bc"], "caption": "hi"})
"""


def test_stop_ends_a_looping_script(tmp_path: Path) -> None:
    with serving(tmp_path, LOOPING) as served, served.tab() as tab:
        tab.new_session()
        tab.send({"t": "rerun"})
        tab.until(lambda m: m["t"] == "delta" and m["element"]["props"]["body"] == "5")
        started = time.monotonic()
        tab.send({"t": "stop"})
        finished = tab.finished()[-1]
        assert finished["status"] == "stopped"
        assert time.monotonic() - started < 0.5  # stopped at its next command
        # The session is still usable.
        tab.send({"t": "rerun"})
        tab.until(lambda m: m["t"] == "delta")
        tab.send({"t": "stop"})
        assert tab.finished()[-1]["status"] == "stopped"


def test_stop_ends_a_busy_loop_that_calls_no_command(tmp_path: Path) -> None:
    with serving(tmp_path, BUSY) as served, served.tab() as tab:
        tab.new_session()
        tab.send({"t": "rerun"})
        tab.until(lambda m: m["t"] == "delta")
        started = time.monotonic()
        tab.send({"t": "stop"})
        finished = tab.finished(timeout=5)[-1]
        assert finished["status"] == "stopped"
        assert time.monotonic() - started < 3


def test_a_rerun_interrupts_a_long_run(tmp_path: Path) -> None:
    with serving(tmp_path, LONG_FIRST_RUN) as served, served.tab() as tab:
        tab.new_session()
        tab.send({"t": "rerun"})
        first = tab.until(lambda m: m["t"] == "delta")
        run_id = first[0]["run_id"]
        tab.send({"t": "rerun"})
        messages = tab.until(lambda m: m["t"] == "script_finished" and m["run_id"] > run_id)
        interrupted = [m for m in messages if m["t"] == "script_finished" and m["run_id"] == run_id]
        assert interrupted[0]["status"] == "interrupted"
        assert messages[-1]["status"] == "ok"
        assert texts(messages)[-1] == "run 2 done"


def test_bytes_in_props_travel_as_one_binary_frame(tmp_path: Path) -> None:
    with serving(tmp_path, BINARY) as served, served.tab() as tab:
        tab.new_session()
        tab.send({"t": "rerun"})
        tab.ws.settimeout(10)
        frames = []
        while True:
            frame = tab.ws.recv()
            frames.append(frame)
            if isinstance(frame, str) and '"script_finished"' in frame:
                break
        binary = [f for f in frames if isinstance(f, bytes)]
        assert len(binary) == 1
        length = int.from_bytes(binary[0][:4], "big")
        assert b'"blobs":[8,1,2]' in binary[0][4 : 4 + length]
        assert binary[0][4 + length :] == b"\x89PNG\r\n\x1a\nabc"
        assert b"base64" not in binary[0]


def test_shutdown_stops_running_scripts_promptly(tmp_path: Path) -> None:
    with serving(tmp_path, BUSY) as served:
        tab = served.tab()
        tab.new_session()
        tab.send({"t": "rerun"})
        tab.until(lambda m: m["t"] == "delta")
        started = time.monotonic()
    assert time.monotonic() - started < 2.5
    # The browser was told, so it does not try to reconnect.
    events = tab.until(lambda m: m["t"] == "session_event")
    assert events[-1]["event"] == "shutdown"
    tab.close()
