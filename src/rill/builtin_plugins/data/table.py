"""`st.table`: a static table, every row drawn at once; Styler display texts and colors kept."""

from __future__ import annotations

from typing import Any, Literal

from rill.builtin_plugins.data.append import append
from rill.builtin_plugins.data.arrow import Table, to_ipc
from rill.builtin_plugins.data.digest import props_digest
from rill.builtin_plugins.data.grid import check_height, check_width
from rill.builtin_plugins.data.sources import Source, source_of
from rill.builtin_plugins.data.styler import styles_of
from rill.plugins import Container, RillAPIError, add_element, command

#: Rows beyond this many are not sent: a static table of more is unreadable anyway (the
#: element says how many there were).
MAX_ROWS = 10_000


def table_props(source: Source, options: dict[str, Any]) -> dict[str, Any]:
    """The props of a `table` element showing `source` (at most `MAX_ROWS` rows)."""
    table = Table(source.frame)
    shown = min(table.num_rows, MAX_ROWS)
    props: dict[str, Any] = {
        "data": to_ipc(table.rows(0, shown)),
        "total_rows": table.num_rows,
        "columns": [
            {
                "field": field.name,
                "label": field.label,
                "kind": field.kind,
                "arrow_type": str(table.schema.field(field.name).type),
            }
            for field in table.fields
        ],
        "styles": None,
        **options,
    }
    if source.styler is not None and table.num_rows <= MAX_ROWS:
        props["styles"] = styles_of(source.styler, table)
    props["digest"] = props_digest("table", props)
    return props


@command("data")
def table(
    data: Any = None,
    *,
    border: bool | Literal["horizontal"] = True,
    width: int | Literal["stretch", "content"] = "stretch",
    height: int | Literal["content", "stretch"] = "content",
    hide_index: bool | None = None,
    hide_header: bool | None = None,
) -> Container:
    """Show a static table: every row at once, no scrolling inside it, sorting or editing.

    Good for small tables; `st.dataframe` suits large or interactive ones. It takes the same
    data as `st.dataframe`; a pandas Styler's display texts, colors and backgrounds are
    shown. At most 10,000 rows are drawn.

    Args:
        data: The data to show; None shows an empty table.
        border: True (borders around and between cells), False (none), or `"horizontal"`
            (lines between rows only).
        width: `"stretch"` (the container's width), `"content"` or pixels.
        height: `"content"` (every row), `"stretch"` or pixels (the table scrolls).
        hide_index: Hide the index columns (None: they are shown).
        hide_header: Hide the header row.

    Returns:
        The element's handle: `handle.add_rows(more)` appends rows; writing to it replaces
        the table.

    Example:
        st.table({"city": ["Oslo", "Lima"], "population (M)": [0.7, 10.1]})
    """
    if border not in (True, False, "horizontal"):
        raise RillAPIError(
            f'st.table: `border` must be True, False or "horizontal", not {border!r}.'
        )
    for name, flag in (("hide_index", hide_index), ("hide_header", hide_header)):
        if flag is not None and not isinstance(flag, bool):
            raise RillAPIError(f"st.table: `{name}` must be True, False or None, not {flag!r}.")
    options = {
        "border": border,
        "hide_index": hide_index,
        "hide_header": bool(hide_header),
        "width": check_width(width, None, "table"),
        "height": check_height(height, "table", ("content", "stretch")),
    }
    current = source_of(data)
    props = table_props(current, options)

    def extend(rows: Any) -> dict[str, Any]:
        nonlocal current
        current = append(current, rows)
        return table_props(current, options)

    return add_element("table", props, digest=props["digest"], extend=extend)
