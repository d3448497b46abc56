"""AppTest tests run in an isolated project directory (its `.rill/config.toml` applies)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(autouse=True)
def project(dirs: Any) -> Any:
    """Every test runs with the working directory (and so the config) of a fresh project."""
    return dirs
