"""Hook implementations of the graphviz plugin."""

from __future__ import annotations

from collections.abc import Sequence

# Importing the command module registers st.graphviz_chart (for `find_command`, `col.<name>`).
from rill.builtin_plugins.graphviz import chart  # noqa: F401
from rill.plugins import ElementType, hookimpl

#: The one kind; its renderer (Graphviz as WebAssembly) loads on demand.
ELEMENTS = (
    ElementType(
        "graphviz_chart",
        props="rill.schemas.chart_libs:GraphvizChartProps",
        apptest="rill.testing.v1.element_tree.chart_libs:GraphvizChart",
        lazy=True,
    ),
)


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return ELEMENTS
