"""How long `import rill` takes, beside `import streamlit`.

Each import runs in a fresh interpreter (`python -c "import X"`), so the figure is what a user
waits for before their script's first line: interpreter start-up plus the import. Each is
installed into a throwaway virtual environment of its own beside this file
(benchmarks/.venv-streamlit, benchmarks/.venv-rill with this checkout installed editable), made
from the same Python on the first run and reused afterwards, so both start alike; rill in the
development environment is shown too.

Run it from the repository root:

    python benchmarks/import_time.py

The target is rill at most a quarter of Streamlit's median. This is a benchmark, not a test:
pytest does not collect it (its name does not start with `test_`, and pytest's testpaths is tests/).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENV = HERE / ".venv-streamlit"
RILL_VENV = HERE / ".venv-rill"
STREAMLIT = "streamlit==1.67.*"
TARGET_RATIO = 0.25


@dataclass(frozen=True)
class Timing:
    label: str
    runs: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    @property
    def best(self) -> float:
        return min(self.runs)


def venv_python(venv: Path) -> Path:
    scripts = "Scripts" if os.name == "nt" else "bin"
    return venv / scripts / ("python.exe" if os.name == "nt" else "python")


def ensure_streamlit(venv: Path) -> tuple[Path, str]:
    """The venv's interpreter and its Streamlit version; create and install on first use."""
    python = venv_python(venv)
    if not python.exists():
        print(f"creating {venv.relative_to(HERE.parent)} ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    if _streamlit_version(python) is None:
        pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
        print(f"installing {STREAMLIT} ...", file=sys.stderr)
        if subprocess.run([*pip, STREAMLIT], check=False).returncode != 0:
            print("falling back to the newest streamlit available ...", file=sys.stderr)
            subprocess.run([*pip, "streamlit"], check=True)
    version = _streamlit_version(python)
    if version is None:
        raise SystemExit(f"streamlit did not install into {venv}")
    return python, version


def ensure_rill(venv: Path) -> Path:
    """A clean venv with only rill installed (editable, from this checkout), like Streamlit's.

    The development environment carries many packages whose start-up hooks (`.pth` files) slow
    every interpreter down; comparing like with like needs the same kind of environment.
    """
    python = venv_python(venv)
    if not python.exists():
        print(f"creating {venv.relative_to(HERE.parent)} ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    probe = subprocess.run([str(python), "-c", "import rill"], capture_output=True, check=False)
    if probe.returncode != 0:
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "-e", str(HERE.parent)], check=True
        )
    return python


def _streamlit_version(python: Path) -> str | None:
    result = subprocess.run(
        [str(python), "-c", "from importlib.metadata import version; print(version('streamlit'))"],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip() if result.returncode == 0 else None


def bytecode_env() -> dict[str, str]:
    """This environment, less `PYTHONDONTWRITEBYTECODE`: a deployed app has its `.pyc` files.

    With the variable set (some CI images and containers set it), an editable checkout is
    compiled from source on every start while site-packages kept the `.pyc` files pip wrote,
    which would charge rill, and only rill, for compiling.
    """
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def time_commands(
    commands: Sequence[tuple[str, Sequence[str], dict[str, str]]], runs: int, warmup: int
) -> list[Timing]:
    """Wall time of each `(label, argv, extra env)`, `runs` times after `warmup` untimed runs.

    The commands take turns (one run of each, then the next round), so that load from other
    work on the machine falls on all of them alike; the warm-up fills the OS and bytecode caches.
    """
    base = bytecode_env()
    for _ in range(warmup):
        for _, argv, extra in commands:
            subprocess.run(argv, check=True, capture_output=True, env={**base, **extra})
    samples: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for i, (_, argv, extra) in enumerate(commands):
            start = time.perf_counter()
            subprocess.run(argv, check=True, capture_output=True, env={**base, **extra})
            samples[i].append(time.perf_counter() - start)
    return [Timing(label, tuple(s)) for (label, _, _), s in zip(commands, samples, strict=True)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs per command (15)")
    parser.add_argument("--warmup", type=int, default=2, help="untimed runs first (2)")
    parser.add_argument("--baseline", metavar="SRC", help="also rill imported from SRC")
    args = parser.parse_args(argv)

    st_python, st_version = ensure_streamlit(VENV)
    from rill.version import __version__ as rill_version

    rill_python = ensure_rill(RILL_VENV)
    venv, dev = str(rill_python), sys.executable
    commands: list[tuple[str, Sequence[str], dict[str, str]]] = [
        (f"import rill {rill_version} (rill's venv)", [venv, "-c", "import rill"], {}),
        (f"import streamlit {st_version}", [str(st_python), "-c", "import streamlit"], {}),
        ("import rill (development environment)", [dev, "-c", "import rill"], {}),
        # What the first command of a script run by plain `python` adds (under `rill run`,
        # the server has imported every command before the first run).
        (
            "import rill; rill.markdown (rill's venv)",
            [venv, "-c", "import rill; rill.markdown"],
            {},
        ),
        # Interpreter start-up alone, in each environment: what neither import can go below.
        ("python -c pass (rill's venv)", [venv, "-c", "pass"], {}),
        ("python -c pass (streamlit's venv)", [str(st_python), "-c", "pass"], {}),
        ("python -c pass (development environment)", [dev, "-c", "pass"], {}),
    ]
    if args.baseline:
        where = {"PYTHONPATH": str(Path(args.baseline).resolve())}
        commands.append((f"import rill ({args.baseline})", [venv, "-c", "import rill"], where))
    timings = time_commands(commands, args.runs, args.warmup)
    rill, streamlit = timings[:2]

    print(f"Python {sys.version.split()[0]}, {args.runs} runs after {args.warmup} warm-up runs")
    print()
    width = max(len(t.label) for t in timings)
    print(f"{'command':<{width}}  {'median':>9}  {'best':>9}")
    for timing in timings:
        median, best = timing.median * 1000, timing.best * 1000
        print(f"{timing.label:<{width}}  {median:>6.1f} ms  {best:>6.1f} ms")
    ratio = rill.median / streamlit.median
    verdict = "met" if ratio <= TARGET_RATIO else "MISSED"
    print()
    if args.baseline:
        print(f"rill ({args.baseline}) / streamlit: {timings[-1].median / streamlit.median:.3f}")
    print(f"rill / streamlit: {ratio:.3f} (target <= {TARGET_RATIO:.3f}: {verdict})")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
