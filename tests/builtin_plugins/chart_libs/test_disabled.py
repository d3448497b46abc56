"""A disabled chart plugin's commands raise an error naming the plugin; the others still work."""

from __future__ import annotations

import pytest
from chart_libs_harness import Make

CALLS = {
    "plotly": "st.plotly_chart({'data': []})",
    "graphviz": "st.graphviz_chart('digraph {}')",
    "maps": "st.map()\nst.pydeck_chart()",
    "echarts": "st.echarts_chart({})",
    "mermaid": "st.mermaid_chart('graph LR')",
}


@pytest.mark.parametrize("plugin", sorted(CALLS))
def test_each_chart_plugin_can_be_disabled(make: Make, plugin: str) -> None:
    flags = ["--plugins.disabled", f'["{plugin}"]']
    app = make(CALLS[plugin], flags=flags).run()
    assert app.error().startswith("FeatureDisabledError")
    assert f"provided by the plugin '{plugin}'" in app.error()
    others = "\n".join(call for name, call in CALLS.items() if name != plugin)
    make(others, flags=flags).run().ok()
