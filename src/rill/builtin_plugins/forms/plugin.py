"""Hook implementations of the forms plugin."""

from __future__ import annotations

from collections.abc import Sequence

# Importing the command modules registers their st.* commands (for `find_command`, `col.<name>`).
from rill.builtin_plugins.forms import commands  # noqa: F401
from rill.plugins import ElementType, hookimpl
from rill.schemas.elements import ButtonProps, FormProps

ELEMENTS = (
    ElementType(
        "form", props=FormProps, apptest="rill.testing.v1.element_tree.blocks:Form", block=True
    ),
    ElementType(
        "form_submit_button",
        widget=True,
        props=ButtonProps,
        apptest="rill.testing.v1.element_tree.widgets:Button",
    ),
)


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return ELEMENTS
