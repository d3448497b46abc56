"""Every non-essential builtin plugin can be disabled, and an app that does not use it still runs.

For each builtin, the app below calls one command of every *other* plugin; with the builtin
disabled through `[plugins] disabled`, the app runs without error, and the disabled plugin's own
command raises `FeatureDisabledError` naming the plugin.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rill.core.kernel import BUILTIN_PLUGINS
from rill.testing.v1 import AppTest

#: One call per plugin that has commands (theme and storage have none to call).
SAMPLES = {
    "forms": "with st.form('f'):\n    st.form_submit_button('Go')",
    "fragments": "st.fragment(lambda: None)()",
    "query_params": "st.query_params.get('x')",
    "text": "st.markdown('hello')",
    "alerts": "st.info('note')",
    "write": "st.write('written')",
    "layout": "st.columns(2)",
    "page_config": "st.set_page_config(page_title='t')",
    "widgets": "st.checkbox('box')",
    "context": "_ = st.context.locale",
    "data": "st.dataframe({'a': [1, 2]})",
    "metric": "st.metric('Speed', 3)",
    "status": "st.progress(10)",
    "pyplot": "st.pyplot(__import__('matplotlib.figure').figure.Figure())",
    "charts": "st.line_chart({'a': [1, 2]})",
    "plotly": "st.plotly_chart({'data': [{'type': 'bar', 'y': [1, 2]}]})",
    "graphviz": "st.graphviz_chart('digraph { a -> b }')",
    "maps": "st.map({'lat': [59.9], 'lon': [10.7]})",
    "echarts": "st.echarts_chart({'series': [{'type': 'line', 'data': [1, 2]}]})",
    "mermaid": "st.mermaid_chart('graph TD; A-->B')",
}
#: `st.write` draws with the text commands, so it needs the text plugin; `st.pyplot` keeps its
#: image in media storage.
NEEDS = {"write": "text", "forms": "widgets", "pyplot": "storage"}


def app_without(name: str) -> str:
    lines = ["import rill as st", "st.session_state.runs = st.session_state.get('runs', 0) + 1"]
    for plugin, call in SAMPLES.items():
        if plugin != name and NEEDS.get(plugin) != name:
            lines.append(call)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("name", sorted(BUILTIN_PLUGINS))
def test_app_runs_with_each_builtin_disabled(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".rill").mkdir()
    (tmp_path / ".rill" / "config.toml").write_text(f'[plugins]\ndisabled = ["{name}"]\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    # The app imports pandas, matplotlib and the chart encoders on its first run.
    at = AppTest.from_string(app_without(name)).run(timeout=60)
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state.runs == 1
    if name in SAMPLES:
        at = AppTest.from_string(f"import rill as st\n{SAMPLES[name]}\n").run()
        assert f"provided by the plugin '{name}'" in at.exception[0].value
        assert "plugins.disabled" in at.exception[0].value


def test_the_sidebar_belongs_to_the_layout_plugin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".rill").mkdir()
    (tmp_path / ".rill" / "config.toml").write_text('[plugins]\ndisabled = ["layout"]\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    for script in ("st.sidebar.markdown('x')", "with st.sidebar:\n    st.markdown('x')"):
        at = AppTest.from_string(f"import rill as st\n{script}\n").run()
        assert "st.sidebar is provided by the plugin 'layout'" in at.exception[0].value
        assert not at.sidebar.markdown
