"""Hook implementations of the data plugin."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

# Importing the command modules registers their st.* commands (for `find_command`, `col.<name>`).
from rill.builtin_plugins.data import dataframe, editor, table  # noqa: F401
from rill.builtin_plugins.data.paging import PAGE_PATH, STASH_KEY, PageStore, release, serve_page
from rill.builtin_plugins.data.write import HANDLERS
from rill.plugins import ElementType, Kernel, Route, hookimpl

#: The props models and AppTest classes, named rather than imported: a server never needs them.
_PROPS = "rill.schemas.data"
_TREE = "rill.testing.v1.element_tree.data"

#: The grids load on demand (the canvas grid and Arrow are heavy); so does the table, which
#: reads Arrow too.
ELEMENTS = (
    ElementType(
        "dataframe", props=f"{_PROPS}:DataframeProps", apptest=f"{_TREE}:Dataframe", lazy=True
    ),
    ElementType(
        "data_editor",
        widget=True,
        props=f"{_PROPS}:DataEditorProps",
        apptest=f"{_TREE}:DataEditor",
        lazy=True,
    ),
    ElementType("table", props=f"{_PROPS}:TableProps", apptest=f"{_TREE}:Table", lazy=True),
)


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return ELEMENTS


@hookimpl
def rill_register_routes(kernel: Kernel) -> Sequence[Route]:
    return [Route(PAGE_PATH, serve_page)]


@hookimpl
def rill_register_write_handlers() -> Mapping[str, str]:
    return HANDLERS


@hookimpl
def rill_script_run_finished(session: Any, run: Any, status: str) -> None:
    store = session.stash.get(STASH_KEY)
    if isinstance(store, PageStore) and status in ("ok", "error"):
        store.settle(run.run_id, run.fragment_id)


@hookimpl
def rill_session_ended(session: Any) -> None:
    release(session)
