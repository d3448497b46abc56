"""`st.data_editor`: the grid, editable; returns the edited data in the type it was given."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Literal

from rill.builtin_plugins.data.edits import Editing, empty
from rill.builtin_plugins.data.grid import grid_props
from rill.plugins import RillAPIError, command, register_widget

NumRows = Literal["fixed", "dynamic", "add", "delete"]


def _check_disabled(disabled: Any) -> bool | list[str]:
    if isinstance(disabled, bool):
        return disabled
    if isinstance(disabled, str) or not isinstance(disabled, Iterable):
        raise RillAPIError(
            "st.data_editor: `disabled` must be True, False or a list of column names, not "
            f"{disabled!r}."
        )
    return [str(column) for column in disabled]


@command("data")
def data_editor(
    data: Any,
    *,
    width: int | Literal["stretch", "content"] = "stretch",
    height: int | Literal["auto", "stretch"] = "auto",
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Iterable[str] | None = None,
    column_config: dict[Any, Any] | None = None,
    num_rows: NumRows = "fixed",
    disabled: bool | Iterable[str] = False,
    key: str | int | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    row_height: int | None = None,
    placeholder: str | None = None,
) -> Any:
    """Show data in an editable grid and return it with the user's edits.

    Takes everything `st.dataframe` takes. Cells are edited in place (with a checkbox, a
    selectbox, a date picker... per column type); with `num_rows="dynamic"` rows can be added
    and deleted too. Every edited value is checked on the server against its column (type,
    bounds, options, `required`); values that do not fit are ignored.

    Args:
        data: The data to edit.
        width, height, use_container_width, hide_index, column_order, column_config,
            row_height, placeholder: As for `st.dataframe`.
        num_rows: `"fixed"` (no rows added or deleted), `"dynamic"` (both), `"add"` or
            `"delete"`.
        disabled: True to make every column read-only, or the columns that are.
        key: Identifies the editor; `st.session_state[key]` holds its editing state,
            `{"edited_rows": {row: {column: value}}, "added_rows": [...], "deleted_rows": [...]}`.
        on_change: Called with `args` and `kwargs` before the rerun an edit causes.
        args: Positional arguments for `on_change`.
        kwargs: Keyword arguments for `on_change`.

    Returns:
        The edited data, of the type of `data`: a pandas DataFrame, Series or Index, a
        pyarrow Table, a polars DataFrame or Series, a NumPy array, a list, a tuple, a set or
        a dict (a Styler gives a DataFrame).

    Example:
        import pandas as pd

        df = pd.DataFrame({"command": ["st.selectbox", "st.balloons"], "rating": [4, 5]})
        edited = st.data_editor(df, num_rows="dynamic", key="commands")
        st.write("Favorite:", edited.loc[edited["rating"].idxmax()]["command"])
    """
    if num_rows not in ("fixed", "dynamic", "add", "delete"):
        raise RillAPIError(
            f"st.data_editor: `num_rows` must be 'fixed', 'dynamic', 'add' or 'delete', not "
            f"{num_rows!r}."
        )
    read_only = _check_disabled(disabled)
    grid = grid_props(
        "data_editor",
        data,
        width=width,
        height=height,
        use_container_width=use_container_width,
        hide_index=hide_index,
        column_order=column_order,
        column_config=column_config,
        row_height=row_height,
        placeholder=placeholder,
        editor={"num_rows": num_rows, "disabled": read_only},
    )
    editing = Editing(grid.table, grid.props["columns"], num_rows)
    state: dict[str, Any] = register_widget(
        "data_editor",
        grid.props,
        key=key,
        params={"digest": grid.digest, "num_rows": num_rows, "disabled": repr(read_only)},
        default=empty(),
        deserialize=editing.read,
        serialize=editing.write,
        on_change=on_change,
        args=tuple(args or ()),
        kwargs=dict(kwargs or {}),
        settable=False,
        digest=grid.digest,
    )
    return editing.apply(grid.source, state)
