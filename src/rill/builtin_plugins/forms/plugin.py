"""Hook implementations of the forms plugin."""

from __future__ import annotations

from collections.abc import Sequence

# Importing the command modules registers their st.* commands (for `find_command`, `col.<name>`).
from rill.builtin_plugins.forms import commands  # noqa: F401
from rill.plugins import ElementType, hookimpl

#: The module of the props models, named rather than imported: a server never needs them
#: (tests and the TypeScript generator do, through `ElementType.props_model()`).
_PROPS = "rill.schemas.elements"

ELEMENTS = (
    ElementType(
        "form",
        props=f"{_PROPS}:FormProps",
        apptest="rill.testing.v1.element_tree.blocks:Form",
        block=True,
    ),
    ElementType(
        "form_submit_button",
        widget=True,
        props=f"{_PROPS}:ButtonProps",
        apptest="rill.testing.v1.element_tree.widgets:Button",
    ),
)


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return ELEMENTS
