"""Cold start: from launching `rill run app.py` to the first 200 from its health endpoint.

Beside it, the same for `streamlit run app.py` and `/_stcore/health`. Each framework runs from a
clean virtual environment of its own beside this file (benchmarks/.venv-rill with this checkout
installed editable, benchmarks/.venv-streamlit with Streamlit; both made by import_time.py's
helpers on first use), through its console script, headless, with the default file watcher, on
a port given on the command line, in a fresh temporary directory holding only the app (and as
HOME, so no user config is read). A timed run starts just before the process is spawned and
ends when an HTTP GET of the health endpoint first answers 200; the endpoint is polled every
few milliseconds (a refused connection costs microseconds, so polling steals next to no CPU
from the starting server). The server is then stopped with SIGTERM and the next run begins.

The two frameworks take turns (rill, Streamlit, rill, ...), so that load from other work on the
machine falls on both alike; a few untimed runs first fill the OS's caches and write the
bytecode caches (`PYTHONDONTWRITEBYTECODE` is removed from the servers' environment: a deployed
app has its `.pyc` files).

    python benchmarks/cold_start.py              # 15 timed runs each, after 2 warm-up runs
    python benchmarks/cold_start.py --runs 30
    python benchmarks/cold_start.py --baseline /tmp/old/src   # also rill from another source tree

`--baseline` runs rill a second time from the `src` directory of another copy of the code (put
first on `PYTHONPATH`, in the same venv), taking turns with the others: a before/after
comparison under the same load.

The target is rill's median at most half of Streamlit's; the script exits with status 1 when
it is missed. This is a benchmark, not a test: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from import_time import RILL_VENV, VENV, ensure_rill, ensure_streamlit

TARGET_RATIO = 0.5
APP = 'import {module} as st\n\nst.title("Hello")\nst.markdown("A trivial app.")\n'
POLL = 0.002  # seconds between two attempts to reach the health endpoint
TIMEOUT = 60.0


@dataclass(frozen=True)
class Framework:
    name: str
    console_script: Path
    health: str
    flags: tuple[str, ...]
    module: str
    #: Prepended to `PYTHONPATH`: where a baseline's rill is imported from.
    path: str | None = None
    runs: list[float] = field(default_factory=list)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def health_status(port: int, path: str) -> int | None:
    """The status of `GET path` on 127.0.0.1:`port`, or None while nothing listens."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
            sock.sendall(request.encode())
            head = b""
            while b"\r\n" not in head:
                chunk = sock.recv(256)
                if not chunk:
                    return None
                head += chunk
    except OSError:
        return None
    parts = head.split(b" ", 2)
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None


def environment(home: Path, path: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RILL_", "STREAMLIT_"))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["HOME"] = str(home)
    if path is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [path, env.get("PYTHONPATH")]))
    return env


def cold_start(framework: Framework) -> float:
    """Seconds from spawning the server to its health endpoint's first 200."""
    with tempfile.TemporaryDirectory(prefix=f"cold-{framework.module}-") as tmp:
        directory = Path(tmp)
        (directory / "app.py").write_text(APP.format(module=framework.module))
        port = free_port()
        argv = [
            str(framework.console_script), "run", "app.py",
            "--server.port", str(port), "--server.headless", "true", *framework.flags,
        ]  # fmt: skip
        start = time.perf_counter()
        process = subprocess.Popen(
            argv,
            cwd=directory,
            env=environment(directory, framework.path),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            while health_status(port, framework.health) != 200:
                if process.poll() is not None:
                    raise SystemExit(f"{framework.name} exited with status {process.returncode}")
                if time.perf_counter() - start > TIMEOUT:
                    raise SystemExit(f"{framework.name} was not healthy within {TIMEOUT} s")
                time.sleep(POLL)
            elapsed = time.perf_counter() - start
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        return elapsed


def p95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs per framework (15)")
    parser.add_argument("--warmup", type=int, default=2, help="untimed runs first (2)")
    parser.add_argument("--only", choices=("rill", "streamlit"), help="measure one framework")
    parser.add_argument("--baseline", metavar="SRC", help="also rill imported from SRC")
    args = parser.parse_args(argv)

    st_python, st_version = ensure_streamlit(VENV)
    rill_python = ensure_rill(RILL_VENV)
    frameworks = [
        Framework("rill", rill_python.parent / "rill", "/_rill/health", (), "rill"),
        Framework(
            f"streamlit {st_version}",
            st_python.parent / "streamlit",
            "/_stcore/health",
            ("--browser.gatherUsageStats", "false"),
            "streamlit",
        ),
    ]
    if args.only:
        frameworks = [f for f in frameworks if f.name.startswith(args.only)]
    if args.baseline:
        baseline = Path(args.baseline).resolve()
        rill = frameworks[0]
        frameworks.append(
            Framework(
                f"rill baseline ({baseline})",
                rill.console_script,
                rill.health,
                (),
                "rill",
                str(baseline),
            )
        )
    for _ in range(args.warmup):
        for framework in frameworks:
            cold_start(framework)
    for _ in range(args.runs):
        for framework in frameworks:
            framework.runs.append(cold_start(framework))

    print(f"{args.runs} runs each after {args.warmup} warm-up runs, taking turns")
    print()
    width = max(len(f.name) for f in frameworks)
    print(f"{'server':<{width}}  {'median':>9}  {'best':>9}  {'p95':>9}")
    for f in frameworks:
        cells = [statistics.median(f.runs), min(f.runs), p95(f.runs)]
        print(f"{f.name:<{width}}  " + "  ".join(f"{c * 1000:>6.0f} ms" for c in cells))
    if args.only:
        return 0
    rill, streamlit = frameworks[:2]
    for other in frameworks[2:]:
        ratio = statistics.median(other.runs) / statistics.median(streamlit.runs)
        print(f"{other.name} / streamlit (medians): {ratio:.3f}")
    ratio = statistics.median(rill.runs) / statistics.median(streamlit.runs)
    verdict = "met" if ratio <= TARGET_RATIO else "MISSED"
    print()
    print(f"rill / streamlit (medians): {ratio:.3f} (target <= {TARGET_RATIO}: {verdict})")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
