"""A data editor's editing state: read from the browser, applied to the data, given back in the
type the data came in.

The state is Streamlit's: `{"edited_rows": {row: {column: value}}, "added_rows": [{column:
value}], "deleted_rows": [row]}`, rows being positions in the data as given and columns their
names (`"_index"` for the index). The browser sends fields and JSON values; `Editing.read`
checks every part of it against the columns the browser was shown and drops (with a log line)
each cell that does not fit. Edits apply first, then deletions, then additions.
"""

from __future__ import annotations

import contextlib
import datetime
import logging
from collections.abc import Mapping
from typing import Any

from rill.builtin_plugins.data.arrow import INDEX_FIELD, Table
from rill.builtin_plugins.data.cells import BadCell, parse_cell
from rill.builtin_plugins.data.sources import Format, Source

log = logging.getLogger("rill.data")

#: The most rows one edit may add.
MAX_ADDED = 10_000


def empty() -> dict[str, Any]:
    return {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


class Editing:
    """How one data editor reads, writes and applies its editing state.

    Args:
        table: The table shown.
        specs: Its ColumnSpec dicts.
        num_rows: `"fixed"`, `"dynamic"`, `"add"` or `"delete"`.
    """

    def __init__(self, table: Table, specs: list[dict[str, Any]], num_rows: str) -> None:
        self.table = table
        self.specs = {spec["field"]: spec for spec in specs}
        self.can_add = num_rows in ("dynamic", "add")
        self.can_delete = num_rows in ("dynamic", "delete")
        indexes = [f for f in table.fields if f.kind == "index"]
        #: field → the name the state uses, and back.
        self.names = {f.name: f.name for f in table.fields}
        if len(indexes) == 1:
            self.names[indexes[0].name] = INDEX_FIELD
        self.fields = {name: field for field, name in self.names.items()}

    # -- from the browser ----------------------------------------------------------------------

    def _cells(self, cells: Any, where: str, problems: list[str]) -> dict[str, Any]:
        if not isinstance(cells, Mapping):
            raise ValueError(f"{where} must map columns to values")
        out: dict[str, Any] = {}
        for field, value in cells.items():
            spec = self.specs.get(field) if isinstance(field, str) else None
            if spec is None:
                problems.append(f"an edit of unknown column {field!r}")
                continue
            try:
                out[self.names[field]] = parse_cell(value, spec)
            except BadCell as exc:
                problems.append(f"the edit of {where}, column {field!r}: {exc}")
        return out

    def _row(self, text: Any) -> int | None:
        try:
            row = int(text)
        except (TypeError, ValueError):
            return None
        if isinstance(text, bool) or not 0 <= row < self.table.num_rows:
            return None
        return row

    def read(self, wire: Any) -> dict[str, Any]:
        """The browser's editing state (fields, JSON) → the Python state (names, values).

        Raises:
            ValueError: the value is not an editing state at all.
        """
        if wire is None:
            return empty()
        if not isinstance(wire, Mapping):
            raise ValueError("an editing state must be a dict")
        edited_wire = wire.get("edited_rows", {})
        added_wire = wire.get("added_rows", [])
        deleted_wire = wire.get("deleted_rows", [])
        if not isinstance(edited_wire, Mapping) or not isinstance(added_wire, list):
            raise ValueError("edited_rows must be a dict and added_rows a list")
        if not isinstance(deleted_wire, list):
            raise ValueError("deleted_rows must be a list")
        problems: list[str] = []
        edited: dict[int, dict[str, Any]] = {}
        for key, cells in edited_wire.items():
            row = self._row(key)
            if row is None:
                problems.append(f"edits of row {key!r}, not a row of the data")
                continue
            parsed = self._cells(cells, f"row {row}", problems)
            if parsed:
                edited[row] = parsed
        added: list[dict[str, Any]] = []
        if added_wire and not self.can_add:
            problems.append("added rows: num_rows does not allow adding")
        elif len(added_wire) > MAX_ADDED:
            raise ValueError(f"more than {MAX_ADDED} added rows")
        else:
            added = [
                self._cells(cells, f"added row {i}", problems) for i, cells in enumerate(added_wire)
            ]
        deleted: list[int] = []
        if deleted_wire and not self.can_delete:
            problems.append("deleted rows: num_rows does not allow deleting")
        else:
            rows = [self._row(r) if isinstance(r, int) else None for r in deleted_wire]
            deleted = sorted({r for r in rows if r is not None})
        if problems:
            # One line per edit, however many cells a (hostile) browser sent.
            more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
            log.warning("data_editor: ignored %s%s", "; ".join(problems[:3]), more)
        return {"edited_rows": edited, "added_rows": added, "deleted_rows": deleted}

    # -- to the browser -----------------------------------------------------------------------

    def write(self, state: Mapping[str, Any]) -> dict[str, Any]:
        """The Python state → JSON with fields, as the browser holds it."""
        return {
            "edited_rows": {
                str(row): self._json_cells(cells)
                for row, cells in (state.get("edited_rows") or {}).items()
            },
            "added_rows": [self._json_cells(cells) for cells in state.get("added_rows") or []],
            "deleted_rows": [int(r) for r in state.get("deleted_rows") or []],
        }

    def _json_cells(self, cells: Mapping[str, Any]) -> dict[str, Any]:
        return {self.fields.get(name, name): _json(value) for name, value in cells.items()}

    # -- applying ------------------------------------------------------------------------------

    def apply(self, source: Source, state: Mapping[str, Any]) -> Any:
        """The data with the edits applied, of the type it came in."""
        import pandas as pd

        frame = source.frame
        df = frame.copy() if isinstance(frame, pd.DataFrame) else frame.to_pandas()
        for row, cells in (state.get("edited_rows") or {}).items():
            for name, value in cells.items():
                self._set(df, int(row), name, value)
        deleted = [r for r in state.get("deleted_rows") or [] if 0 <= r < len(df)]
        if deleted:
            df = df.drop(df.index[deleted])
        added = state.get("added_rows") or []
        if added:
            df = self._add(df, added)
        return to_format(df, source)

    def _set(self, df: Any, row: int, name: str, value: Any) -> None:
        import pandas as pd

        field = self.table.field(self.fields.get(name, name))
        if field is None or row >= len(df):
            return
        if field.kind == "index":
            labels = list(df.index)
            if df.index.nlevels == 1:
                labels[row] = value
                df.index = _index(labels, df.index)
            else:
                levels = list(labels[row])
                levels[field.position] = value
                labels[row] = tuple(levels)
                df.index = pd.MultiIndex.from_tuples(labels, names=df.index.names)
            return
        try:
            df.iat[row, field.position] = value
        except (TypeError, ValueError):
            column = df.columns[field.position]
            df[column] = df[column].astype(object)
            df.iat[row, field.position] = value

    def _add(self, df: Any, added: list[dict[str, Any]]) -> Any:
        import pandas as pd

        counting = isinstance(df.index, pd.RangeIndex)
        rows, labels = [], []
        for cells in added:
            row = [None] * len(df.columns)
            for name, value in cells.items():
                field = self.table.field(self.fields.get(name, name))
                if field is not None and field.kind == "data":
                    row[field.position] = value
            label = cells.get(INDEX_FIELD)
            if not counting and label is None:
                log.warning("data_editor: ignored an added row without an index value")
                continue
            rows.append(row)
            labels.append(label)
        if not rows:
            return df
        extra = pd.DataFrame(rows, columns=df.columns)
        if counting:
            start = df.index.stop if len(df.index) else 0
            extra.index = pd.RangeIndex(start, start + len(rows))
        else:
            extra.index = pd.Index(labels, name=df.index.name)
        extra = extra.astype({c: df[c].dtype for c in df.columns if _fits(extra[c], df[c])})
        return pd.concat([df, extra])


def _index(values: list[Any], old: Any) -> Any:
    import pandas as pd

    try:
        return pd.Index(values, name=old.name, dtype=old.dtype)
    except (TypeError, ValueError):
        return pd.Index(values, name=old.name)


def _fits(new: Any, old: Any) -> bool:
    """Whether the added cells can take the column's dtype (no nulls in a numpy int column)."""
    if old.dtype == object:
        return False
    if new.isna().any() and getattr(old.dtype, "kind", "") in "iub":
        return False
    try:
        new.astype(old.dtype)
    except (TypeError, ValueError):
        return False
    return True


def _json(value: Any) -> Any:
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def to_format(df: Any, source: Source) -> Any:
    """An edited pandas frame back in the type of `source`'s data."""
    import pandas as pd

    original, format = source.original, source.format
    column = df.iloc[:, 0] if len(df.columns) else pd.Series([], dtype=object)
    if format in (Format.PANDAS_DATAFRAME, Format.PANDAS_STYLER, Format.EMPTY, Format.OTHER):
        return df
    if format == Format.PANDAS_SERIES:
        return column.rename(original.name)
    if format == Format.PANDAS_INDEX:
        return pd.Index(column, name=original.name)
    if format == Format.PANDAS_ARRAY:
        return pd.array(column.tolist(), dtype=original.dtype)
    if format == Format.NUMPY_LIST:
        return column.to_numpy()
    if format == Format.NUMPY_MATRIX:
        return df.to_numpy()
    if format in (Format.ARROW_TABLE, Format.ARROW_BATCH, Format.ARROW_ARRAY):
        return _to_arrow(df, source)
    if format in (Format.POLARS_DATAFRAME, Format.POLARS_SERIES, Format.POLARS_LAZYFRAME):
        return _to_polars(df, source)
    if format in (Format.LIST_OF_VALUES, Format.TUPLE_OF_VALUES, Format.SET_OF_VALUES):
        values = column.tolist()
        return {Format.TUPLE_OF_VALUES: tuple, Format.SET_OF_VALUES: set}.get(format, list)(values)
    if format == Format.LIST_OF_ROWS:
        return [list(row) for row in df.itertuples(index=False, name=None)]
    if format == Format.LIST_OF_RECORDS:
        return df.to_dict(orient="records")
    if format == Format.KEY_VALUE_DICT:
        return dict(zip(df.index.tolist(), column.tolist(), strict=True))
    if format == Format.COLUMN_MAPPING:
        first = next(iter(original.values()), None) if original else None
        if isinstance(first, Mapping):
            return df.to_dict(orient="dict")
        if isinstance(first, pd.Series):
            return df.to_dict(orient="series")
        return df.to_dict(orient="list")
    return df


def _to_arrow(df: Any, source: Source) -> Any:
    import pyarrow as pa

    table = pa.Table.from_pandas(df, preserve_index=False)
    schema = source.frame.schema if isinstance(source.frame, pa.Table) else None
    if schema is not None and schema.names == table.schema.names:
        # Keep the given types, unless an edit changed one (a text cell in an int column).
        with contextlib.suppress(pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
            table = table.cast(schema)
    if source.format == Format.ARROW_BATCH:
        columns = [column.combine_chunks() for column in table.columns]
        return pa.RecordBatch.from_arrays(columns, schema=table.schema)
    if source.format == Format.ARROW_ARRAY:
        return table.column(0).combine_chunks()
    return table


def _to_polars(df: Any, source: Source) -> Any:
    import polars as pl

    frame = pl.from_arrow(_to_arrow(df, Source(source.frame, Format.ARROW_TABLE)))
    assert isinstance(frame, pl.DataFrame)
    if source.format == Format.POLARS_SERIES:
        return frame.to_series(0).rename(source.original.name)
    if source.format == Format.POLARS_LAZYFRAME:
        return frame.lazy()
    return frame
