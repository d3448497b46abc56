"""Hook implementations of the layout plugin."""

from __future__ import annotations

from collections.abc import Sequence

# Importing the command modules registers their st.* commands (for `find_command`, `col.<name>`).
from rill.builtin_plugins.layout import columns, containers  # noqa: F401
from rill.plugins import ElementType, hookimpl
from rill.schemas.elements import (
    ColumnProps,
    ColumnsProps,
    ContainerProps,
    EmptyProps,
    ExpanderProps,
    TabProps,
    TabsProps,
)

_TREE = "rill.testing.v1.element_tree.blocks"

ELEMENTS = (
    ElementType("container", props=ContainerProps, block=True),
    ElementType("columns", props=ColumnsProps, block=True),
    ElementType("column", props=ColumnProps, apptest=f"{_TREE}:Column", block=True),
    ElementType("tabs", props=TabsProps, block=True),
    ElementType("tab", props=TabProps, apptest=f"{_TREE}:Tab", block=True),
    ElementType("expander", props=ExpanderProps, apptest=f"{_TREE}:Expander", block=True),
    ElementType("empty", props=EmptyProps),
)


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return ELEMENTS
