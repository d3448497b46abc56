"""st.balloons, st.snow and st.echo; and the status plugin switched off."""

from __future__ import annotations

from pathlib import Path

import pytest

from element_runner import error, run, shown
from rill.testing.v1 import AppTest


@pytest.mark.parametrize("kind", ["balloons", "snow"])
def test_celebrations_are_elements_in_place(tmp_path: Path, kind: str) -> None:
    source = f"st.write('before')\nst.{kind}()\nst.write('after')\n"
    assert [k for k, _ in shown(tmp_path, source)] == ["markdown", kind, "markdown"]
    ((props),) = [props for k, props in shown(tmp_path, source) if k == kind]
    assert props == {}


def code_and_text(tmp_path: Path, source: str) -> list[tuple[str, str]]:
    return [
        (kind, props["body"])
        for kind, props in shown(tmp_path, source)
        if kind in ("code", "markdown", "text", "warning")
    ]


def test_echo_shows_the_block_above_what_it_writes(tmp_path: Path) -> None:
    source = """
with st.echo():
    # Greet the user
    name = "Ada"
    st.text(f"Hello, {name}")

st.text("after")
"""
    assert code_and_text(tmp_path, source) == [
        ("code", '# Greet the user\nname = "Ada"\nst.text(f"Hello, {name}")'),
        ("text", "Hello, Ada"),
        ("text", "after"),
    ]


def test_echo_below_and_nested_blocks(tmp_path: Path) -> None:
    source = """
def show():
    with st.echo(code_location="below"):
        for i in range(2):
            st.text(str(i))

show()
"""
    assert code_and_text(tmp_path, source) == [
        ("text", "0"),
        ("text", "1"),
        ("code", "for i in range(2):\n    st.text(str(i))"),
    ]


def test_echo_of_a_block_on_one_line_and_of_a_multiline_header(tmp_path: Path) -> None:
    source = """
with st.echo(): st.text("one-liner")
with st.echo(
    "above",
):
    st.text("multiline header")
"""
    assert code_and_text(tmp_path, source) == [
        ("code", 'st.text("one-liner")'),
        ("text", "one-liner"),
        ("code", 'st.text("multiline header")'),
        ("text", "multiline header"),
    ]


def test_echo_without_a_source_file_warns_and_still_runs(tmp_path: Path) -> None:
    source = """
exec(compile("with st.echo():\\n    st.text('ran')\\n", "<generated>", "exec"))
"""
    ((warning, message), (text, body)) = code_and_text(tmp_path, source)
    assert (warning, text, body) == ("warning", "text", "ran")
    assert message.startswith("Unable to display code.")


def test_apptest_sees_the_echoed_code(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text("import rill as st\nwith st.echo():\n    x = 1\n", encoding="utf-8")
    at = AppTest.from_file(str(script)).run()
    assert at.code[0].value == "x = 1"
    assert at.code[0].language == "python"


def test_bad_code_location_is_named(tmp_path: Path) -> None:
    message = error(tmp_path, "with st.echo('left'):\n    pass\n")
    assert 'The `code_location` argument of st.echo must be "above" or "below"' in message


@pytest.mark.parametrize(
    "line",
    [
        "st.progress(1)",
        "st.spinner()",
        "st.status('x')",
        "st.toast('x')",
        "st.balloons()",
        "st.snow()",
        "st.echo()",
        "st.skeleton()",
    ],
)
def test_the_commands_are_gone_with_the_plugin(tmp_path: Path, line: str) -> None:
    messages = run(tmp_path, line + "\n", flags=["--plugins.disabled", "status"])
    (element,) = [m["element"] for m in messages if m["t"] == "delta"]
    assert element["props"]["type"] == "FeatureDisabledError"
    assert "provided by the plugin 'status', which is disabled" in element["props"]["message"]
