"""Hook implementations of the text plugin."""

from __future__ import annotations

from collections.abc import Sequence

from rill.plugins import ElementType, hookimpl

KINDS = (
    "markdown",
    "caption",
    "title",
    "header",
    "subheader",
    "text",
    "code",
    "json",
    "latex",
    "divider",
)


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return [ElementType(kind) for kind in KINDS]
