"""st.progress: the value each kind of number gives, the handle that updates the bar in place,
and the arguments it refuses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from element_runner import error, run, shown
from rill.testing.v1 import AppTest


def progress_props(tmp_path: Path, call: str) -> dict[str, Any]:
    ((kind, props),) = shown(tmp_path, "import numpy\n" + call + "\n")
    assert kind == "progress"
    result: dict[str, Any] = props
    return result


@pytest.mark.parametrize(
    ("value", "percent"),
    [
        ("0", 0),
        ("42", 42),
        ("100", 100),
        ("0.0", 0),
        ("0.5", 50),
        ("1.0", 100),
        ("0.1 + 0.2", 30),
        ("1.0000000000000002", 100),  # a sum of float steps, a hair over 1
        ("-1e-12", 0),
        ("numpy.int64(7)", 7),
        ("numpy.float32(0.25)", 25),
    ],
)
def test_ints_are_percent_and_floats_fractions(tmp_path: Path, value: str, percent: int) -> None:
    assert progress_props(tmp_path, f"st.progress({value})")["value"] == percent


def test_text_and_width(tmp_path: Path) -> None:
    assert progress_props(tmp_path, 'st.progress(10, text="Loading **rows**")') == {
        "value": 10,
        "text": "Loading **rows**",
    }
    assert progress_props(tmp_path, "st.progress(10, width=240)")["width"] == 240
    assert "width" not in progress_props(tmp_path, 'st.progress(10, width="stretch")')


def test_the_handle_updates_the_same_bar(tmp_path: Path) -> None:
    source = """
    bar = st.progress(0, text="Starting")
    for done in (25, 50, 100):
        bar.progress(done, text=f"{done}%")
    st.write("after")
    """
    messages = run(tmp_path, source)
    bars = [m for m in messages if m["t"] == "delta" and m["element"]["kind"] == "progress"]
    assert [m["element"]["props"]["value"] for m in bars] == [0, 25, 50, 100]
    assert {tuple(m["path"]) for m in bars} == {(0, 0)}
    assert [kind for kind, _ in shown(tmp_path, source)] == ["progress", "markdown"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.progress(101)", "must be from 0 to 100 when it is an int, not 101"),
        ("st.progress(-1)", "must be from 0 to 100 when it is an int, not -1"),
        ("st.progress(1.5)", "must be from 0.0 to 1.0 when it is a float, not 1.5"),
        ("st.progress(float('nan'))", "must be from 0.0 to 1.0 when it is a float, not nan"),
        ("st.progress(True)", "not the bool True"),
        ("st.progress('50')", "an int from 0 to 100 or a float from 0.0 to 1.0, not str"),
        ("st.progress(None)", "not NoneType"),
        ("st.progress(5, text=5)", "The text of st.progress must be a string or None, not int"),
        ("st.progress(5, width='content')", "`width` argument of st.progress must be"),
        ("st.progress(5, width=0)", 'must be "stretch" or a positive number of pixels, not 0'),
    ],
)
def test_bad_arguments_are_named(tmp_path: Path, call: str, message: str) -> None:
    assert message in error(tmp_path, call + "\n")


def test_apptest_reads_the_bar(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text("import rill as st\nst.progress(0.3, text='Thirty')\n", encoding="utf-8")
    at = AppTest.from_file(str(script)).run()
    (bar,) = at.get("progress")
    assert bar.value == 30
    assert bar.text == "Thirty"
