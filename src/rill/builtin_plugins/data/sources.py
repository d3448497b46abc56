"""Every table-like value a data command accepts, turned into a pandas DataFrame or a pyarrow
Table, and the format it came in (so that `st.data_editor` can give back the same type).

Types are recognised by their module and class names: pandas, NumPy, pyarrow and polars are
imported only when a value of theirs arrives. Anything else that offers a way out is taken
that way: the Arrow C stream (`__arrow_c_stream__`), `to_pandas()`, or the dataframe
interchange protocol (`__dataframe__`).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rill.plugins import RillAPIError

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa


class Format(enum.Enum):
    """The shape data came in."""

    EMPTY = "empty"
    PANDAS_DATAFRAME = "pandas.DataFrame"
    PANDAS_SERIES = "pandas.Series"
    PANDAS_INDEX = "pandas.Index"
    PANDAS_STYLER = "pandas.Styler"
    PANDAS_ARRAY = "pandas.array"
    NUMPY_LIST = "numpy 1-D"
    NUMPY_MATRIX = "numpy 2-D"
    ARROW_TABLE = "pyarrow.Table"
    ARROW_BATCH = "pyarrow.RecordBatch"
    ARROW_ARRAY = "pyarrow.Array"
    POLARS_DATAFRAME = "polars.DataFrame"
    POLARS_SERIES = "polars.Series"
    POLARS_LAZYFRAME = "polars.LazyFrame"
    LIST_OF_VALUES = "list of values"
    TUPLE_OF_VALUES = "tuple of values"
    SET_OF_VALUES = "set of values"
    LIST_OF_ROWS = "list of rows"
    LIST_OF_RECORDS = "list of records"
    KEY_VALUE_DICT = "dict of values"
    COLUMN_MAPPING = "dict of columns"
    OTHER = "other"


@dataclass
class Source:
    """Data ready to show.

    Attributes:
        frame: A pandas DataFrame, or a pyarrow Table (pyarrow and polars input, kept as
            Arrow, without a copy).
        format: The shape the user's data had.
        styler: The pandas Styler the data came in, if any.
        original: The user's object.
    """

    frame: pd.DataFrame | pa.Table
    format: Format
    styler: Any = None
    original: Any = None


def _package(obj: object) -> str:
    return type(obj).__module__.partition(".")[0]


def _name(obj: object) -> str:
    return type(obj).__name__


def is_scalar(value: Any) -> bool:
    """A single cell value rather than a row or a column."""
    if value is None or isinstance(value, str | bytes | int | float | complex | bool):
        return True
    if isinstance(value, Mapping | list | tuple | set | frozenset):
        return False
    if _package(value) == "numpy" and _name(value) != "ndarray":
        return True  # numpy scalars
    return not isinstance(value, Iterable)


def _value_frame(values: list[Any], index: list[Any] | None = None) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame({"value": values}, index=index)


def _named_value(frame: pd.DataFrame) -> pd.DataFrame:
    """A lone column pandas called `0` is called `value`, as Streamlit does."""
    if len(frame.columns) == 1 and frame.columns[0] == 0:
        return frame.rename(columns={0: "value"})
    return frame


def _pandas(data: Any) -> Source | None:
    import pandas as pd

    if isinstance(data, pd.DataFrame):
        return Source(data, Format.PANDAS_DATAFRAME, original=data)
    if isinstance(data, pd.Series):
        frame = data.to_frame() if data.name is not None else data.to_frame("value")
        return Source(frame, Format.PANDAS_SERIES, original=data)
    if isinstance(data, pd.Index):
        frame = data.to_frame(index=False, name=data.name if data.name is not None else "value")
        return Source(frame, Format.PANDAS_INDEX, original=data)
    if _name(data) == "Styler" and isinstance(getattr(data, "data", None), pd.DataFrame):
        return Source(data.data, Format.PANDAS_STYLER, styler=data, original=data)
    if isinstance(data, pd.api.extensions.ExtensionArray):
        return Source(_value_frame(list(data)), Format.PANDAS_ARRAY, original=data)
    return None


def _numpy(data: Any) -> Source:
    import pandas as pd

    if data.ndim == 0:
        return Source(pd.DataFrame(), Format.EMPTY, original=data)
    if data.ndim == 1:
        return Source(pd.DataFrame({"value": data}), Format.NUMPY_LIST, original=data)
    if data.ndim == 2:
        return Source(_named_value(pd.DataFrame(data)), Format.NUMPY_MATRIX, original=data)
    raise RillAPIError(
        f"A table cannot show a NumPy array of {data.ndim} dimensions; `data` must have one or two."
    )


def _arrow(data: Any) -> Source | None:
    import pyarrow as pa

    if isinstance(data, pa.Table):
        return Source(data, Format.ARROW_TABLE, original=data)
    if isinstance(data, pa.RecordBatch):
        return Source(pa.Table.from_batches([data]), Format.ARROW_BATCH, original=data)
    if isinstance(data, pa.Array | pa.ChunkedArray):
        return Source(pa.table({"value": data}), Format.ARROW_ARRAY, original=data)
    return None


def _polars(data: Any) -> Source | None:
    name = _name(data)
    if name == "DataFrame":
        return Source(data.to_arrow(), Format.POLARS_DATAFRAME, original=data)
    if name == "Series":
        column = data.name or "value"
        return Source(data.to_frame(column).to_arrow(), Format.POLARS_SERIES, original=data)
    if name == "LazyFrame":
        return Source(data.collect().to_arrow(), Format.POLARS_LAZYFRAME, original=data)
    return None


def _mapping(data: Mapping[Any, Any]) -> Source:
    import pandas as pd

    if not data:
        return Source(pd.DataFrame(), Format.KEY_VALUE_DICT, original=data)
    values = list(data.values())
    if all(is_scalar(v) for v in values):
        return Source(_value_frame(values, list(data.keys())), Format.KEY_VALUE_DICT, original=data)
    try:
        return Source(pd.DataFrame(dict(data)), Format.COLUMN_MAPPING, original=data)
    except ValueError as exc:
        raise RillAPIError(f"A table cannot show this dict: {exc}") from None


def _collection(data: Any) -> Source:
    import pandas as pd

    if isinstance(data, set | frozenset):
        items, format = list(data), Format.SET_OF_VALUES
    elif isinstance(data, tuple):
        items, format = list(data), Format.TUPLE_OF_VALUES
    else:
        items, format = list(data), Format.LIST_OF_VALUES
    if not items:
        return Source(pd.DataFrame(), format, original=data)
    if all(is_scalar(item) for item in items):
        return Source(_value_frame(items), format, original=data)
    if all(isinstance(item, Mapping) for item in items):
        return Source(pd.DataFrame(items), Format.LIST_OF_RECORDS, original=data)
    try:
        return Source(_named_value(pd.DataFrame(items)), Format.LIST_OF_ROWS, original=data)
    except (ValueError, TypeError) as exc:
        raise RillAPIError(f"A table cannot show this {type(data).__name__}: {exc}") from None


def source_of(data: Any) -> Source:
    """`data` as a pandas DataFrame or pyarrow Table, with the format it came in.

    Raises:
        RillAPIError: `data` is of a type no table can show (a number, a string), or an
            array of more than two dimensions.

    Example:
        source_of({"a": [1, 2]}).frame  # a DataFrame with column "a"
    """
    import pandas as pd

    if data is None:
        return Source(pd.DataFrame(), Format.EMPTY, original=None)
    package = _package(data)
    found: Source | None = None
    if package == "pandas":
        found = _pandas(data)
    elif package == "numpy" and _name(data) == "ndarray":
        return _numpy(data)
    elif package == "pyarrow":
        found = _arrow(data)
    elif package == "polars":
        found = _polars(data)
    if found is not None:
        return found
    if isinstance(data, Mapping):
        return _mapping(data)
    if isinstance(data, str | bytes) or not (
        isinstance(data, Iterable)
        or hasattr(data, "__arrow_c_stream__")
        or callable(getattr(data, "to_pandas", None))
        or callable(getattr(data, "__dataframe__", None))
    ):
        raise RillAPIError(
            f"A table cannot show a value of type {type(data).__name__}: `data` must be a "
            "dataframe, an array, a dict or a collection of rows or values."
        )
    return _converted(data)


def _converted(data: Any) -> Source:
    if hasattr(data, "__arrow_c_stream__"):
        import pyarrow as pa

        return Source(pa.table(data), Format.OTHER, original=data)
    if callable(getattr(data, "to_pandas", None)):
        converted = source_of(data.to_pandas())
        return Source(converted.frame, Format.OTHER, converted.styler, data)
    if callable(getattr(data, "__dataframe__", None)):
        import pyarrow.interchange

        return Source(pyarrow.interchange.from_dataframe(data), Format.OTHER, original=data)
    return _collection(data)


def frame_of(data: Any) -> pd.DataFrame:
    """Anything a table can show, as a pandas DataFrame (Arrow data converted)."""
    import pandas as pd

    frame = source_of(data).frame
    return frame if isinstance(frame, pd.DataFrame) else frame.to_pandas()
