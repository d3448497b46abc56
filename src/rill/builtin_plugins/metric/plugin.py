"""Hook implementations of the metric plugin."""

from __future__ import annotations

from collections.abc import Sequence

# Importing the command module registers st.metric (for `find_command`, `col.metric`).
from rill.builtin_plugins.metric import metric  # noqa: F401
from rill.plugins import ElementType, hookimpl

ELEMENTS: tuple[ElementType, ...] = (
    ElementType(
        "metric",
        props="rill.schemas.misc:MetricProps",
        apptest="rill.testing.v1.element_tree.display:Metric",
    ),
)


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return ELEMENTS
