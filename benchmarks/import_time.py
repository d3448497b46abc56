"""How long `import rill` takes, beside `import streamlit`.

Each import runs in a fresh interpreter (`python -c "import X"`), so the figure is what a user
waits for before their script's first line: interpreter start-up plus the import. Each is
installed into a throwaway virtual environment of its own beside this file
(benchmarks/.venv-streamlit, benchmarks/.venv-rill with this checkout installed editable), made
from the same Python on the first run and reused afterwards, so both start alike; rill in the
development environment is shown too.

Run it from the repository root:

    python benchmarks/import_time.py

The target is rill under a third of Streamlit's median. This is a benchmark, not a test: pytest
does not collect it (its name does not start with `test_`, and pytest's testpaths is tests/).
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
TARGET_RATIO = 1 / 3


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


def time_command(label: str, argv: Sequence[str], runs: int, warmup: int) -> Timing:
    """Wall time of `argv`, `runs` times after `warmup` untimed runs (to fill the OS caches)."""
    for _ in range(warmup):
        subprocess.run(argv, check=True, capture_output=True)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        samples.append(time.perf_counter() - start)
    return Timing(label, tuple(samples))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs per command (15)")
    parser.add_argument("--warmup", type=int, default=2, help="untimed runs first (2)")
    args = parser.parse_args(argv)

    st_python, st_version = ensure_streamlit(VENV)
    from rill.version import __version__ as rill_version

    def measure(label: str, python: str | Path, code: str) -> Timing:
        return time_command(label, [str(python), "-c", code], args.runs, args.warmup)

    rill_python = ensure_rill(RILL_VENV)
    rill = measure(f"import rill {rill_version} (rill's venv)", rill_python, "import rill")
    streamlit = measure(f"import streamlit {st_version}", st_python, "import streamlit")
    dev = measure("import rill (development environment)", sys.executable, "import rill")
    # Interpreter start-up alone, in each environment: what neither import can go below.
    baselines = [
        measure("python -c pass (rill's venv)", rill_python, "pass"),
        measure("python -c pass (streamlit's venv)", st_python, "pass"),
        measure("python -c pass (development environment)", sys.executable, "pass"),
    ]
    timings = [rill, streamlit, dev, *baselines]

    print(f"Python {sys.version.split()[0]}, {args.runs} runs after {args.warmup} warm-up runs")
    print()
    width = max(len(t.label) for t in timings)
    print(f"{'command':<{width}}  {'median':>9}  {'best':>9}")
    for timing in timings:
        median, best = timing.median * 1000, timing.best * 1000
        print(f"{timing.label:<{width}}  {median:>6.1f} ms  {best:>6.1f} ms")
    ratio = rill.median / streamlit.median
    verdict = "met" if ratio < TARGET_RATIO else "MISSED"
    print()
    print(f"rill / streamlit: {ratio:.3f} (target < {TARGET_RATIO:.3f}: {verdict})")
    return 0 if ratio < TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
