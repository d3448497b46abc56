"""Helpers for kernel tests: an isolated home and project directory, a kernel loader type."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

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


LoadKernel = Callable[..., Kernel]


class FakeCtx:
    """A stand-in run context carrying only a kernel, for calling commands outside a session."""

    def __init__(self, kernel: Kernel) -> None:
        self.kernel = kernel

    def checkpoint(self) -> None:
        """Nothing is ever pending outside a real run."""
