"""Every example of docs/charts.md runs, and shows what it says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from element_runner import shown

DOCS = Path(__file__).resolve().parents[3] / "docs" / "charts.md"
EXAMPLES = re.findall(r"```python\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.DOTALL)


def test_the_page_has_examples() -> None:
    assert len(EXAMPLES) >= 6


@pytest.mark.parametrize("source", EXAMPLES, ids=[f"example{i}" for i in range(len(EXAMPLES))])
def test_example_runs(tmp_path: Path, source: str) -> None:
    elements = shown(tmp_path, source)
    assert [props for kind, props in elements if kind == "exception"] == []
    if "AppTest" not in source:
        assert any(kind == "vega_lite_chart" for kind, _ in elements)
