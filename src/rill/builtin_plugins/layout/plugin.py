"""Hook implementations of the layout plugin."""

from __future__ import annotations

from collections.abc import Sequence

from rill.plugins import ElementType, hookimpl

KINDS = ("container", "columns", "column", "tabs", "tab", "expander", "empty")


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return [ElementType(kind) for kind in KINDS]
