"""Hook implementations of the status plugin."""

from __future__ import annotations

from collections.abc import Sequence

# Importing the command modules registers their st.* commands (for `find_command`, `col.<name>`).
from rill.builtin_plugins.status import (  # noqa: F401
    celebrations,
    echo,
    progress,
    skeleton,
    spinner,
    status,
    toast,
)
from rill.plugins import ElementType, hookimpl

#: The module of the props models, named rather than imported: a server never needs them
#: (tests and the TypeScript generator do, through `ElementType.props_model()`).
_PROPS = "rill.schemas.status"

_TREE = "rill.testing.v1.element_tree.status"

ELEMENTS = (
    ElementType("progress", props=f"{_PROPS}:ProgressProps", apptest=f"{_TREE}:Progress"),
    ElementType("spinner", props=f"{_PROPS}:SpinnerProps", apptest=f"{_TREE}:Spinner"),
    ElementType("status", props=f"{_PROPS}:StatusProps", apptest=f"{_TREE}:Status", block=True),
    ElementType("toast", props=f"{_PROPS}:ToastProps", apptest=f"{_TREE}:Toast"),
    ElementType("balloons", props=f"{_PROPS}:BalloonsProps", apptest=f"{_TREE}:Balloons"),
    ElementType("snow", props=f"{_PROPS}:SnowProps", apptest=f"{_TREE}:Snow"),
    ElementType("skeleton", props=f"{_PROPS}:SkeletonProps", apptest=f"{_TREE}:Skeleton"),
)


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return ELEMENTS
