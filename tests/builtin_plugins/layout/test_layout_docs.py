"""docs/layout.md: every app example on the page runs without an error."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rill.testing.v1 import AppTest

PAGE = Path(__file__).resolve().parents[3] / "docs" / "layout.md"

#: The page's Python examples that are apps (the AppTest example is a test, not an app).
EXAMPLES = [
    block
    for block in re.findall(r"```python\n(.*?)```", PAGE.read_text(encoding="utf-8"), re.DOTALL)
    if "AppTest" not in block
]


def test_the_page_has_examples() -> None:
    assert len(EXAMPLES) >= 8


@pytest.mark.parametrize("source", EXAMPLES, ids=[f"example-{i}" for i in range(len(EXAMPLES))])
def test_each_example_runs(tmp_path: Path, source: str) -> None:
    script = tmp_path / "app.py"
    script.write_text(source, "utf-8")
    at = AppTest.from_file(str(script)).run(timeout=30)
    assert [e.message for e in at.exception] == []
    for button in at.button:
        button.click().run(timeout=30)
        assert [e.message for e in at.exception] == []
