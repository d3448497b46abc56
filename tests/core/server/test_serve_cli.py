"""`rill run` and `rill hello` as a user runs them: a real process, real signals."""

from __future__ import annotations

import json
import signal
import subprocess
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest
import websocket
from server_harness import COUNTER, free_port

from rill.core.server.wire import decode_all


def start(args: list[str], cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        ["rill", *args], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def wait_healthy(process: subprocess.Popen[str], port: int, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_rill/health") as answer:
                assert answer.read() == b"ok"
                return
        except OSError:
            time.sleep(0.05)
    raise AssertionError("the server did not become healthy")


def terminate(process: subprocess.Popen[str]) -> tuple[int, str, str, float]:
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=10)
    return process.returncode, out, err, time.monotonic() - started


def test_rill_run_serves_until_sigterm_and_exits_0(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(COUNTER)
    port = free_port()
    process = start(
        ["run", "app.py", "--server.port", str(port), "--server.headless", "true"], tmp_path
    )
    try:
        wait_healthy(process, port)
        ws = websocket.create_connection(f"ws://127.0.0.1:{port}/_rill/stream?v=1", timeout=10)
        inbox = Inbox(ws)
        assert inbox.next()["t"] == "new_session"
        ws.send(json.dumps({"t": "rerun"}))
        assert inbox.next()["t"] == "script_started"
    finally:
        code, out, err, took = terminate(process)
    ws.close()
    assert code == 0, err
    assert took < 3
    assert f"You can now view your app at http://127.0.0.1:{port}/" in out
    assert "Traceback" not in err


def test_script_arguments_reach_sys_argv(tmp_path: Path) -> None:
    source = (
        "import sys\nfrom rill.core.runtime.tree import add_element\n"
        "add_element('text', {'body': ' '.join(sys.argv[1:])})\n"
    )
    (tmp_path / "app.py").write_text(source)
    port = free_port()
    args = ["run", "app.py", "--server.port", str(port), "--server.headless", "true"]
    process = start([*args, "--", "--flag", "value"], tmp_path)
    try:
        wait_healthy(process, port)
        ws = websocket.create_connection(f"ws://127.0.0.1:{port}/_rill/stream?v=1", timeout=10)
        inbox = Inbox(ws)
        inbox.next()
        ws.send(json.dumps({"t": "rerun"}))
        deltas = []
        while not deltas:
            message = inbox.next()
            if message["t"] == "delta":
                deltas.append(message)
        ws.close()
        assert deltas[0]["element"]["props"]["body"] == "--flag value"
    finally:
        terminate(process)


def test_a_taken_explicit_port_is_a_one_line_error(tmp_path: Path) -> None:
    import socket

    (tmp_path / "app.py").write_text(COUNTER)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            ["rill", "run", "app.py", "--server.port", str(port), "--server.headless", "true"],
            cwd=tmp_path, capture_output=True, text=True, timeout=30, check=False,
        )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"Error: port {port} is already in use (server.port, set by flag --server.port); "
        "choose another with --server.port"
    ]


class Inbox:
    """Messages of a WebSocket one at a time (the server batches them into frames)."""

    def __init__(self, ws: websocket.WebSocket) -> None:
        self.ws = ws
        self.pending: list[dict[str, Any]] = []

    def next(self) -> dict[str, Any]:
        while not self.pending:
            frame = self.ws.recv()
            self.pending = decode_all(frame if isinstance(frame, str) else bytes(frame))
        return self.pending.pop(0)


def run_once(inbox: Inbox, widgets: dict[str, object]) -> list[dict[str, Any]]:
    inbox.ws.send(json.dumps({"t": "rerun", "widgets": widgets}))
    messages: list[dict[str, Any]] = []
    while not messages or messages[-1]["t"] != "script_finished":
        messages.append(inbox.next())
    return messages


def deltas(messages: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [m["element"] for m in messages if m["t"] == "delta" and m["element"]["kind"] == kind]


def test_rill_hello_runs_the_demo(tmp_path: Path) -> None:
    port = free_port()
    process = start(["hello", "--server.port", str(port), "--server.headless", "true"], tmp_path)
    try:
        wait_healthy(process, port)
        ws = websocket.create_connection(f"ws://127.0.0.1:{port}/_rill/stream?v=1", timeout=10)
        inbox = Inbox(ws)
        assert inbox.next()["app_name"] == "app"
        first = run_once(inbox, {})
        add = next(b for b in deltas(first, "button") if b["props"]["label"] == "Add 1")
        clicked = run_once(inbox, {add["id"]: True})
        ws.close()
    finally:
        code, _, err, _ = terminate(process)
    for messages in (first, clicked):
        if deltas(messages, "exception"):
            pytest.fail(f"the demo raised: {deltas(messages, 'exception')[0]['props']}")
        assert messages[-1]["status"] == "ok"
    kinds = {m["element"]["kind"] for m in first if m["t"] == "delta"}
    assert {"title", "markdown", "columns", "tabs", "expander", "form", "slider"} <= kinds
    bodies = [element["props"]["body"] for element in deltas(clicked, "markdown")]
    assert "The counter is at **1**." in bodies
    assert code == 0, err
