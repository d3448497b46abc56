"""How long one rerun of a 1,000-element app takes under AppTest, beside Streamlit's AppTest.

The app writes 1,000 elements (`st.markdown` and `st.write` lines) plus a few widgets; the same
script (with `import rill as st` or `import streamlit as st`) runs in each framework's AppTest.
After a warm-up run, it is rerun N times; each timed rerun is `at.run()` followed by reading
`len(at.markdown)` (Streamlit's AppTest builds its element tree during the run, rill's on first
access, so both pay for the tree). Each side runs in its own fresh interpreter: rill in this
one's, Streamlit in the throwaway virtual environment benchmarks/.venv-streamlit (created and
filled on first use, reused afterwards).

Run it from the repository root:

    python benchmarks/rerun_apptest.py            # 20 timed reruns each
    python benchmarks/rerun_apptest.py --profile  # also profile rill's reruns (cProfile)

The target is rill's median at most 0.2x Streamlit's. This is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENV = HERE / ".venv-streamlit"
STREAMLIT = "streamlit==1.67.*"
TARGET_RATIO = 0.2
ELEMENTS = 1000


def app_script(module: str, widgets: bool) -> str:
    """The benchmark app: 1,000 text elements, plus a few widgets when the framework has them."""
    lines = [f"import {module} as st", ""]
    if widgets:
        lines += [
            "name = st.text_input('Name', 'Ada')",
            "n = st.slider('Rows', 0, 100, 50)",
            "on = st.checkbox('On', True)",
            "st.button('Go')",
        ]
    for i in range(ELEMENTS):
        if i % 2:
            lines.append(f"st.write('line {i} of the report, with **bold** text')")
        else:
            lines.append(f"st.markdown('line {i}: some *markdown* text')")
    return "\n".join(lines) + "\n"


DRIVER = textwrap.dedent(
    """
    import json, sys, time
    from {package} import AppTest

    script = sys.stdin.read()
    runs = int(sys.argv[1])
    at = AppTest.from_string(script, default_timeout=60)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    shown = len(at.markdown)
    times = []
    profiler = None
    if len(sys.argv) > 2:
        import cProfile
        profiler = cProfile.Profile()
        profiler.enable()
    for _ in range(runs):
        start = time.perf_counter()
        at.run()
        shown = len(at.markdown)
        times.append(time.perf_counter() - start)
    if profiler is not None:
        profiler.disable()
        import pstats
        with open(sys.argv[2], "w") as out:
            pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(40)
    print(json.dumps({{"times": times, "markdown": shown}}))
    """
)


def venv_python() -> Path:
    return VENV / ("Scripts" if os.name == "nt" else "bin") / "python"


def ensure_streamlit() -> Path:
    python = venv_python()
    if not python.exists():
        print("creating benchmarks/.venv-streamlit ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    probe = subprocess.run([str(python), "-c", "import streamlit"], capture_output=True)
    if probe.returncode != 0:
        pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
        if subprocess.run([*pip, STREAMLIT]).returncode != 0:
            subprocess.run([*pip, "streamlit"], check=True)
    return python


def version(python: Path, package: str) -> str:
    code = f"import {package}; print(getattr({package}, '__version__', '?'))"
    done = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def rill_has_widgets() -> bool:
    code = (
        "from rill.core.kernel import Kernel\n"
        "k = Kernel.load()\n"
        "import rill\n"
        "print(all(hasattr(rill, n) or n in k.commands "
        "for n in ('text_input', 'slider', 'checkbox', 'button')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    return done.stdout.strip() == "True"


def measure(python: Path, package: str, script: str, runs: int, profile: str | None) -> dict:
    argv = [str(python), "-c", DRIVER.format(package=package), str(runs)]
    if profile:
        argv.append(profile)
    done = subprocess.run(argv, input=script, capture_output=True, text=True, cwd=HERE)
    if done.returncode != 0:
        raise SystemExit(f"{package} run failed:\n{done.stderr}")
    result: dict = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=20, help="timed reruns per framework")
    parser.add_argument("--profile", action="store_true", help="profile rill's timed reruns")
    args = parser.parse_args()

    widgets = rill_has_widgets()
    streamlit_python = ensure_streamlit()
    profile = str(Path(tempfile.gettempdir()) / "rerun_apptest.prof.txt") if args.profile else None
    rill = measure(
        Path(sys.executable), "rill.testing.v1", app_script("rill", widgets), args.runs, profile
    )
    streamlit = measure(
        streamlit_python, "streamlit.testing.v1", app_script("streamlit", widgets), args.runs, None
    )
    ours, theirs = median(rill["times"]), median(streamlit["times"])
    ratio = ours / theirs
    print(
        f"app: {ELEMENTS} text elements"
        + (" + 4 widgets" if widgets else " (no widgets: rill has none yet)")
    )
    print(
        f"rill {version(Path(sys.executable), 'rill')}: median {ours * 1000:.1f} ms, "
        f"best {min(rill['times']) * 1000:.1f} ms ({rill['markdown']} markdown elements)"
    )
    print(
        f"streamlit {version(streamlit_python, 'streamlit')}: median {theirs * 1000:.1f} ms, "
        f"best {min(streamlit['times']) * 1000:.1f} ms ({streamlit['markdown']} markdown elements)"
    )
    met = "met" if ratio <= TARGET_RATIO else "MISSED"
    print(f"rill / streamlit: {ratio:.3f} (target <= {TARGET_RATIO}: {met})")
    if profile:
        print(f"profile of rill's reruns: {profile}")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
