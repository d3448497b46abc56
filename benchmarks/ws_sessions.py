"""Many sessions clicking at once: click → script_finished latency over raw WebSockets.

One server (`rill run`, or `streamlit run` from benchmarks/.venv-streamlit) serves a counter
app, pinned to one CPU core (`sched_setaffinity`). A client process pinned to the other core
opens N sessions, each a WebSocket speaking the framework's own protocol (rill's JSON frames;
Streamlit's protobuf `BackMsg`/`ForwardMsg`, serialised with the classes of the Streamlit
package, which is why Streamlit's client runs under that venv's interpreter), lets each one's
first run finish, and then has every session click the counter's button once every `--period`
seconds, at a phase of its own, for `--duration` seconds. A click's latency runs from the moment
it was due to the moment the session receives the run's `script_finished`: a session whose
previous click is still running clicks as soon as that one is done, and the wait counts (no
coordinated omission). The same small RFC 6455 client, written here on asyncio streams, drives
both frameworks, so the client costs them alike.

    python benchmarks/ws_sessions.py                       # N = 10, 50, 200, 500, 1000
    python benchmarks/ws_sessions.py --sessions 10,100 --duration 5 --only rill

Everything stays on the loopback interface, every phase has a deadline, and the servers are
stopped at the end. This is a benchmark, not a test: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import random
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
VENV = HERE / ".venv-streamlit"
COUNTER = """
import {module} as st
if "n" not in st.session_state:
    st.session_state.n = 0
if st.button("Add one"):
    st.session_state.n += 1
