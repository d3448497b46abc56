"""The props of a grid (`dataframe`, `data_editor`): rows as Arrow, columns, layout, digest.

`grid_props` is the one place the contract's props are made (see rill.schemas.data): every
row when there are at most `PAGE_THRESHOLD`, else the first `PAGE_SIZE` and a page URL; a
Styler's display texts and colors for frames that are not paged; and the digest that lets an
unchanged frame stay in the browser without being sent again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rill.builtin_plugins.data.arrow import Table, to_ipc
from rill.builtin_plugins.data.columns import column_specs, normalize_config, order_fields
from rill.builtin_plugins.data.digest import props_digest, table_digest
from rill.builtin_plugins.data.paging import register
from rill.builtin_plugins.data.sources import Source, source_of
from rill.builtin_plugins.data.styler import styles_of
from rill.plugins import RillAPIError, require_ctx
from rill.schemas.data_limits import PAGE_SIZE, PAGE_THRESHOLD

log = logging.getLogger("rill.data")

_COUNTER = "rill.data.keys"


def check_width(width: Any, use_container_width: bool | None, command: str) -> int | str:
    """`width` (`"stretch"`, `"content"` or pixels), after the deprecated `use_container_width`."""
    if width is None:
        width = "stretch"
    if use_container_width is not None:
        if not isinstance(use_container_width, bool):
            raise RillAPIError(f"st.{command}: `use_container_width` must be True, False or None.")
        if use_container_width:
            width = "stretch"
        elif width == "stretch":
            width = "content"
    if width in ("stretch", "content"):
        return str(width)
    if isinstance(width, bool) or not isinstance(width, int) or width <= 0:
        raise RillAPIError(
            f'st.{command}: `width` must be "stretch", "content" or a positive number of '
            f"pixels, not {width!r}."
        )
    return width


def check_height(height: Any, command: str, named: tuple[str, ...] = ("auto", "stretch")) -> Any:
    """`height`: one of `named` or a positive number of pixels (None: the first name)."""
    if height is None:
        return named[0]
    if height in named:
        return height
    if isinstance(height, bool) or not isinstance(height, int) or height <= 0:
        choices = ", ".join(f'"{n}"' for n in named)
        raise RillAPIError(
            f"st.{command}: `height` must be {choices} or a positive number of pixels, "
            f"not {height!r}."
        )
    return height


def _check_optional(value: Any, kind: type, name: str, command: str) -> Any:
    if value is not None and (
        (isinstance(value, bool) and kind is not bool) or not isinstance(value, kind)
    ):
        raise RillAPIError(
            f"st.{command}: `{name}` must be a {kind.__name__} or None, not {value!r}."
        )
    return value


@dataclass
class Grid:
    """A grid element ready to send."""

    props: dict[str, Any]
    digest: str
    table: Table
    source: Source


def grid_props(
    kind: str,
    data: Any,
    *,
    width: Any = "stretch",
    height: Any = "auto",
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Iterable[Any] | None = None,
    column_config: Any = None,
    row_height: int | None = None,
    placeholder: str | None = None,
    selection_mode: list[str] | None = None,
    editor: dict[str, Any] | None = None,
    source: Source | None = None,
) -> Grid:
    """Everything a `dataframe` (or, with `editor` props, a `data_editor`) element holds.

    Args:
        kind: `"dataframe"` or `"data_editor"`.
        data: Anything the commands accept (ignored when `source` is given).
        editor: `num_rows` and `disabled`, for the data editor.
        source: `data` already read (by `add_rows`).
    """
    source = source if source is not None else source_of(data)
    table = Table(source.frame)
    config = normalize_config(column_config)
    disabled = editor.get("disabled", False) if editor else False
    props: dict[str, Any] = {
        "total_rows": table.num_rows,
        "page_url": None,
        "columns": column_specs(table, config, disabled=disabled, editor=editor is not None),
        "column_order": order_fields(table, column_order),
        "hide_index": _check_optional(hide_index, bool, "hide_index", kind),
        "width": check_width(width, use_container_width, kind),
        "height": check_height(height, kind),
        "row_height": _check_optional(row_height, int, "row_height", kind),
        "placeholder": _check_optional(placeholder, str, "placeholder", kind),
        "selection_mode": list(selection_mode or []),
        "styles": None,
    }
    if row_height is not None and row_height <= 0:
        raise RillAPIError(f"st.{kind}: `row_height` must be a positive number of pixels.")
    if editor:
        props.update(editor)
    if table.num_rows <= PAGE_THRESHOLD:
        props["data"] = to_ipc(table.rows())
        if source.styler is not None:
            props["styles"] = styles_of(source.styler, table)
        digest = props_digest(kind, props)
    else:
        if source.styler is not None:
            log.info(
                "st.%s: a Styler's styles are not shown for frames of more than %d rows",
                kind,
                PAGE_THRESHOLD,
            )
        content = table_digest(kind, props, table)
        props["page_url"] = register(require_ctx(kind), _key(content), table)
        props["data"] = to_ipc(table.rows(0, PAGE_SIZE))
        digest = props_digest(kind, props)
    props["digest"] = digest
    return Grid(props, digest, table, source)


def _key(content: str) -> str:
    """A key for a paged frame, the same in every run that shows the same frame here."""
    ctx = require_ctx("dataframe")
    seen: dict[str, int] = ctx.stash.setdefault(_COUNTER, {})
    n = seen.get(content, 0)
    seen[content] = n + 1
    return f"{content}{n}"
