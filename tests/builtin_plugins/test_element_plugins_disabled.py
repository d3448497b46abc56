"""Disabling the text, alerts, write, data, layout or page_config plugin removes its commands
only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from element_runner import Recorder
from rill.core.kernel import Kernel
from rill.core.runtime.run import RerunData
from rill.core.runtime.session import Session

COMMANDS = {
    "text": [
        "st.markdown('x')",
        "st.title('x')",
        "st.header('x')",
        "st.subheader('x')",
        "st.caption('x')",
        "st.text('x')",
        "st.code('x')",
        "st.json({})",
        "st.latex('x')",
        "st.divider()",
    ],
    "alerts": [
        "st.success('x')",
        "st.info('x')",
        "st.warning('x')",
        "st.error('x')",
        "st.exception(ValueError())",
    ],
    "write": ["st.write(1)", "st.write_stream(['x'])", "'magic'"],
    "data": ["st.dataframe([1])", "st.table()", "st.data_editor([1])"],
    "layout": [
        "st.container()",
        "st.columns(2)",
        "st.tabs(['a'])",
        "st.expander('x')",
        "st.empty()",
    ],
    "page_config": ["st.set_page_config(page_title='x')"],
}

CASES = [(plugin, line) for plugin, lines in COMMANDS.items() for line in lines]


def run(tmp_path: Path, source: str, disabled: str) -> tuple[list[dict[str, Any]], str]:
    """The elements a run of `source` produced with `disabled` off, and how the run ended."""
    path = tmp_path / "app.py"
    path.write_text("import rill as st\n" + source, encoding="utf-8")
    kernel = Kernel.load(
        cwd=tmp_path, home=tmp_path, env={}, flags=["--plugins.disabled", disabled]
    )
    client = Recorder()
    session = Session(kernel, path, client)
    try:
        session.request_rerun(RerunData())
        assert session.wait_idle(10)
    finally:
        session.close()
    elements = [m["element"] for m in client.messages if m["t"] == "delta"]
    (status,) = [m["status"] for m in client.messages if m["t"] == "script_finished"]
    return elements, status


@pytest.mark.parametrize(("plugin", "line"), CASES)
def test_commands_of_a_disabled_plugin_raise_naming_it(
    tmp_path: Path, plugin: str, line: str
) -> None:
    (element,), status = run(tmp_path, line + "\n", plugin)
    assert status == "error"
    assert element["kind"] == "exception"
    assert element["props"]["type"] == "FeatureDisabledError"
    assert (
        f"provided by the plugin '{plugin}', which is disabled by plugins.disabled"
        in (element["props"]["message"])
    )


#: st.write shows what it is given with the text plugin's commands (markdown, json...).
DEPENDS_ON = {"write": "text"}


@pytest.mark.parametrize("plugin", list(COMMANDS))
def test_the_other_plugins_keep_working(tmp_path: Path, plugin: str) -> None:
    others = [
        line
        for other, lines in COMMANDS.items()
        if other != plugin and DEPENDS_ON.get(other) != plugin
        for line in lines
    ]
    elements, status = run(tmp_path, "\n".join(others) + "\n", plugin)
    assert status == "ok"
    shown_errors = [e["props"]["type"] for e in elements if e["kind"] == "exception"]
    assert shown_errors == ([] if plugin == "alerts" else ["ValueError"])  # st.exception's own


def test_writing_text_needs_the_text_plugin(tmp_path: Path) -> None:
    (element,), _ = run(tmp_path, "st.write('hello')\n", "text")
    assert "st.markdown() is provided by the plugin 'text'" in element["props"]["message"]
