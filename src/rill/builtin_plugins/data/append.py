"""`add_rows`: new rows after the ones a table or dataframe shows, with the same columns."""

from __future__ import annotations

from typing import Any

from rill.builtin_plugins.data.sources import Format, Source, source_of
from rill.plugins import RillAPIError


def _names(frame: Any) -> list[str]:
    import pandas as pd

    columns = frame.columns if isinstance(frame, pd.DataFrame) else frame.column_names
    return [str(c) for c in columns]


def append(current: Source, rows: Any) -> Source:
    """`current` with `rows` (anything a table accepts) after it.

    A default index (0, 1, 2...) goes on counting; any other index is kept as given.

    Raises:
        RillAPIError: the new rows do not have the same columns.
    """
    import pandas as pd
    import pyarrow as pa

    new = source_of(rows).frame
    old = current.frame
    old_names, new_names = _names(old), _names(new)
    if old_names and old_names != new_names:
        raise RillAPIError(
            f"add_rows(): the new rows have the columns {new_names}, but the table has "
            f"{old_names}; pass rows with the same columns, in the same order."
        )
    if isinstance(old, pa.Table):
        new_table = (
            new if isinstance(new, pa.Table) else pa.Table.from_pandas(new, preserve_index=False)
        )
        if old.num_columns == 0:
            return Source(new_table, Format.ARROW_TABLE)
        try:
            grown = pa.concat_tables([old, new_table], promote_options="permissive")
        except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
            raise RillAPIError(f"add_rows(): the new rows do not fit the table: {exc}") from None
        return Source(grown, current.format)
    new_frame = new if isinstance(new, pd.DataFrame) else new.to_pandas()
    if old.empty and not old_names:
        return Source(new_frame, Format.PANDAS_DATAFRAME)
    counting = _default_index(old.index) and _default_index(new_frame.index)
    grown_frame = pd.concat([old, new_frame], ignore_index=counting)
    return Source(grown_frame, Format.PANDAS_DATAFRAME)


def _default_index(index: Any) -> bool:
    import pandas as pd

    return isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1
