"""The `harness` fixture: a script run through the real runtime."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from runtime_support import Harness


@pytest.fixture
def harness(tmp_path: Path) -> Iterator[Callable[..., Harness]]:
    made: list[Harness] = []

    def make(source: str, flags: list[str] | None = None) -> Harness:
        h = Harness(tmp_path, source, flags or [])
        made.append(h)
        return h

    yield make
    for h in made:
        h.session.close()
