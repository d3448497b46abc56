"""`handle.add_rows(...)` grows a table or chart in place, through its command's `extend`."""

from __future__ import annotations

from pathlib import Path

import pytest
from runtime_support import Harness

GROWING = """
from rill.plugins import add_element

rows = []

def extend(more):
    rows.extend(more)
    return {"rows": list(rows)}

handle = add_element("table", extend(["a"]), extend=extend)
handle.add_rows(["b", "c"])
handle.add_rows(data=None)
handle.add_rows(more=["d"])
"""


def test_add_rows_resends_the_element_at_its_path_with_the_rows_appended(tmp_path: Path) -> None:
    harness = Harness(tmp_path, GROWING, [])
    elements = harness.elements(harness.run())
    assert [(path, props["rows"]) for path, _, props in elements] == [
        ([0, 0], ["a"]),
        ([0, 0], ["a", "b", "c"]),
        ([0, 0], ["a", "b", "c", "d"]),
    ]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ('import rill as st\nst.markdown("x").add_rows([1])', "holds a 'markdown' element"),
        (
            "from rill.plugins import add_element\n"
            "h = add_element('table', {}, extend=lambda r: {})\nh.add_rows([1], other=[2])",
            "takes one dataset",
        ),
    ],
)
def test_add_rows_where_it_cannot_work_says_why(tmp_path: Path, source: str, message: str) -> None:
    harness = Harness(tmp_path, source, [])
    elements = harness.elements(harness.run())
    exceptions = [props for _, kind, props in elements if kind == "exception"]
    assert exceptions and message in str(exceptions[0])
