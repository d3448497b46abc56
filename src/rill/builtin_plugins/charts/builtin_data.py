"""The data of a built-in chart: which columns it plots, and the long-format table Vega draws.

`choose` reads the user's `x`, `y`, `color`, `size` and `sort` against the first table once;
`shape` applies that choice to a table (the first one, or the rows `add_rows` appends): the
index becomes a column when it is the x axis, unused columns go, and several y columns are
melted into one value column and one series column (pandas `melt`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rill.builtin_plugins.charts import colors
from rill.plugins import RillAPIError

if TYPE_CHECKING:
    import pandas as pd

#: Field names for what is not a user column (names chosen not to collide with real ones).
INDEX_FIELD = "(index)"
VALUE_FIELD = "(value)"
SERIES_FIELD = "(series)"


@dataclass
class Columns:
    """What a built-in chart plots, as field names of the shaped table.

    Attributes:
        x: The x field; the index's name (or `INDEX_FIELD`) when `x_is_index`.
        y: The plotted columns, as the user named them (several: melted into series).
        color: The user's color column, if `color` named one.
        size: The user's size column, if `size` named one.
        sort: The column bars are sorted by, if `sort` named one.
        x_is_index: True when the x axis is the table's index.
        next_index: For a RangeIndex x: where the index of appended rows continues.
    """

    x: str | None
    y: list[str]
    color: str | None = None
    size: str | None = None
    sort: str | None = None
    x_is_index: bool = False
    next_index: int | None = None
    #: Whether the color column holds colors (drawn as they are, without a legend).
    color_is_literal: bool = False

    @property
    def melted(self) -> bool:
        return len(self.y) > 1

    @property
    def y_field(self) -> str | None:
        if not self.y:
            return None
        return VALUE_FIELD if self.melted else self.y[0]

    @property
    def color_field(self) -> str | None:
        # Several y columns are told apart by series, whatever `color` names.
        return SERIES_FIELD if self.melted else self.color


def choose(
    df: pd.DataFrame,
    *,
    x: Any,
    y: Any,
    color: Any,
    size: Any,
    sort: Any = True,
) -> Columns:
    """Read the user's column arguments against `df` (whose column names are strings).

    Raises:
        RillAPIError: a named column does not exist, or an argument has the wrong type.
    """
    if x is not None and not isinstance(x, str):
        raise RillAPIError(
            f"The `x` argument must be a column name or None (the index), not {type(x).__name__}."
        )
    if x is not None:
        _require(df, x)
    color_column = color if isinstance(color, str) and color in df.columns else None
    size_column = size if isinstance(size, str) and size in df.columns else None
    if isinstance(size, str) and size_column is None:
        _require(df, size)
    sort_column = None
    if isinstance(sort, str):
        sort_column = sort.removeprefix("-")
        _require(df, sort_column)
    elif not isinstance(sort, bool):
        raise RillAPIError(
            f"The `sort` argument must be True, False or a column name (with a leading '-' for "
            f"descending order), not {sort!r}."
        )
    ys = _y_columns(df, y, x, color_column, size_column)
    chosen = Columns(x=x, y=ys, color=color_column, size=size_column, sort=sort_column)
    if x is None and ys:
        chosen.x_is_index = True
        name = df.index.name
        taken = {*df.columns}
        chosen.x = str(name) if name is not None and str(name) not in taken else INDEX_FIELD
        index = df.index
        if type(index).__name__ == "RangeIndex":
            chosen.next_index = int(index.stop) if len(index) else 0
    if color_column is not None and len(df[color_column]):
        chosen.color_is_literal = colors.is_color(df[color_column].iloc[0])
    return chosen


def _y_columns(
    df: pd.DataFrame, y: Any, x: str | None, color: str | None, size: str | None
) -> list[str]:
    if y is None:
        # Every remaining column is a series: all but x and the columns color and size name.
        return [c for c in df.columns if c not in (x, color, size)]
    if isinstance(y, str):
        names = [y]
    elif isinstance(y, Sequence) or hasattr(y, "__iter__"):
        names = [str(c) for c in y]
    else:
        raise RillAPIError(
            f"The `y` argument must be a column name, a list of column names or None, not "
            f"{type(y).__name__}."
        )
    for name in names:
        _require(df, name)
    return names


def _require(df: pd.DataFrame, name: str) -> None:
    if name not in df.columns:
        available = ", ".join(f"`{c}`" for c in df.columns) or "none"
        raise RillAPIError(
            f'Data does not have a column named "{name}". Available columns are {available}.'
        )


def shape(df: pd.DataFrame, cols: Columns, *, appended: bool = False) -> pd.DataFrame:
    """The table the chart draws: `df` reduced to the chosen columns, melted when wide.

    Args:
        df: The user's table (string column names), the first one or rows to append.
        cols: The choice `choose` made on the first table; `next_index` moves on when
            `appended` rows continue a RangeIndex.
        appended: True for `add_rows`: a RangeIndex of the new rows continues the old one.

    Raises:
        RillAPIError: appended rows lack one of the chart's columns.
    """
    import pandas as pd

    frame = df
    if cols.x_is_index and cols.x is not None:
        index = frame.index
        if type(index).__name__ == "MultiIndex":
            index = pd.Index([", ".join(map(str, key)) for key in index])
        if appended and cols.next_index is not None and type(index).__name__ == "RangeIndex":
            start = cols.next_index
            index = pd.RangeIndex(start, start + len(frame))
        if cols.next_index is not None and type(index).__name__ == "RangeIndex":
            cols.next_index = int(index.stop) if len(index) else cols.next_index
        frame = frame.set_axis(index, axis=0)
        frame = frame.rename_axis(cols.x).reset_index()
    keep: list[str] = []
    for name in (cols.x, cols.color, cols.size, cols.sort, *cols.y):
        if name is not None and name not in keep:
            keep.append(name)
    missing = [name for name in keep if name not in frame.columns]
    if missing:
        raise RillAPIError(
            f"The rows to add lack the chart's column(s) {', '.join(map(repr, missing))}."
        )
    frame = frame[keep]
    if cols.color is not None and cols.color_is_literal:
        frame = frame.assign(**{cols.color: frame[cols.color].map(_css_or_none)})
    if not cols.melted:
        return frame
    ids = list(dict.fromkeys(n for n in (cols.x, cols.size, cols.sort, cols.color) if n))
    # Melted column by column; the other columns repeat beside each (pandas' own `id_vars`
    # would drop a y column that is also x).
    melted = frame[cols.y].melt(var_name=SERIES_FIELD, value_name=VALUE_FIELD)
    for position, name in enumerate(ids):
        repeated = pd.concat([frame[name]] * len(cols.y), ignore_index=True)
        melted.insert(position, name, repeated)
    values = melted[VALUE_FIELD]
    if values.dtype == object:
        # Columns of different types melted together: numbers where they all are numbers.
        numeric = pd.to_numeric(values, errors="coerce")
        if numeric.notna().sum() == values.notna().sum():
            melted[VALUE_FIELD] = numeric
    return melted


def _css_or_none(value: Any) -> str | None:
    try:
        return colors.to_css(value)
    except ValueError:
        return None
