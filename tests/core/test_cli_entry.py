"""`rill.core.cli.main`: `rill run SCRIPT` starts without click; everything else goes to click."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rill.core.cli import plain_run


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    (tmp_path / "app.py").write_text("import rill as st\n")
    (tmp_path / "notes.txt").write_text("")
    (tmp_path / "pkg.py").mkdir()
    monkeypatch.chdir(tmp_path)
    return "app.py"


@pytest.mark.parametrize(
    "args",
    [
        ["run", "app.py"],
        ["run", "app.py", "--server.port", "8502"],
        ["run", "app.py", "--server.headless=true", "extra"],
    ],
)
def test_a_plain_run_skips_click(app: str, args: list[str]) -> None:
    assert plain_run(args)


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["run"],
        ["hello"],
        ["run", "--server.port", "8502", "app.py"],  # an option before the script
        ["run", "app.py", "--help"],
        ["run", "missing.py"],  # click reports it
        ["run", "notes.txt"],
        ["run", "pkg.py"],  # a directory
        ["config", "show", "app.py"],
    ],
)
def test_anything_else_goes_to_click(app: str, args: list[str]) -> None:
    assert not plain_run(args)


def test_the_entry_point_imports_no_click() -> None:
    code = "import json, sys, rill.core.cli; print(json.dumps('click' in sys.modules))"
    env = {k: v for k, v in os.environ.items() if not k.startswith("RILL_")}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert json.loads(result.stdout) is False


def test_errors_read_the_same_on_both_paths(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text("")

    def rill(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "rill", *args]
        return subprocess.run(
            command, cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False
        )

    fast = rill("run", "app.py", "--server.nonsense", "1")  # plain: no click
    missing = rill("run", "missing.py")  # through click
    assert (fast.returncode, missing.returncode) == (2, 2)
    assert fast.stderr.startswith("Error: invalid config (1 problem):")
    assert missing.stderr == "Error: missing.py: no such file\n"
    assert "Usage: rill run [OPTIONS] SCRIPT" in rill("run", "app.py", "--help").stdout
