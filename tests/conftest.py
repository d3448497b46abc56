"""Shared fixtures: an isolated home and working directory for config layers."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import pytest

from rill.core.kernel import Kernel


class Dirs:
    """A fake home and project directory with helpers to write their config files."""

    def __init__(self, root: Path) -> None:
        self.home = root / "home"
        self.cwd = root / "project"
        self.home.mkdir()
        self.cwd.mkdir()

    def write(self, where: Path, text: str, name: str = "config.toml") -> Path:
        path = where / ".rill" / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def user_config(self, text: str) -> Path:
        return self.write(self.home, text)

    def project_config(self, text: str) -> Path:
        return self.write(self.cwd, text)


@pytest.fixture
def dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Dirs:
    d = Dirs(tmp_path)
    monkeypatch.setenv("HOME", str(d.home))
    monkeypatch.chdir(d.cwd)
    for name in list(__import__("os").environ):
        if name.startswith("RILL_"):
            monkeypatch.delenv(name)
    return d


LoadKernel = Callable[..., Kernel]


@pytest.fixture
def load(dirs: Dirs) -> LoadKernel:
    def _load(
        flags: Sequence[str] = (), env: Mapping[str, str] | None = None, **kwargs: object
    ) -> Kernel:
        return Kernel.load(cwd=dirs.cwd, home=dirs.home, env=env or {}, flags=flags, **kwargs)  # type: ignore[arg-type]

    return _load
