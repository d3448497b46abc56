"""Real-browser tests: a real `rill run` server and Debian's headless Chromium via Playwright.

Each test writes an app, starts `rill run` on a free loopback port and drives the page the way a
person would (roles, labels, visible text). On failure, pytest-playwright keeps a screenshot
under test-results/.

Two things fail any browser test, whatever it asserts: a Content-Security-Policy violation in
the page (the servers run with the default policy), and a warning, error or traceback in the
server's log that the test did not announce with `rill_app(..., expect_log=[pattern, ...])`.
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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, ConsoleMessage

from log_watch import log_line_problems

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


#: Reports every CSP violation as a console error (Chromium also logs its own refusals).
REPORT_CSP = """
document.addEventListener("securitypolicyviolation", (e) => {
  console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
});
"""


@dataclass
class RillServer:
    """A running `rill run` process."""

    url: str
    port: int
    process: subprocess.Popen[bytes]
    script: Path
    log: Path
    #: Patterns of log lines this test expects (anything else at WARNING or above fails it).
    expect_log: tuple[str, ...] = ()

    def log_problems(self) -> list[str]:
        """The log's unexpected warnings, errors and tracebacks."""
        return log_line_problems(self.output(), self.expect_log)

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

    def make(
        source: str,
        flags: list[str] | None = None,
        config: str | None = None,
        expect_log: Sequence[str] = (),
    ) -> RillServer:
        script = tmp_path / "app.py"
        script.write_text(textwrap.dedent(source), encoding="utf-8")
        if config is not None:
            (tmp_path / ".rill").mkdir(exist_ok=True)
            (tmp_path / ".rill" / "config.toml").write_text(textwrap.dedent(config))
        server = start_server(tmp_path, script, free_port(), flags or [])
        server.expect_log = tuple(expect_log)
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()
    problems = [line for server in servers for line in server.log_problems()]
    if problems:
        pytest.fail("the server log was not quiet:\n  " + "\n  ".join(problems), pytrace=False)


@pytest.fixture
def context(context: BrowserContext) -> Iterator[BrowserContext]:
    """pytest-playwright's context, failing the test on any Content-Security-Policy violation."""
    violations: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text:
            violations.append(f"{message.page.url if message.page else '?'}: {message.text}")

    context.add_init_script(REPORT_CSP)
    context.on("console", on_console)
    yield context
    if violations:
        pytest.fail("CSP violations:\n  " + "\n  ".join(violations), pytrace=False)


@pytest.fixture
def axe() -> Callable[..., None]:
    """`axe(page, "what is shown")`: fail on serious or critical axe-core findings (see axe.py)."""
    from axe import assert_accessible

    return assert_accessible
