"""`st.table`, and turning dataframe-like data into rows of display strings.

pandas, NumPy and pyarrow are imported only when a value of theirs is shown, never at import.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

from rill.plugins import Container, RillAPIError, add_element, command

#: Rows beyond this many are not sent: a static table of more is unreadable anyway.
MAX_ROWS = 10_000

_PANDAS_TYPES = frozenset({"DataFrame", "Series", "Styler"})
_ARROW_TYPES = frozenset({"Table", "RecordBatch"})


def is_dataframe_like(obj: object) -> bool:
    """Whether `obj` is a pandas, NumPy or pyarrow table-like value (not a scalar)."""
    cls = type(obj)
    package = cls.__module__.partition(".")[0]
    if package == "pandas":
        return cls.__name__ in _PANDAS_TYPES or cls.__name__.endswith("Index")
    if package == "numpy":
        return cls.__name__ == "ndarray"
    if package == "pyarrow":
        return cls.__name__ in _ARROW_TYPES
    return False


def is_convertible(obj: object) -> bool:
    """Whether `obj` offers a way to become a pandas DataFrame (polars, dataframe protocol)."""
    return callable(getattr(obj, "to_pandas", None)) or callable(
        getattr(obj, "__dataframe__", None)
    )


def _frame(data: Any) -> Any:
    """`data` as a pandas DataFrame."""
    import pandas as pd

    if isinstance(data, pd.DataFrame):
        return data
    if isinstance(data, pd.Series):
        return data.to_frame()
    if isinstance(data, pd.Index):
        return data.to_frame(index=False)
    if type(data).__name__ == "Styler" and isinstance(getattr(data, "data", None), pd.DataFrame):
        return data.data
    if callable(getattr(data, "to_pandas", None)):
        return _frame(data.to_pandas())
    if callable(getattr(data, "__dataframe__", None)):
        return pd.api.interchange.from_dataframe(data)
    if type(data).__module__.partition(".")[0] == "numpy":
        if data.ndim > 2:
            raise RillAPIError(f"A table cannot show an array of {data.ndim} dimensions.")
        return pd.DataFrame(data.reshape(1, 1) if data.ndim == 0 else data)
    if isinstance(data, Mapping):
        values = list(data.values())
        if values and all(_is_scalar(v) for v in values):
            return pd.DataFrame({"value": values}, index=list(data.keys()))
        return pd.DataFrame(dict(data))
    if isinstance(data, set | frozenset):
        data = list(data)
    if isinstance(data, Iterable) and not isinstance(data, str | bytes):
        return pd.DataFrame(list(data))
    raise RillAPIError(f"A table cannot show a value of type {type(data).__name__}.")


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | bytes | int | float | complex | bool)


def _cell(value: Any) -> str:
    if value is None:
        return "None"
    if isinstance(value, float) and math.isnan(value):
        return "NaN"
    return str(value)


def _label(value: Any) -> str:
    if isinstance(value, tuple):  # a MultiIndex entry
        return " ".join(str(part) for part in value)
    return str(value)


def table_props(data: Any) -> dict[str, Any]:
    """The props of a `table` element showing `data` (None: an empty table).

    At most `MAX_ROWS` rows are kept. Cells are shown as `str()` of their value.
    """
    if data is None:
        return {"columns": [], "rows": [], "index": None}
    frame = _frame(data)
    shown = frame.iloc[:MAX_ROWS]
    return {
        "columns": [_label(column) for column in frame.columns],
        "rows": [
            [_cell(value) for value in row] for row in shown.itertuples(index=False, name=None)
        ],
        "index": [_label(label) for label in shown.index],
    }


@command("write")
def table(data: Any = None, *, border: bool | str = True) -> Container:
    """Show a static table: every row at once, no scrolling, sorting or editing.

    Good for small tables; use `st.dataframe` for large or interactive ones. At most 10,000
    rows are shown.

    Args:
        data: A pandas DataFrame, Series or Index, a NumPy array, a pyarrow Table, a dict, a
            list of rows or records, or anything with `to_pandas()`; None shows an empty table.
        border: Accepted for compatibility; tables are drawn with borders.

    Returns:
        The element's handle: writing to it replaces the table.

    Example:
        st.table({"city": ["Oslo", "Lima"], "population (M)": [0.7, 10.1]})
    """
    return add_element("table", table_props(data))
