"""Fixtures for the data tests: one kernel per module, a fresh session per script."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from data_app import App

from rill.core.kernel import Kernel


@pytest.fixture(scope="module")
def kernel(tmp_path_factory: pytest.TempPathFactory) -> Kernel:
    home = tmp_path_factory.mktemp("kernel")
    return Kernel.load(cwd=home, home=home, env={})


@pytest.fixture
def make(kernel: Kernel, tmp_path: Path) -> Iterator[Callable[[str], App]]:
    """`make(source)`: a session of `source` (after `import rill as st`)."""
    apps: list[App] = []

    def make_app(source: str) -> App:
        directory = tmp_path / f"app{len(apps)}"
        directory.mkdir()
        app = App(kernel, directory, source)
        apps.append(app)
        return app

    yield make_app
    for app in apps:
        app.close()
