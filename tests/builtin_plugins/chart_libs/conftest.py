"""Fixtures for the chart-library tests: one kernel per module, a fresh session per script."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from chart_libs_harness import App

from rill.core.kernel import Kernel


@pytest.fixture(scope="module")
def kernel(tmp_path_factory: pytest.TempPathFactory) -> Kernel:
    home = tmp_path_factory.mktemp("kernel")
    return Kernel.load(cwd=home, home=home, env={})


@pytest.fixture
def make(kernel: Kernel, tmp_path: Path) -> Iterator[Callable[..., App]]:
    """`make(source, flags=[...])`: a session of `source` (flags load a kernel of their own)."""
    apps: list[App] = []

    def make_app(source: str, flags: list[str] | None = None) -> App:
        directory = tmp_path / f"app{len(apps)}"
        directory.mkdir()
        own = Kernel.load(cwd=directory, home=directory, env={}, flags=flags) if flags else kernel
        app = App(own, directory, source)
        apps.append(app)
        return app

    yield make_app
    for app in apps:
        app.close()
