"""Hook implementations of the pyplot plugin."""

from __future__ import annotations

from collections.abc import Sequence

# Importing the command module registers st.pyplot (for `find_command`, `col.pyplot`).
from rill.builtin_plugins.pyplot import pyplot, render  # noqa: F401
from rill.plugins import ElementType, Kernel, hookimpl

ELEMENTS: tuple[ElementType, ...] = (
    ElementType(
        "image",
        props="rill.schemas.misc:ImageProps",
        apptest="rill.testing.v1.element_tree.display:Image",
    ),
)


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return ELEMENTS


@hookimpl
def rill_kernel_loaded(kernel: Kernel) -> None:
    render.prefer_agg()
