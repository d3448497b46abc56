"""Hook implementations of the write plugin."""

from __future__ import annotations

from collections.abc import Sequence

# Importing the command modules registers their st.* commands (for `find_command`, `col.<name>`).
from rill.builtin_plugins.write import dispatch, help, stream  # noqa: F401
from rill.plugins import ElementType, hookimpl

#: The module of the props models, named rather than imported: a server never needs them
#: (tests and the TypeScript generator do, through `ElementType.props_model()`).
_PROPS = "rill.schemas.elements"

ELEMENTS = (
    ElementType(
        "help",
        props="rill.schemas.misc:HelpProps",
        apptest="rill.testing.v1.element_tree.display:Help",
    ),
)


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return ELEMENTS
