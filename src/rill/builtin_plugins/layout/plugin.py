"""Hook implementations of the layout plugin."""

from __future__ import annotations

from collections.abc import Sequence

# Importing the command modules registers their st.* commands (for `find_command`, `col.<name>`).
from rill.builtin_plugins.layout import (  # noqa: F401
    badge,
    columns,
    containers,
    dialog,
    html,
    popover,
    space,
)
from rill.builtin_plugins.layout.scripts import SCRIPT_ROUTE, serve_script
from rill.plugins import ElementType, Kernel, Route, hookimpl

#: The modules of the props models, named rather than imported: a server never needs them
#: (tests and the TypeScript generator do, through `ElementType.props_model()`).
_PROPS = "rill.schemas.elements"
_LAYOUT = "rill.schemas.layout"

_TREE = "rill.testing.v1.element_tree.blocks"
_MARKS = "rill.testing.v1.element_tree.layout"

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
    ElementType("popover", props=f"{_LAYOUT}:PopoverProps", apptest=f"{_TREE}:Popover", block=True),
    ElementType("dialog", props=f"{_LAYOUT}:DialogProps", apptest=f"{_TREE}:Dialog", block=True),
    ElementType(
        "dialog_dismiss",
        props=f"{_LAYOUT}:DialogDismissProps",
        apptest=f"{_MARKS}:DialogDismiss",
        widget=True,
    ),
    # The sanitizer (DOMPurify) is only loaded by pages that show HTML.
    ElementType("html", props=f"{_LAYOUT}:HtmlProps", apptest=f"{_MARKS}:Html", lazy=True),
    ElementType("badge", props=f"{_LAYOUT}:BadgeProps", apptest=f"{_MARKS}:Badge"),
    ElementType("space", props=f"{_LAYOUT}:SpaceProps", apptest=f"{_MARKS}:Space"),
)


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return ELEMENTS


@hookimpl
def rill_register_routes(kernel: Kernel) -> Sequence[Route]:
    return [Route(SCRIPT_ROUTE, serve_script)]
