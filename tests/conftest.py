"""Shared fixtures: an isolated home and working directory for config layers; quiet logs."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence

import pytest

from kernel_support import Dirs, LoadKernel
from log_watch import LogWatch
from rill.core.kernel import Kernel


@pytest.fixture
def dirs(tmp_path, monkeypatch: pytest.MonkeyPatch) -> Dirs:  # type: ignore[no-untyped-def]
    d = Dirs(tmp_path)
    monkeypatch.setenv("HOME", str(d.home))
    monkeypatch.chdir(d.cwd)
    for name in list(os.environ):
        if name.startswith("RILL_"):
            monkeypatch.delenv(name)
    return d


@pytest.fixture
def load(dirs: Dirs) -> LoadKernel:
    def _load(
        flags: Sequence[str] = (), env: Mapping[str, str] | None = None, **kwargs: object
    ) -> Kernel:
        return Kernel.load(cwd=dirs.cwd, home=dirs.home, env=env or {}, flags=flags, **kwargs)  # type: ignore[arg-type]

    return _load


@pytest.fixture(autouse=True)
def quiet_log() -> Iterator[LogWatch]:
    """Fail the test on a warning or error from rill or Tornado that it did not `expect`."""
    watch = LogWatch()
    watch.attach()
    try:
        yield watch
    finally:
        watch.detach()
    if problems := watch.problems():
        pytest.fail("the server log was not quiet:\n  " + "\n  ".join(problems), pytrace=False)
