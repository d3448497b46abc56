"""One table, as Arrow: the fields it shows, its rows (any slice of them) as Arrow IPC, and back.

A `Table` wraps a pandas DataFrame or a pyarrow Table *by reference* and converts only the rows
asked for: a frame of ten million rows shows its first page without a copy of the rest. The
pandas frame is a shallow copy, which pandas' copy-on-write makes a snapshot: the user may
change their frame afterwards without changing the rows served.

Each column's Arrow type is settled once, over the whole column, so every page of a frame has
the same schema: a column of mixed Python objects (numbers and text together, complex numbers,
periods) becomes its `str()`, and stays text on every page. Index levels are ordinary fields,
marked in the field metadata (`rill:kind`), first; an unnamed index is the field `_index` with
an empty label. Datetimes keep their time zone exactly (naive stays naive).

pandas and pyarrow are imported when a table is made, never when this module is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from rill.schemas.data_limits import ROW_FIELD

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

#: Field name of an unnamed index (of each unnamed level `_index_<n>` of a MultiIndex).
INDEX_FIELD = "_index"

_KIND = b"rill:kind"
_LABEL = b"rill:label"


@dataclass(frozen=True)
class FieldInfo:
    """One field of a table.

    Attributes:
        name: The Arrow field's name (unique in the table).
        label: What the header says.
        kind: `"index"` for an index level, `"data"` for a column.
        position: The index level, or the column's position in the frame.
        key: The column's label in the user's frame (for column_config and edits).
    """

    name: str
    label: str
    kind: Literal["index", "data"]
    position: int
    key: Any


def label_of(value: Any) -> str:
    """A column or index label as header text (MultiIndex tuples joined by spaces)."""
    if isinstance(value, tuple):
        return " ".join(str(part) for part in value)
    return "" if value is None else str(value)


class _Names:
    """Unique field names: a repeated one gets ` (2)`, ` (3)`..."""

    def __init__(self) -> None:
        self.taken = {ROW_FIELD}

    def take(self, wanted: str) -> str:
        name, n = wanted, 1
        while name in self.taken:
            n += 1
            name = f"{wanted} ({n})"
        self.taken.add(name)
        return name


def _as_str(value: Any) -> str | None:
    import pandas as pd

    if value is None or (not isinstance(value, list | tuple | dict) and pd.isna(value) is True):
        return None
    return str(value)


def convert_column(values: pd.Series | pd.Index, type: pa.DataType | None = None) -> pa.Array:
    """One pandas column (or index level) as an Arrow array, or its `str()` if Arrow can't.

    With `type`, the values are converted to it (the type settled for the whole column).
    """
    import pandas as pd
    import pyarrow as pa

    if _needs_text(values):
        return pa.array([_as_str(v) for v in values], type=pa.string())
    try:
        series = values if isinstance(values, pd.Series) else pd.Series(values, copy=False)
        return pa.Array.from_pandas(series, type=type)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, ValueError):
        return pa.array([_as_str(v) for v in values], type=pa.string())


def _needs_text(values: pd.Series | pd.Index) -> bool:
    """Types the browser cannot draw from Arrow: periods, intervals, complex numbers."""
    import pandas as pd

    dtype = values.dtype
    if isinstance(dtype, pd.PeriodDtype | pd.IntervalDtype):
        return True
    return getattr(dtype, "kind", "") == "c"


class Table:
    """Rows to show, from a pandas DataFrame or a pyarrow Table, kept by reference.

    Args:
        frame: A pandas DataFrame (its index becomes index fields) or a pyarrow Table.
    """

    def __init__(self, frame: pd.DataFrame | pa.Table) -> None:
        import pandas as pd

        self.pandas: pd.DataFrame | None = None
        self.arrow: pa.Table | None = None
        names = _Names()
        fields: list[FieldInfo] = []
        if isinstance(frame, pd.DataFrame):
            self.pandas = frame.copy(deep=False)
            index = self.pandas.index
            # An empty frame (None, `{}`, `[]`) shows nothing at all, not an index column.
            blank = len(self.pandas.columns) == 0 and len(index) == 0
            levels = [] if blank else list(index.names)
            for level, name in enumerate(levels):
                unnamed = INDEX_FIELD if len(levels) == 1 else f"{INDEX_FIELD}_{level}"
                wanted = unnamed if name is None else label_of(name)
                fields.append(FieldInfo(names.take(wanted), label_of(name), "index", level, name))
            for position, column in enumerate(self.pandas.columns):
                label = label_of(column)
                fields.append(FieldInfo(names.take(label), label, "data", position, column))
            self.num_rows = len(self.pandas)
        else:
            self.arrow = frame
            for position, column in enumerate(frame.column_names):
                fields.append(FieldInfo(names.take(column), column, "data", position, column))
            self.num_rows = frame.num_rows
        self.fields = fields
        self._types: dict[str, pa.DataType] = {}
        self.schema = self._settle_schema()

    # -- the schema --------------------------------------------------------------------------

    def _raw(self, field: FieldInfo, rows: Any = None) -> Any:
        """A field's values in the pandas frame (all rows, or `iloc[rows]`)."""
        assert self.pandas is not None
        frame = self.pandas if rows is None else self.pandas.iloc[rows]
        if field.kind == "index":
            return frame.index.get_level_values(field.position)
        return frame.iloc[:, field.position]

    def _settle_schema(self) -> pa.Schema:
        import pandas as pd
        import pyarrow as pa

        arrow_fields = []
        for field in self.fields:
            if self.pandas is not None:
                values = self._raw(field)
                if values.dtype == object or _needs_text(values):
                    kind = convert_column(values).type  # the whole column decides
                else:
                    empty = values[:0] if isinstance(values, pd.Index) else values.iloc[:0]
                    kind = convert_column(empty).type
                self._types[field.name] = kind
            else:
                assert self.arrow is not None
                kind = self.arrow.schema.field(field.position).type
            meta = {_KIND: field.kind.encode(), _LABEL: field.label.encode()}
            arrow_fields.append(pa.field(field.name, kind, metadata=meta))
        return pa.schema(arrow_fields)

    def field(self, name: str) -> FieldInfo | None:
        """The field called `name`, if any."""
        for field in self.fields:
            if field.name == name:
                return field
        return None

    # -- rows as Arrow -------------------------------------------------------------------------

    def rows(self, start: int = 0, stop: int | None = None) -> pa.Table:
        """Rows `[start, stop)` as an Arrow table of this table's schema."""
        stop = self.num_rows if stop is None else min(stop, self.num_rows)
        start = max(0, min(start, stop))
        if self.arrow is not None:
            return self._arrow_rows(self.arrow.slice(start, stop - start))
        return self._pandas_rows(slice(start, stop))

    def take(self, indices: Any) -> pa.Table:
        """The rows at positions `indices` (an integer array), in that order."""
        if self.arrow is not None:
            return self._arrow_rows(self.arrow.take(indices))
        return self._pandas_rows(indices)

    def _arrow_rows(self, table: pa.Table) -> pa.Table:
        import pyarrow as pa

        return pa.Table.from_arrays(table.columns, schema=self.schema)

    def _pandas_rows(self, rows: Any) -> pa.Table:
        import pyarrow as pa

        arrays = []
        for field in self.fields:
            values = self._raw(field, rows)
            arrays.append(convert_column(values, self._types[field.name]))
        return pa.Table.from_arrays(arrays, schema=self.schema)

    def column(self, name: str) -> pa.Array | pa.ChunkedArray:
        """Every value of field `name`, as Arrow (for sorting)."""
        field = self.field(name)
        if field is None:
            raise KeyError(name)
        if self.arrow is not None:
            return self.arrow.column(field.position)
        return convert_column(self._raw(field), self._types[field.name])


