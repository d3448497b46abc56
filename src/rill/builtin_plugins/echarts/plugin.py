"""Hook implementations of the echarts plugin."""

from __future__ import annotations

from collections.abc import Sequence

# Importing the command module registers st.echarts_chart (for `find_command`, `col.<name>`).
from rill.builtin_plugins.echarts import chart  # noqa: F401
from rill.plugins import ElementType, hookimpl

#: The one kind; its renderer (ECharts) loads on demand.
ELEMENTS = (
    ElementType(
        "echarts_chart",
        props="rill.schemas.chart_libs:EchartsChartProps",
        apptest="rill.testing.v1.element_tree.chart_libs:EchartsChart",
        lazy=True,
    ),
)


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return ELEMENTS
