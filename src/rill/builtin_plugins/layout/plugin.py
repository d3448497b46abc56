"""Hook implementations of the layout plugin."""

from __future__ import annotations

from collections.abc import Sequence

# Importing the command modules registers their st.* commands (for `find_command`, `col.<name>`).
from rill.builtin_plugins.layout import columns, containers  # noqa: F401
from rill.plugins import ElementType, hookimpl

#: The module of the props models, named rather than imported: a server never needs them
#: (tests and the TypeScript generator do, through `ElementType.props_model()`).
_PROPS = "rill.schemas.elements"

_TREE = "rill.testing.v1.element_tree.blocks"

ELEMENTS = (
    ElementType("container", props=f"{_PROPS}:ContainerProps", block=True),
    ElementType("columns", props=f"{_PROPS}:ColumnsProps", block=True),
    ElementType("column", props=f"{_PROPS}:ColumnProps", apptest=f"{_TREE}:Column", block=True),
    ElementType("tabs", props=f"{_PROPS}:TabsProps", block=True),
    ElementType("tab", props=f"{_PROPS}:TabProps", apptest=f"{_TREE}:Tab", block=True),
    ElementType(
        "expander", props=f"{_PROPS}:ExpanderProps", apptest=f"{_TREE}:Expander", block=True
    ),
    ElementType("empty", props=f"{_PROPS}:EmptyProps"),
)


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return ELEMENTS
