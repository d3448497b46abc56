"""How `st.write` shows tables: registered by qualified class name, so nothing is imported
until a table is written."""

from __future__ import annotations

from typing import Any

from rill.plugins import find_command

#: Classes `st.write` shows with `st.dataframe`, by `f"{module}.{qualname}"` (pandas 3 reports
#: its public names, pandas 2 the defining modules; an Index subclass is found by its base).
TABLE_TYPES = (
    "pandas.DataFrame",
    "pandas.core.frame.DataFrame",
    "pandas.Series",
    "pandas.core.series.Series",
    "pandas.Index",
    "pandas.core.indexes.base.Index",
    "pandas.io.formats.style.Styler",
    "numpy.ndarray",
    "pyarrow.lib.Table",
    "pyarrow.lib.RecordBatch",
    "polars.dataframe.frame.DataFrame",
    "polars.series.series.Series",
    "polars.lazyframe.frame.LazyFrame",
)


def show(data: Any) -> None:
    """`st.write(data)` for a table: `st.dataframe`, or text for arrays of 3+ dimensions."""
    if type(data).__name__ == "ndarray" and data.ndim > 2:
        find_command("text")(str(data))
        return
    find_command("dataframe")(data)


HANDLERS = dict.fromkeys(TABLE_TYPES, f"{__name__}:show")
