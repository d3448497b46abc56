"""Hook implementations of the plotly plugin."""

from __future__ import annotations

from collections.abc import Sequence

# Importing the command module registers st.plotly_chart (for `find_command`, `col.<name>`).
from rill.builtin_plugins.plotly import chart  # noqa: F401
from rill.plugins import ElementType, hookimpl

#: The one kind; its renderer (plotly.js) loads on demand.
ELEMENTS = (
    ElementType(
        "plotly_chart",
        props="rill.schemas.chart_libs:PlotlyChartProps",
        apptest="rill.testing.v1.element_tree.chart_libs:PlotlyChart",
        lazy=True,
    ),
)


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return ELEMENTS
