"""Real-browser tests: a real `rill run` server and Debian's headless Chromium via Playwright.

Each test writes an app, starts `rill run` on a free loopback port and drives the page the way a
person would (roles, labels, visible text). On failure, pytest-playwright keeps a screenshot
under test-results/.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = str(Path(__file__).parent)
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("Debian's chromium is not installed (scripts/test installs it)")
    return {**browser_type_launch_args, "executable_path": executable, "args": CHROMIUM_ARGS}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class RillServer:
    """A running `rill run` process."""

    url: str
    port: int
    process: subprocess.Popen[bytes]
    script: Path
    log: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def output(self) -> str:
        return self.log.read_text(errors="replace")


def start_server(directory: Path, script: Path, port: int, flags: list[str]) -> RillServer:
    log = directory / f"server-{port}.log"
    command = [
        sys.executable, "-m", "rill", "run", str(script),
        "--server.port", str(port), "--server.headless", "true",
        "--server.fileWatcherType", "none", *flags,
    ]  # fmt: skip
    env = {k: v for k, v in os.environ.items() if not k.startswith("RILL_")}
    env["HOME"] = str(directory)
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, cwd=directory, stdout=out, stderr=subprocess.STDOUT, env=env
        )
    server = RillServer(f"http://127.0.0.1:{port}/", port, process, script, log)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"rill run exited with {process.returncode}:\n{server.output()}")
        try:
            with urllib.request.urlopen(f"{server.url}_rill/health", timeout=1) as response:
                if response.status == 200:
                    return server
        except OSError:
            time.sleep(0.05)
    server.stop()
    raise RuntimeError(f"rill run did not become healthy:\n{server.output()}")


AppFactory = Callable[..., RillServer]


@pytest.fixture
def rill_app(tmp_path: Path) -> Iterator[AppFactory]:
    """Start an app: `rill_app(source, flags=[...], config="toml text")` → RillServer."""
    servers: list[RillServer] = []

    def make(source: str, flags: list[str] | None = None, config: str | None = None) -> RillServer:
        script = tmp_path / "app.py"
        script.write_text(textwrap.dedent(source), encoding="utf-8")
        if config is not None:
            (tmp_path / ".rill").mkdir(exist_ok=True)
            (tmp_path / ".rill" / "config.toml").write_text(textwrap.dedent(config))
        server = start_server(tmp_path, script, free_port(), flags or [])
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()