# -- IPC ---------------------------------------------------------------------------------------


def to_ipc(table: pa.Table) -> bytes:
    """An Arrow IPC stream of `table`."""
    import pyarrow as pa

    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return bytes(sink.getvalue().to_pybytes())


def from_ipc(data: bytes) -> pa.Table:
    """The table in an Arrow IPC stream."""
    import pyarrow as pa

    with pa.ipc.open_stream(pa.py_buffer(data)) as reader:
        return reader.read_all()


def to_pandas(data: bytes | pa.Table) -> pd.DataFrame:
    """The pandas DataFrame a user expects from an encoded table: index fields back as the
    index (unnamed ones unnamed), column labels as headers, page row numbers dropped.

    Example:
        to_pandas(to_ipc(Table(df).rows()))  # equals df, up to dtypes Arrow changes
    """
    import pandas as pd

    table = from_ipc(bytes(data)) if isinstance(data, bytes | bytearray | memoryview) else data
    if ROW_FIELD in table.column_names:
        table = table.drop_columns([ROW_FIELD])
    index_names: list[str] = []
    index_labels: list[str | None] = []
    columns: list[str] = []
    for field in table.schema:
        meta = field.metadata or {}
        label = meta.get(_LABEL, field.name.encode()).decode()
        if meta.get(_KIND) == b"index":
            index_names.append(field.name)
            index_labels.append(label or None)
        else:
            columns.append(label)
    frame = table.to_pandas()
    if index_names:
        frame = frame.set_index(index_names)
        frame.index.names = index_labels
    else:
        frame.index = pd.RangeIndex(len(frame))
    frame.columns = columns
    return frame
