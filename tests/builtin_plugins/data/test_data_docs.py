"""Every Python example in docs/dataframes.md and docs/data-editor.md runs without an error."""

from __future__ import annotations

import re
import runpy
from pathlib import Path

import pytest

from rill.testing.v1 import AppTest

DOCS = Path(__file__).resolve().parents[3] / "docs"
EXAMPLES = [
    (page, code)
    for page in ("dataframes.md", "data-editor.md")
    for code in re.findall(r"```python\n(.*?)```", (DOCS / page).read_text("utf-8"), re.DOTALL)
]


def test_the_pages_have_examples() -> None:
    assert len(EXAMPLES) >= 10


@pytest.mark.parametrize(
    ("page", "code"), EXAMPLES, ids=[f"{p}-{i}" for i, (p, _) in enumerate(EXAMPLES)]
)
def test_example_runs(page: str, code: str, tmp_path: Path) -> None:
    if "AppTest" in code:  # a test: it runs the app itself and asserts
        script = tmp_path / "example.py"
        script.write_text(code, encoding="utf-8")
        runpy.run_path(str(script), run_name="example")
        return
    at = AppTest.from_string(code, default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
