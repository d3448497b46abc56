"""`st.dataframe`: an interactive grid of any table-like data, with optional selections."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Literal

from rill.builtin_plugins.data import column_config as column_config
from rill.builtin_plugins.data.append import append
from rill.builtin_plugins.data.arrow import Table
from rill.builtin_plugins.data.grid import Grid, grid_props
from rill.builtin_plugins.data.selection import AttributeDict, Checker, check_modes
from rill.plugins import Container, RillAPIError, add_element, command, register_widget

SelectionModeArg = str | Iterable[str]


def _selection_columns(table: Table) -> dict[str, str]:
    return {f.name: f.label for f in table.fields if f.kind == "data"}


@command("data")
def dataframe(
    data: Any = None,
    width: int | Literal["stretch", "content"] = "stretch",
    height: int | Literal["auto", "stretch"] = "auto",
    *,
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Iterable[str] | None = None,
    column_config: dict[Any, Any] | None = None,
    key: str | int | None = None,
    on_select: Literal["ignore", "rerun"] | Callable[..., Any] = "ignore",
    selection_mode: SelectionModeArg = "multi-row",
    selection_default: dict[str, Any] | None = None,
    row_height: int | None = None,
    placeholder: str | None = None,
) -> Any:
    """Show data as an interactive grid: scroll, sort, resize, search, copy; select if asked.

    Accepts pandas DataFrames, Series, Index and Stylers, pyarrow Tables and RecordBatches,
    polars DataFrames, Series and LazyFrames, NumPy arrays (1-D, 2-D), dicts, lists, tuples and
    sets of values, rows or records, and anything with `__arrow_c_stream__`, `to_pandas()` or
    `__dataframe__`. Frames of more than 5,000 rows load page by page as the user scrolls.

    Args:
        data: The data to show; None shows an empty grid.
        width: `"stretch"` (the container's width), `"content"`, or pixels.
        height: `"auto"` (up to about ten rows, then scroll), `"stretch"`, or pixels.
        use_container_width: Deprecated: True is `width="stretch"`.
        hide_index: Hide the index columns (None: they are shown).
        column_order: The columns to show, in order (default: all).
        column_config: Column name (or `"_index"`) → an `st.column_config` column, a label,
            or None to hide the column.
        key: Identifies the grid's selection in `st.session_state`.
        on_select: `"ignore"` (no selections), `"rerun"` (rerun when the user selects), or a
            callback called before the rerun.
        selection_mode: `"single-row"`, `"multi-row"`, `"single-column"`, `"multi-column"`,
            `"single-cell"`, `"multi-cell"`, or several of them.
        selection_default: The selection before the user makes one
            (`{"selection": {"rows": [0]}}`).
        row_height: Pixels per row.
        placeholder: Text shown in empty (null) cells.

    Returns:
        With `on_select="ignore"`, the element's handle (`handle.add_rows(more)` appends
        rows). Otherwise the selection: `event.selection.rows`, `.columns`, `.cells`.

    Example:
        import pandas as pd

        df = pd.DataFrame({"city": ["Oslo", "Lima"], "population (M)": [0.7, 10.1]})
        event = st.dataframe(df, on_select="rerun", selection_mode="multi-row")
        st.write(df.iloc[event.selection.rows])
    """
    selecting = on_select != "ignore"
    if selecting and on_select != "rerun" and not callable(on_select):
        raise RillAPIError(
            f"You have passed {on_select!r} to `on_select`. But only 'ignore', 'rerun', or a "
            "callable is supported."
        )
    modes = check_modes(selection_mode) if selecting else []
    options: dict[str, Any] = {
        "width": width,
        "height": height,
        "use_container_width": use_container_width,
        "hide_index": hide_index,
        "column_order": column_order,
        "column_config": column_config,
        "row_height": row_height,
        "placeholder": placeholder,
        "selection_mode": modes,
    }
    grid = grid_props("dataframe", data, **options)
    if not selecting:
        return _static(grid, options)
    checker = Checker(modes, grid.table.num_rows, _selection_columns(grid.table))
    default = checker.default(selection_default)
    callback = on_select if callable(on_select) else None
    value: AttributeDict = register_widget(
        "dataframe",
        grid.props,
        key=key,
        params={"digest": grid.digest, "modes": tuple(modes), "default": repr(default)},
        default=default,
        deserialize=checker.wire,
        serialize=checker.to_wire,
        on_change=callback,
        settable=False,
        digest=grid.digest,
    )
    return value


def _static(grid: Grid, options: dict[str, Any]) -> Container:
    """The element without selections: a handle whose `add_rows` appends to it."""
    current = grid

    def extend(rows: Any) -> dict[str, Any]:
        nonlocal current
        source = append(current.source, rows)
        current = grid_props("dataframe", None, source=source, **options)
        return current.props

    return add_element("dataframe", grid.props, digest=grid.digest, extend=extend)
