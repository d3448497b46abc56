"""Hook implementations of the alerts plugin."""

from __future__ import annotations

from collections.abc import Sequence

# Importing the command modules registers their st.* commands (for `find_command`, `col.<name>`).
from rill.builtin_plugins.alerts import commands  # noqa: F401
from rill.plugins import ElementType, hookimpl

#: The module of the props models, named rather than imported: a server never needs them
#: (tests and the TypeScript generator do, through `ElementType.props_model()`).
_PROPS = "rill.schemas.elements"

_TREE = "rill.testing.v1.element_tree.text"

ELEMENTS = (
    ElementType("success", props=f"{_PROPS}:AlertProps", apptest=f"{_TREE}:Success"),
    ElementType("info", props=f"{_PROPS}:AlertProps", apptest=f"{_TREE}:Info"),
    ElementType("warning", props=f"{_PROPS}:AlertProps", apptest=f"{_TREE}:Warning"),
    ElementType("error", props=f"{_PROPS}:AlertProps", apptest=f"{_TREE}:Error"),
)
# `exception` is the kernel's: the runtime shows a script's uncaught exception with it even
# when this plugin (and with it `st.exception`) is disabled.


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return ELEMENTS
