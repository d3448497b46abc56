"""Hook implementations of the mermaid plugin."""

from __future__ import annotations

from collections.abc import Sequence

# Importing the command module registers st.mermaid_chart (for `find_command`, `col.<name>`).
from rill.builtin_plugins.mermaid import chart  # noqa: F401
from rill.plugins import ElementType, hookimpl

#: The one kind; its renderer (mermaid) loads on demand.
ELEMENTS = (
    ElementType(
        "mermaid_chart",
        props="rill.schemas.chart_libs:MermaidChartProps",
        apptest="rill.testing.v1.element_tree.chart_libs:MermaidChart",
        lazy=True,
    ),
)


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return ELEMENTS
