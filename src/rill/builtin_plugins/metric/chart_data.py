"""The numbers of a metric's sparkline, from whatever sequence or table the script passes."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

from rill.plugins import RillAPIError


def chart_values(data: object) -> list[float | None]:
    """`data` as floats, with None where a value is missing (NaN, None, infinite).

    Lists, tuples, sets, ranges, generators, NumPy arrays, pandas Series and the first column of
    a table (pandas, polars or pyarrow DataFrame, a 2-D array, a dict of columns) are accepted.

    Raises:
        RillAPIError: `data` is not a sequence, or holds a value that is not a number.

    Example:
        chart_values([1, 2.5, float("nan")])  # [1.0, 2.5, None]
    """
    values: list[float | None] = []
    for item in _first_column(data):
        if item is None:
            values.append(None)
            continue
        try:
            number = float(item)
        except (TypeError, ValueError):
            raise RillAPIError(
                "The `chart_data` argument of st.metric takes numbers only: the value "
                f"{item!r} (of type {type(item).__name__}) cannot be converted to float."
            ) from None
        values.append(number if math.isfinite(number) else None)
    return values


def _first_column(data: object) -> Iterable[Any]:
    if isinstance(data, str | bytes | bytearray) or not _is_iterable(data):
        raise RillAPIError(
            "The `chart_data` argument of st.metric must be a sequence of numbers (a list, a "
            f"NumPy array, a pandas Series or a table's first column), not {type(data).__name__}."
        )
    package = type(data).__module__.partition(".")[0]
    name = type(data).__name__
    value: Any = data
    if package == "pandas" and name == "DataFrame":
        return [] if value.shape[1] == 0 else value.iloc[:, 0].tolist()
    if package in ("pandas", "numpy") and hasattr(value, "tolist"):
        if getattr(value, "ndim", 1) >= 2:
            return [row[0] for row in value.tolist() if len(row) > 0]
        listed = value.tolist()
        return listed if isinstance(listed, list) else [listed]
    if package == "polars":
        if name == "DataFrame":
            return [] if value.width == 0 else value.to_series(0).to_list()
        return list(value.to_list())
    if package == "pyarrow":
        if hasattr(value, "num_columns"):  # Table, RecordBatch
            return [] if value.num_columns == 0 else value.column(0).to_pylist()
        return list(value.to_pylist())
    if isinstance(value, Mapping):
        columns = list(value.values())
        first = columns[0] if columns else []
        if _is_iterable(first) and not isinstance(first, str | bytes):
            return _first_column(first)
        return columns
    if isinstance(value, set | frozenset):
        return sorted(value, key=_sort_key)
    return list(value)


def _is_iterable(value: object) -> bool:
    try:
        iter(value)  # type: ignore[call-overload]
    except TypeError:
        return False
    return True


def _sort_key(item: Any) -> tuple[int, Any]:
    """Numbers in order, anything else (reported as an error later) after them."""
    return (0, item) if isinstance(item, int | float) else (1, repr(item))
