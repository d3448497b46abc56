"""Memory per idle session: a rill server beside a Streamlit server, both running a trivial app.

Each framework's server runs as its own process (Streamlit's from benchmarks/.venv-streamlit,
the throwaway environment that import_time.py creates). The script opens one warm-up session
(its first run imports what every later run shares), then measures the server's resident set
size (VmRSS), opens N more sessions over real WebSockets, each asking for one run, and measures
again once every run is done and the server is quiet. Per-session memory is the difference
divided by N. The sessions stay open (idle tabs) while measured.

Run it from the repository root (Linux: it reads /proc/<pid>/status):

    python benchmarks/session_memory.py               # 50 sessions each
    python benchmarks/session_memory.py --sessions 100

The target is rill at most half of Streamlit's per-session memory. This is a benchmark, not a
test: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import websocket
from import_time import VENV, ensure_streamlit

TARGET_RATIO = 0.5
APP = 'import {module} as st\n\nst.title("Hello")\nst.markdown("A trivial app.")\n'
QUIET = 0.3  # seconds without a frame that count as "the run is done"


@dataclass(frozen=True)
class Framework:
    name: str
    argv: list[str]
    health: str
    stream: str
    rerun: bytes | str
    subprotocols: list[str] | None = None


@dataclass(frozen=True)
class Result:
    name: str
    before_kb: int
    after_kb: int
    sessions: int

    @property
    def per_session_kb(self) -> float:
        return (self.after_kb - self.before_kb) / self.sessions


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for process {pid}")


def streamlit_rerun(python: Path) -> bytes:
    """A serialised `BackMsg` asking for a run, as Streamlit's browser sends on connect."""
    code = (
        "import sys\n"
        "from streamlit.proto.BackMsg_pb2 import BackMsg\n"
        "msg = BackMsg()\n"
        "msg.rerun_script.query_string = ''\n"
        "msg.rerun_script.page_script_hash = ''\n"
        "sys.stdout.buffer.write(msg.SerializeToString())\n"
    )
    return subprocess.run([str(python), "-c", code], capture_output=True, check=True).stdout


def frameworks(workdir: Path, st_python: Path) -> list[Framework]:
    rill_app = workdir / "rill_app.py"
    rill_app.write_text(APP.format(module="rill"))
    st_app = workdir / "st_app.py"
    st_app.write_text(APP.format(module="streamlit"))
    rill_port, st_port = free_port(), free_port()
    return [
        Framework(
            "rill",
            [sys.executable, "-m", "rill", "run", str(rill_app), "--server.port", str(rill_port),
             "--server.headless", "true", "--server.fileWatcherType", "none",
             "--logger.level", "error"],
            f"http://127.0.0.1:{rill_port}/_rill/health",
            f"ws://127.0.0.1:{rill_port}/_rill/stream?v=1",
            '{"t": "rerun"}',
        ),
        Framework(
            "streamlit",
            [str(st_python), "-m", "streamlit", "run", str(st_app), "--server.port", str(st_port),
             "--server.headless", "true", "--server.fileWatcherType", "none",
             "--browser.gatherUsageStats", "false", "--logger.level", "error"],
            f"http://127.0.0.1:{st_port}/_stcore/health",
            f"ws://127.0.0.1:{st_port}/_stcore/stream",
            streamlit_rerun(st_python),
            ["streamlit"],
        ),
    ]  # fmt: skip


def wait_healthy(url: str, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"{url} did not answer within {timeout} s")


def open_session(framework: Framework) -> websocket.WebSocket:
    """A tab: connect, ask for a run, read until the server has been quiet for a while."""
    ws = websocket.create_connection(
        framework.stream, timeout=30, subprotocols=framework.subprotocols
    )
    if isinstance(framework.rerun, bytes):
        ws.send_binary(framework.rerun)
    else:
        ws.send(framework.rerun)
    frames = 0
    ws.settimeout(QUIET)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            ws.recv()
            frames += 1
        except websocket.WebSocketTimeoutException:
            if frames:
                break
    if not frames:
        raise SystemExit(f"{framework.name}: a session received nothing")
    return ws


def settled_rss(pid: int, seconds: float = 1.5) -> int:
    """RSS once the server is idle: the median of a few samples over `seconds`."""
    samples = []
    for _ in range(5):
        time.sleep(seconds / 5)
        samples.append(rss_kb(pid))
    return int(statistics.median(samples))


def measure(framework: Framework, sessions: int) -> Result:
    process = subprocess.Popen(framework.argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    tabs: list[websocket.WebSocket] = []
    try:
        wait_healthy(framework.health, process)
        tabs.append(open_session(framework))  # warm-up: imports, compiled script, caches
        before = settled_rss(process.pid)
        tabs.extend(open_session(framework) for _ in range(sessions))
        after = settled_rss(process.pid)
        return Result(framework.name, before, after, sessions)
    finally:
        for tab in tabs:
            tab.close()
        process.terminate()
        process.wait(timeout=30)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=50, help="sessions to open (50)")
    args = parser.parse_args(argv)
    st_python, st_version = ensure_streamlit(VENV)
    from rill.version import __version__ as rill_version

    with tempfile.TemporaryDirectory() as tmp:
        results = [
            measure(framework, args.sessions) for framework in frameworks(Path(tmp), st_python)
        ]

    print(f"Python {sys.version.split()[0]}, rill {rill_version}, Streamlit {st_version}; ")
    print(f"{args.sessions} idle sessions after one warm-up session")
    print()
    print(f"{'server':<10}  {'RSS before':>11}  {'RSS after':>11}  {'per session':>12}")
    for result in results:
        print(
            f"{result.name:<10}  {result.before_kb / 1024:>8.1f} MB  "
            f"{result.after_kb / 1024:>8.1f} MB  {result.per_session_kb:>9.1f} KB"
        )
    rill, streamlit = results
    ratio = rill.per_session_kb / streamlit.per_session_kb
    verdict = "met" if ratio <= TARGET_RATIO else "MISSED"
    print()
    print(f"rill / streamlit per session: {ratio:.3f} (target <= {TARGET_RATIO}: {verdict})")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
