"""st.json: how many levels open (`expanded`), its width, and AppTest's view of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from element_runner import error, shown
from rill.testing.v1 import AppTest


@pytest.mark.parametrize("expanded", ["True", "False", "0", "1", "3"])
def test_expanded_is_passed_to_the_browser(tmp_path: Path, expanded: str) -> None:
    ((kind, props),) = shown(tmp_path, f"st.json({{'a': {{'b': 1}}}}, expanded={expanded})\n")
    assert kind == "json"
    assert props == {"body": '{"a": {"b": 1}}', "expanded": eval(expanded)}


@pytest.mark.parametrize(("width", "sent"), [("'content'", "content"), ("320", 320)])
def test_width(tmp_path: Path, width: str, sent: object) -> None:
    ((_, props),) = shown(tmp_path, f"st.json([1], width={width})\n")
    assert props["width"] == sent


@pytest.mark.parametrize("width", ["0", "'wide'", "True", "1.5"])
def test_a_bad_width_is_named(tmp_path: Path, width: str) -> None:
    message = error(tmp_path, f"st.json([1], width={width})\n")
    assert "`width` argument of st.json must be 'stretch', 'content' or a positive" in message


def test_apptest_reads_the_json_text_and_levels() -> None:
    at = AppTest.from_string(
        "import rill as st\nst.json({'x': [1, 2]}, expanded=2)\nst.json('[true]')\n"
    ).run()
    first, second = at.json
    assert (first.value, first.expanded) == ('{"x": [1, 2]}', 2)
    assert (second.value, second.expanded) == ("[true]", True)
