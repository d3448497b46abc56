"""Hook implementations of the write plugin."""

from __future__ import annotations

from collections.abc import Sequence

from rill.plugins import ElementType, hookimpl


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return [ElementType("table")]
