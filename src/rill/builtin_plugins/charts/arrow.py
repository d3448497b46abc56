"""Chart data as pandas frames, and frames as the Arrow IPC streams the browser decodes.

Charts accept what `st.dataframe` accepts: pandas, polars and pyarrow tables, NumPy arrays,
dicts, lists of records, Series... Every chart dataset travels as one Arrow IPC *stream* (bytes,
sent as a binary blob); the renderer turns it into the rows Vega draws. Datetimes keep their
time zone as pandas holds them: naive stays naive, aware stays aware.

pandas and pyarrow are imported when a chart is made, never when rill starts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from rill.plugins import RillAPIError

if TYPE_CHECKING:
    import pandas as pd


def to_frame(data: Any, what: str = "data") -> pd.DataFrame:
    """`data` as a pandas DataFrame (the same object when it already is one).

    Raises:
        RillAPIError: `data` is not something a table can be made of.
    """
    import pandas as pd

    if data is None:
        return pd.DataFrame()
    if isinstance(data, pd.DataFrame):
        return data
    if isinstance(data, pd.Series):
        return data.to_frame()
    if isinstance(data, pd.Index):
        return data.to_frame(index=False)
    styler = getattr(data, "data", None)
    if type(data).__name__ == "Styler" and isinstance(styler, pd.DataFrame):
        return styler
    module = type(data).__module__.partition(".")[0]
    if module == "polars":
        frame = data.to_frame() if type(data).__name__ == "Series" else data
        if hasattr(frame, "collect"):  # a LazyFrame
            frame = frame.collect()
        converted: pd.DataFrame = frame.to_pandas()
        return converted
    if module == "pyarrow" and hasattr(data, "to_pandas"):
        table = data.to_pandas()
        return table if isinstance(table, pd.DataFrame) else table.to_frame()
    if hasattr(data, "to_pandas") and callable(data.to_pandas):
        result = data.to_pandas()
        if isinstance(result, pd.DataFrame):
            return result
        if isinstance(result, pd.Series):
            return result.to_frame()
    if hasattr(data, "__dataframe__"):
        interchanged: pd.DataFrame = pd.api.interchange.from_dataframe(data)
        return interchanged
    if isinstance(data, Mapping) and data and not any(_is_sequence(v) for v in data.values()):
        return pd.DataFrame([dict(data)])  # one record
    tabular = hasattr(data, "__array__") or isinstance(data, Iterable | Mapping)
    if isinstance(data, str | bytes) or not tabular:
        raise RillAPIError(
            f"The `{what}` argument must be a table (a pandas, polars or pyarrow DataFrame, a "
            f"NumPy array, a dict of columns or a list of records), not {type(data).__name__}."
        )
    try:
        return pd.DataFrame(data)
    except (TypeError, ValueError) as exc:
        raise RillAPIError(
            f"The `{what}` argument could not be turned into a table ({type(data).__name__}): {exc}"
        ) from exc


def _is_sequence(value: Any) -> bool:
    return isinstance(value, list | tuple) or hasattr(value, "__array__")


def string_columns(df: pd.DataFrame) -> pd.DataFrame:
    """`df` with every column name a string (Vega-Lite fields are strings)."""
    if all(isinstance(c, str) for c in df.columns):
        return df
    renamed = df.copy(deep=False)
    renamed.columns = [str(c) for c in df.columns]
    return renamed


def frame_to_ipc(df: pd.DataFrame) -> bytes:
    """`df`'s columns as an Arrow IPC stream; a named index becomes a column, others are dropped.

    Columns that Arrow cannot type as they are (Python objects of mixed types) are sent as text.
    """
    import pandas as pd
    import pyarrow as pa

    frame = df
    if _index_is_data(frame):
        frame = frame.reset_index()
    frame = string_columns(frame)
    periods = [c for c in frame.columns if isinstance(frame[c].dtype, pd.PeriodDtype)]
    if periods:  # Arrow has no periods a browser reads: their start instants
        frame = frame.assign(**{c: frame[c].dt.to_timestamp() for c in periods})
    try:
        table = pa.Table.from_pandas(frame, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        table = pa.Table.from_pandas(_texts_for_objects(frame), preserve_index=False)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return bytes(sink.getvalue())


def ipc_to_frame(blob: bytes) -> pd.DataFrame:
    """An Arrow IPC stream back into a pandas DataFrame (for AppTest and `add_rows`)."""
    import pyarrow as pa

    with pa.ipc.open_stream(pa.py_buffer(blob)) as reader:
        frame: pd.DataFrame = reader.read_all().to_pandas()
    return frame


def _index_is_data(df: pd.DataFrame) -> bool:
    names = [n for n in df.index.names if n is not None]
    return bool(names) and not any(str(n) in map(str, df.columns) for n in names)


def _texts_for_objects(df: pd.DataFrame) -> pd.DataFrame:
    import pyarrow as pa

    fixed = df.copy()
    for name in fixed.columns:
        try:
            pa.array(fixed[name], from_pandas=True)
        except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
            fixed[name] = fixed[name].map(lambda v: None if v is None else str(v))
    return fixed


def digest(*parts: bytes | str) -> str:
    """A short content hash of `parts` (for `add_element(digest=...)` and dataset names)."""
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()
