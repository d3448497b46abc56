"""The text plugin: what each command puts in the app, and the arguments it refuses."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest

from element_runner import error, shown

# -- markdown, caption, text, code, latex, divider -------------------------------------------------


def test_markdown_is_dedented_and_keeps_its_options(tmp_path: Path) -> None:
    source = '''
    st.markdown("""
        # Title
          indented **more**
    """, unsafe_allow_html=True, help="tip")
    st.markdown(42)
    '''
    assert shown(tmp_path, source) == [
        (
            "markdown",
            {"body": "# Title\n  indented **more**", "unsafe_allow_html": True, "help": "tip"},
        ),
        ("markdown", {"body": "42", "unsafe_allow_html": False, "help": None}),
    ]


def test_colored_text_passes_through_unchanged(tmp_path: Path) -> None:
    source = 'st.markdown(":red[alarm] and :blue-background[calm] :material/home:")\n'
    assert shown(tmp_path, source)[0][1]["body"] == (
        ":red[alarm] and :blue-background[calm] :material/home:"
    )


def test_element_handle_replaces_the_element(tmp_path: Path) -> None:
    source = """
    handle = st.markdown("first")
    st.caption("below")
    handle.markdown("second")
    handle.code("x = 1")
    st.write(type(handle).__name__, handle.slot)
    """
    kinds = [(kind, props.get("body")) for kind, props in shown(tmp_path, source)]
    assert kinds == [("code", "x = 1"), ("caption", "below"), ("markdown", "Container `True`")]


def test_caption_text_and_divider(tmp_path: Path) -> None:
    source = """
    st.caption("small <b>print</b>", unsafe_allow_html=True)
    st.text("  fixed  width  ", help="plain")
    st.divider()
    """
    assert shown(tmp_path, source) == [
        ("caption", {"body": "small <b>print</b>", "unsafe_allow_html": True, "help": None}),
        ("text", {"body": "fixed  width", "help": "plain"}),
        ("divider", {}),
    ]


def test_code_options(tmp_path: Path) -> None:
    source = """
    st.code("print('hi')")
    st.code("SELECT 1", language="sql", line_numbers=True, wrap_lines=True, height=200)
    st.code("plain", language=None)
    """
    assert [props for _, props in shown(tmp_path, source)] == [
        {"body": "print('hi')", "language": "python", "line_numbers": False, "wrap_lines": False},
        {"body": "SELECT 1", "language": "sql", "line_numbers": True, "wrap_lines": True},
        {"body": "plain", "language": None, "line_numbers": False, "wrap_lines": False},
    ]


def test_latex_accepts_text_and_sympy_expressions(tmp_path: Path) -> None:
    source = """
    import sympy
    x = sympy.Symbol("x")
    st.latex(r"e^{i\\pi} + 1 = 0", help="Euler")
    st.latex(x**2 + 1)
    """
    assert shown(tmp_path, source) == [
        ("latex", {"body": r"e^{i\pi} + 1 = 0", "help": "Euler"}),
        ("latex", {"body": "x^{2} + 1", "help": None}),
    ]


# -- headings --------------------------------------------------------------------------------------


def test_headings_and_anchors(tmp_path: Path) -> None:
    source = """
    st.title("App", anchor="top")
    st.header("Part", anchor=False, help="about")
    st.subheader("Detail")
    """
    assert shown(tmp_path, source) == [
        ("title", {"body": "App", "anchor": "top", "help": None, "divider": None}),
        ("header", {"body": "Part", "anchor": False, "help": "about", "divider": None}),
        ("subheader", {"body": "Detail", "anchor": None, "help": None, "divider": None}),
    ]


@pytest.mark.parametrize(
    ("anchor", "message"),
    [
        ("True", "Anchor parameter has invalid value: True."),
        ("3", "Anchor parameter has invalid type: int."),
    ],
)
def test_bad_anchor(tmp_path: Path, anchor: str, message: str) -> None:
    assert message in error(tmp_path, f"st.header('x', anchor={anchor})\n")


def test_divider_colors_and_auto_rotation_per_container(tmp_path: Path) -> None:
    source = """
    for i in range(7):
        st.header(i, divider=True)
    st.subheader("named", divider="rainbow")
    with st.container():
        st.subheader("inside", divider=True)
    """
    dividers = [props["divider"] for kind, props in shown(tmp_path, source) if kind != "container"]
    assert dividers == [
        "blue", "green", "orange", "red", "violet", "yellow", "blue", "rainbow", "blue"
    ]  # fmt: skip


def test_bad_divider_color(tmp_path: Path) -> None:
    assert error(tmp_path, "st.header('x', divider='pink')\n") == (
        "RillAPIError: Divider parameter has invalid value: `pink`. Please choose from: red, "
        "orange, yellow, blue, green, violet, gray, grey, rainbow."
    )


# -- json ------------------------------------------------------------------------------------------


def json_body(tmp_path: Path, expression: str, prelude: str = "") -> Any:
    ((kind, props),) = shown(tmp_path, prelude + f"st.json({expression})\n")
    assert kind == "json"
    return json.loads(props["body"])


def test_json_of_a_string_is_passed_through(tmp_path: Path) -> None:
    ((_, props),) = shown(tmp_path, "st.json('{\"a\": [1, 2]}', expanded=2)\n")
    assert props == {"body": '{"a": [1, 2]}', "expanded": 2}


def test_json_serialises_what_json_cannot(tmp_path: Path) -> None:
    prelude = """
    import dataclasses, datetime, enum
    import numpy as np
    import pandas as pd

    @dataclasses.dataclass
    class Point:
        x: int
        y: float

    class Color(enum.Enum):
        RED = "red"

    class Opaque:
        def __str__(self):
            return "opaque!"

    """
    body = json_body(
        tmp_path,
        "{'set': {3, 1, 2}, 'point': Point(1, 2.5), 'when': datetime.date(2024, 5, 1),"
        " 'color': Color.RED, 'np': np.int64(7), 'arr': np.array([1, 2]),"
        " 'series': pd.Series([1, 2], index=['a', 'b']), 'nan': float('nan'),"
        " 'other': Opaque(), 1: 'int key', 'tuple': (1, 'x')}",
        textwrap.dedent(prelude),
    )
    assert body == {
        "set": [1, 2, 3],
        "point": {"x": 1, "y": 2.5},
        "when": "2024-05-01",
        "color": "red",
        "np": 7,
        "arr": [1, 2],
        "series": {"a": 1, "b": 2},
        "nan": "NaN",
        "other": "opaque!",
        "1": "int key",
        "tuple": [1, "x"],
    }


def test_json_of_session_state_and_cycles(tmp_path: Path) -> None:
    body = json_body(
        tmp_path, "st.session_state", "st.session_state['n'] = 1\nloop = []\nloop.append(loop)\n"
    )
    assert body == {"n": 1}
    cyclic = json_body(tmp_path, "loop", "loop = []\nloop.append(loop)\n")
    assert cyclic == ["[[...]]"]


def test_json_rejects_a_bad_expanded(tmp_path: Path) -> None:
    assert "boolean or a non-negative integer" in error(tmp_path, "st.json({}, expanded=-1)\n")
    assert "boolean or a non-negative integer" in error(tmp_path, "st.json({}, expanded='x')\n")
