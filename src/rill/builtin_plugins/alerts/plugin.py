"""Hook implementations of the alerts plugin."""

from __future__ import annotations

from collections.abc import Sequence

from rill.plugins import ElementType, hookimpl

KINDS = ("success", "info", "warning", "error", "exception")


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return [ElementType(kind) for kind in KINDS]