st.write(f"Count: {{st.session_state.n}}")
"""
THRESHOLD = 0.200  # seconds: the p95 latency whose crossing the summary reports
HOPELESS = 5.0  # seconds of p95 after which larger N are not tried
CONNECT_AT_ONCE = 25  # handshakes in flight at a time (the server's accept backlog is 128)
SERVER_CORE, CLIENT_CORE = 0, 1


# -- a minimal WebSocket client (RFC 6455: handshake, masked frames, ping/pong) ----------------


class Closed(Exception):
    """The server closed the connection."""


class Socket:
    """One client WebSocket on asyncio streams; no extensions (so no compression)."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    @classmethod
    async def connect(cls, port: int, path: str, subprotocol: str | None = None) -> Socket:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        key = base64.b64encode(os.urandom(16)).decode()
        lines = [
            f"GET {path} HTTP/1.1",
            f"Host: 127.0.0.1:{port}",
            "Upgrade: websocket",
            "Connection: Upgrade",
            f"Sec-WebSocket-Key: {key}",
            "Sec-WebSocket-Version: 13",
            f"Origin: http://127.0.0.1:{port}",
        ]
        if subprotocol:
            lines.append(f"Sec-WebSocket-Protocol: {subprotocol}")
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode())
        head = await reader.readuntil(b"\r\n\r\n")
        if not head.startswith(b"HTTP/1.1 101"):
            writer.close()
            raise ConnectionError(head.split(b"\r\n", 1)[0].decode(errors="replace"))
        return cls(reader, writer)

    def send(self, data: str | bytes) -> None:
        if isinstance(data, str):
            self._write(0x1, data.encode())
        else:
            self._write(0x2, data)

    def _write(self, opcode: int, payload: bytes) -> None:
        n = len(payload)
        if n < 126:
            header = bytes([0x80 | opcode, 0x80 | n])
        elif n < 1 << 16:
            header = bytes([0x80 | opcode, 0x80 | 126]) + n.to_bytes(2, "big")
        else:
            header = bytes([0x80 | opcode, 0x80 | 127]) + n.to_bytes(8, "big")
        mask = os.urandom(4)
        key = int.from_bytes((mask * (n // 4 + 1))[:n], "big")
        masked = (int.from_bytes(payload, "big") ^ key).to_bytes(n, "big") if n else b""
        self.writer.write(header + mask + masked)

    async def recv(self) -> str | bytes:
        """The next message (continuation frames joined); answers pings on the way."""
        parts: list[bytes] = []
        kind = 0
        while True:
            head = await self.reader.readexactly(2)
            opcode, length = head[0] & 0x0F, head[1] & 0x7F
            if length == 126:
                length = int.from_bytes(await self.reader.readexactly(2), "big")
            elif length == 127:
                length = int.from_bytes(await self.reader.readexactly(8), "big")
            payload = await self.reader.readexactly(length)
            if opcode == 0x9:
                self._write(0xA, payload)
                continue
            if opcode == 0xA:
                continue
            if opcode == 0x8:
                raise Closed(payload[2:].decode(errors="replace"))
            kind = opcode or kind
            parts.append(payload)
            if head[0] & 0x80:
                data = b"".join(parts)
                return data.decode() if kind == 0x1 else data

    def close(self) -> None:
        self.writer.close()


# -- the two protocols ---------------------------------------------------------------------------


class RillTab:
    """A rill session: `{"t": "rerun"}` to start, the button's id mapped to true to click."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.button = ""

    async def open(self) -> None:
        self.ws = await Socket.connect(self.port, "/_rill/stream?v=1")
        self.ws.send('{"t": "rerun"}')
        for message in await self._until_finished():
            element = message.get("element") or {}
            if message.get("t") == "delta" and element.get("kind") == "button":
                self.button = element["id"]
        if not self.button:
            raise RuntimeError("rill: the first run showed no button")

    async def click(self) -> None:
        self.ws.send(json.dumps({"t": "rerun", "widgets": {self.button: True}}))
        await self._until_finished()

    async def _until_finished(self) -> list[dict[str, Any]]:
        seen: list[dict[str, Any]] = []
        while True:
            frame = await self.ws.recv()
            if isinstance(frame, bytes):
                continue  # a binary message (media); the counter sends none
            parsed = json.loads(frame)
            batch = parsed if isinstance(parsed, list) else [parsed]
            seen.extend(batch)
            if any(message.get("t") == "script_finished" for message in batch):
                return seen


class StreamlitTab:
    """A Streamlit session: `BackMsg.rerun_script`, the button as a widget trigger value."""

    def __init__(self, port: int) -> None:
        from streamlit.proto.BackMsg_pb2 import BackMsg
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        self.port = port
        self.button = ""
        self.BackMsg, self.ForwardMsg = BackMsg, ForwardMsg

    def _rerun(self, click: bool) -> bytes:
        msg = self.BackMsg()
        msg.rerun_script.query_string = ""
        msg.rerun_script.page_script_hash = ""
        if click:
            widget = msg.rerun_script.widget_states.widgets.add()
            widget.id = self.button
            widget.trigger_value = True
        data: bytes = msg.SerializeToString()
        return data

    async def open(self) -> None:
        self.ws = await Socket.connect(self.port, "/_stcore/stream", "streamlit")
        self.ws.send(self._rerun(click=False))
        for msg in await self._until_finished():
            if msg.WhichOneof("type") == "delta" and msg.delta.WhichOneof("type") == "new_element":
                element = msg.delta.new_element
                if element.WhichOneof("type") == "button":
                    self.button = element.button.id
        if not self.button:
            raise RuntimeError("streamlit: the first run showed no button")

    async def click(self) -> None:
        self.ws.send(self._rerun(click=True))
        await self._until_finished()

    async def _until_finished(self) -> list[Any]:
        seen = []
        while True:
            frame = await self.ws.recv()
            if isinstance(frame, str):
                continue
            msg = self.ForwardMsg()
            msg.ParseFromString(frame)
            seen.append(msg)
            if msg.WhichOneof("type") == "script_finished":
                return seen


# -- the client process ------------------------------------------------------------------------


async def drive(
    framework: str, port: int, sessions: int, period: float, duration: float
) -> dict[str, Any]:
    """Open `sessions` tabs, click for `duration` seconds; latencies and counts as a dict."""
    kind = RillTab if framework == "rill" else StreamlitTab
    tabs = [kind(port) for _ in range(sessions)]
    gate = asyncio.Semaphore(CONNECT_AT_ONCE)

    async def open_one(tab: RillTab | StreamlitTab) -> None:
        async with gate:
            await asyncio.wait_for(tab.open(), 60)

    started = time.perf_counter()
    await asyncio.gather(*(open_one(tab) for tab in tabs))
    connected = time.perf_counter() - started
    await asyncio.sleep(1.0)  # let the first runs' stragglers settle

    loop = asyncio.get_running_loop()
    begin = loop.time() + 0.2
    end = begin + duration
    latencies: list[float] = []
    late: list[int] = [0]

    async def clicker(tab: RillTab | StreamlitTab, phase: float) -> None:
        due = begin + phase
        while due < end:
            await asyncio.sleep(max(0.0, due - loop.time()))
            await tab.click()
            latencies.append(loop.time() - due)
            due += period
            if loop.time() > due:
                late[0] += 1

    rng = random.Random(sessions)
    workers = [clicker(tab, rng.uniform(0, period)) for tab in tabs]
    unfinished = 0
    try:
        await asyncio.wait_for(asyncio.gather(*workers), duration + 30)
    except TimeoutError:
        unfinished = sessions * round(duration / period) - len(latencies)
    for tab in tabs:
        tab.ws.close()
    return {
        "connect_s": connected,
        "latencies": latencies,
        "late": late[0],
        "unfinished": unfinished,
    }


def client_main(framework: str, port: int, sessions: int, period: float, duration: float) -> None:
    result = asyncio.run(drive(framework, port, sessions, period, duration))
    print(json.dumps(result))


# -- orchestration -------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process `pid` so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pinned(core: int) -> Any:
    return lambda: os.sched_setaffinity(0, {core})


@contextmanager
def serve(framework: str, python: Path) -> Iterator[tuple[int, subprocess.Popen[bytes]]]:
    """The framework's server on a free port, pinned to `SERVER_CORE`, until the block ends."""
    with tempfile.TemporaryDirectory(prefix=f"ws-{framework}-") as tmp:
        directory = Path(tmp)
        (directory / "app.py").write_text(COUNTER.format(module=framework))
        port = free_port()
        flags = [
            "--server.port", str(port), "--server.headless", "true",
            "--server.fileWatcherType", "none", "--logger.level", "error",
        ]  # fmt: skip
        if framework == "streamlit":
            flags += ["--browser.gatherUsageStats", "false"]
        env = {k: v for k, v in os.environ.items() if not k.startswith(("RILL_", "STREAMLIT_"))}
        env["HOME"] = str(directory)
        process = subprocess.Popen(
            [str(python), "-m", framework, "run", "app.py", *flags],
            cwd=directory,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=pinned(SERVER_CORE),
        )
        try:
            health = "/_rill/health" if framework == "rill" else "/_stcore/health"
            deadline = time.monotonic() + 60
            while not _healthy(port, health):
                if process.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"{framework} did not start")
                time.sleep(0.05)
            yield port, process
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _healthy(port: int, path: str) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2) as sock:
            sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
            return sock.recv(64).startswith(b"HTTP/1.1 200")
    except OSError:
        return False


def measure(
    framework: str, python: Path, sessions: int, args: argparse.Namespace
) -> dict[str, Any]:
    with serve(framework, python) as (port, server):
        argv = [
            str(python), str(Path(__file__).resolve()), "--client", framework, "--port", str(port),
            "--sessions", str(sessions), "--period", str(args.period),
            "--duration", str(args.duration),
        ]  # fmt: skip
        cpu_before, wall_before = cpu_seconds(server.pid), time.monotonic()
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        done = subprocess.run(
            argv,
            capture_output=True,
            text=True,
            timeout=args.duration + 200,
            preexec_fn=pinned(CLIENT_CORE),
            check=False,
        )
        wall = time.monotonic() - wall_before
        cpu = (cpu_seconds(server.pid) - cpu_before) / wall
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        client_cpu = (
            after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
        ) / wall
    if done.returncode != 0:
        raise SystemExit(f"{framework} client failed:\n{done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    result["server_cpu"], result["client_cpu"] = cpu, client_cpu
    return result


def p95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def ensure_streamlit() -> Path:
    from import_time import ensure_streamlit as ensure

    python, _ = ensure(VENV)
    return python


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", default="10,50,200,500,1000", help="N values, commas")
    parser.add_argument("--period", type=float, default=1.0, help="seconds between clicks (1)")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds of clicking (10)")
    parser.add_argument("--only", choices=("rill", "streamlit"))
    parser.add_argument("--refine", type=int, default=3, help="bisection steps (3)")
    parser.add_argument("--client", choices=("rill", "streamlit"), help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.client:
        client_main(args.client, args.port, int(args.sessions), args.period, args.duration)
        return 0

    pythons = {"rill": Path(sys.executable)}
    if args.only != "rill":
        pythons["streamlit"] = ensure_streamlit()
    if args.only:
        pythons = {args.only: pythons[args.only]}
    counts = [int(n) for n in args.sessions.split(",")]
    print(f"one click per session every {args.period:g} s for {args.duration:g} s; server on")
    print(
        f"core {SERVER_CORE}, client on core {CLIENT_CORE}; latency = click due → script_finished"
    )
    print()
    header = f"{'server':<10} {'N':>5} {'clicks':>7} {'p50':>9} {'p95':>9} {'max':>9}"
    print(f"{header} {'CPU (server, client)':>20}")
    over: dict[str, bool] = dict.fromkeys(pythons, False)
    results: dict[str, dict[int, float]] = {name: {} for name in pythons}

    def run(name: str, n: int) -> float:
        result = measure(name, pythons[name], n, args)
        latencies = result["latencies"] or [float("inf")]
        high = p95(latencies) if not result["unfinished"] else float("inf")
        cells = [statistics.median(latencies), p95(latencies), max(latencies)]
        shown = " ".join(f"{cell * 1000:>6.1f} ms" for cell in cells)
        cpu = f"{result['server_cpu']:.0%} {result['client_cpu']:.0%}"
        print(f"{name:<10} {n:>5} {len(result['latencies']):>7} {shown} {cpu:>9}", flush=True)
        if result["unfinished"]:
            print(f"{'':<16} {result['unfinished']} clicks unfinished at the deadline")
        results[name][n] = high
        return high

    for n in counts:
        for name in pythons:
            if not over[name]:  # past the point, more sessions only take longer to fail
                over[name] = run(name, n) > HOPELESS
    print()
    for name in pythons:
        under = [n for n, high in results[name].items() if high <= THRESHOLD]
        above = [n for n, high in results[name].items() if high > THRESHOLD]
        if not above:
            print(f"{name}: p95 at most {THRESHOLD * 1000:.0f} ms up to N = {max(counts)}")
            continue
        low, high_n = max([0, *(n for n in under if n < min(above))]), min(above)
        for _ in range(args.refine):  # bisect between the last N under and the first above
            if high_n - low <= max(1, high_n // 10):
                break
            middle = (low + high_n) // 2
            if run(name, middle) > THRESHOLD:
                high_n = middle
            else:
                low = middle
        print(f"{name}: p95 crosses {THRESHOLD * 1000:.0f} ms between N = {low} and N = {high_n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
