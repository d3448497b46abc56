"""Which layout blocks enclose the place an element is written to, for the nesting rules.

A `Container` handle knows its own path and kind but not its ancestors', so the layout commands
note every block they create, by path, in the run's stash. A fragment run starts below blocks
created by an earlier full run; those are kept in the session's stash for it to look up.
"""

from __future__ import annotations

from typing import Any

from rill.plugins import SIDEBAR, Container, PathT, RillAPIError

_KEY = "layout.blocks"


def _blocks(ctx: Any) -> dict[PathT, str]:
    blocks: dict[PathT, str] | None = ctx.stash.get(_KEY)
    if blocks is None:
        blocks = ctx.stash[_KEY] = {}
        if ctx.fragment_id is None:
            ctx.session.stash[_KEY] = blocks
    return blocks


def note_block(ctx: Any, block: Container) -> None:
    """Remember that `block` (created by a layout command) now stands at its path."""
    blocks = _blocks(ctx)
    path = block.path
    for stale in [p for p in blocks if p[: len(path)] == path]:
        del blocks[stale]  # whatever stood at this path before, and inside it, is gone
    blocks[path] = block.kind


def enclosing_kinds(ctx: Any, parent: Container) -> list[str]:
    """Kinds of the layout blocks around an element written into `parent`, outermost first."""
    # A slot's next element replaces the slot itself: only the slot's ancestors enclose it.
    path = parent.path[:-1] if parent.slot else parent.path
    blocks = _blocks(ctx)
    earlier: dict[PathT, str] = ctx.session.stash.get(_KEY, {}) if ctx.fragment_id else {}
    root = ctx.root.path
    kinds = []
    for end in range(1, len(path) + 1):
        prefix = path[:end]
        kind = blocks.get(prefix)
        if kind is None and root[:end] == prefix:
            kind = earlier.get(prefix)
        if kind is not None:
            kinds.append(kind)
    return kinds


def check_columns(ctx: Any, parent: Container) -> None:
    """Columns nest at most one level, and not at all in the sidebar."""
    depth = enclosing_kinds(ctx, parent).count("column")
    if depth and parent.path[0] == SIDEBAR:
        raise RillAPIError(
            "Columns cannot be placed inside other columns in the sidebar. This is only "
            "possible in the main area of the app."
        )
    if depth > 1:
        raise RillAPIError(
            "Columns can only be placed inside other columns up to one level of nesting."
        )


def check_expander(ctx: Any, parent: Container) -> None:
    """Expanders do not nest."""
    if "expander" in enclosing_kinds(ctx, parent):
        raise RillAPIError("Expanders may not be nested inside other expanders.")
