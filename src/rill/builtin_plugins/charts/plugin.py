"""Hook implementations of the charts plugin."""

from __future__ import annotations

from collections.abc import Sequence

# Importing the command modules registers their st.* commands (for `find_command`, `col.<name>`).
from rill.builtin_plugins.charts import commands, vega_lite  # noqa: F401
from rill.plugins import ElementType, hookimpl

#: One element kind draws every chart; vega-embed, Vega and Vega-Lite load on demand.
ELEMENTS: tuple[ElementType, ...] = (
    ElementType(
        "vega_lite_chart",
        props="rill.schemas.charts:VegaLiteChartProps",
        apptest="rill.testing.v1.element_tree.charts:VegaLiteChart",
        lazy=True,
    ),
)


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return ELEMENTS
