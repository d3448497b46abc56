"""Tables in AppTest: `st.dataframe`, `st.data_editor` and `st.table`.

`value` is a pandas DataFrame of every row (a paged frame's rows are read from the session,
as the browser would fetch them), with the index restored. Selections and edits are staged
like any widget value and sent by `run()`:

    at.dataframe[0].select_rows([0, 2]).run()
    at.data_editor[0].edit(0, "price", 9.5).add_row({"name": "new"}).delete_rows([3]).run()
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Self

from rill.testing.v1.element_tree.base import Element, Widget
from rill.testing.v1.errors import AppTestError

if TYPE_CHECKING:
    import pandas

    from rill.core.runtime.state import WidgetMeta


def _frame(element: Element) -> pandas.DataFrame:
    from rill.builtin_plugins.data.arrow import to_pandas
    from rill.builtin_plugins.data.paging import full_table

    props = element.props
    page_url = props.get("page_url")
    if page_url:
        table = full_table(element.root._session, page_url)
        if table is None:
            raise AppTestError("the paged frame of this element is no longer kept")
        return to_pandas(table)
    return to_pandas(bytes(props["data"]))


class Table(Element):
    """`st.table`: `value` is a pandas DataFrame of the rows the table shows."""

    TYPE = "table"

    @property
    def value(self) -> pandas.DataFrame:
        return _frame(self)


class Dataframe(Widget):
    """`st.dataframe`: `value` is a pandas DataFrame of every row of the grid.

    With selections on (`on_select`), `selection` is the selection state, and
    `select_rows`, `select_columns` and `select_cells` stage a new one.
    """

    TYPE = "dataframe"

    @property
    def value(self) -> pandas.DataFrame:
        return _frame(self)

    @property
    def key(self) -> str | None:
        return super().key if self._raw.id is not None else None

    @property
    def disabled(self) -> bool:
        return False

    @property
    def selection(self) -> Any:
        """The selection state (`selection.rows`...), or None without selections."""
        if self._raw.id is None:
            return None
        return self._ctx.staging.value_of(self)

    def _select(
        self,
        rows: Iterable[int] | None = None,
        columns: Iterable[str] | None = None,
        cells: Iterable[tuple[int, str]] | None = None,
    ) -> Self:
        if self._raw.id is None:
            raise AppTestError(
                "This dataframe has no selections: create it with on_select='rerun' (or a "
                "callback) to select in it."
            )
        current = self.selection or {"selection": {}}
        selection = dict(current["selection"])
        if rows is not None:
            selection["rows"] = list(rows)
        if columns is not None:
            selection["columns"] = list(columns)
        if cells is not None:
            selection["cells"] = [tuple(cell) for cell in cells]
        self._ctx.staging.stage(self, {"selection": selection})
        return self

    def select_rows(self, rows: Iterable[int]) -> Self:
        """Select these rows (positions in the data as given)."""
        return self._select(rows=list(rows), columns=None, cells=None)

    def select_columns(self, columns: Iterable[str]) -> Self:
        """Select these columns (by name)."""
        return self._select(rows=None, columns=list(columns), cells=None)

    def select_cells(self, cells: Iterable[tuple[int, str]]) -> Self:
        """Select these `(row, column)` cells."""
        return self._select(rows=None, columns=None, cells=list(cells))

    def clear_selection(self) -> Self:
        """Select nothing."""
        return self._select(rows=[], columns=[], cells=[])


def _json(value: Any) -> Any:
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    item = getattr(value, "item", None)
    return item() if callable(item) else value


class DataEditor(Widget):
    """`st.data_editor`: `value` is a pandas DataFrame of the data as sent (before edits);
    `editing_state` is the editing state. Stage edits with `edit`, `add_row` and
    `delete_rows`, then `run()`: the script gets the edited data."""

    TYPE = "data_editor"

    @property
    def value(self) -> pandas.DataFrame:
        return _frame(self)

    @property
    def disabled(self) -> bool:
        return self.props.get("disabled") is True

    @property
    def editing_state(self) -> dict[str, Any]:
        """`{"edited_rows": ..., "added_rows": ..., "deleted_rows": ...}`, staged or current."""
        state = self._ctx.staging.value_of(self)
        return dict(state) if isinstance(state, Mapping) else {}

    def _field(self, column: str) -> str:
        for spec in self.props.get("columns", []):
            if column in (spec["field"], spec["label"]) or (
                column == "_index" and spec["kind"] == "index"
            ):
                return str(spec["field"])
        raise AppTestError(f"The data editor has no column {column!r}.")

    def _stage(self, wire: dict[str, Any]) -> Self:
        def to_wire(value: Any, meta: WidgetMeta) -> Any:
            return value

        self._ctx.staging.stage(self, wire, to_wire)
        return self

    def _wire(self) -> dict[str, Any]:
        meta = self._ctx.staging.meta(self.id)
        state = self.editing_state
        if meta is None:
            return state
        wire: dict[str, Any] = meta.serialize(state)
        return wire

    def edit(self, row: int, column: str, value: Any) -> Self:
        """Set cell (`row`, `column`) to `value` (`row`: position in the data as given)."""
        wire = self._wire()
        wire["edited_rows"].setdefault(str(row), {})[self._field(column)] = _json(value)
        return self._stage(wire)

    def add_row(self, row: Mapping[str, Any]) -> Self:
        """Add a row: column name → value (`"_index"` for the index)."""
        wire = self._wire()
        wire["added_rows"].append({self._field(c): _json(v) for c, v in row.items()})
        return self._stage(wire)

    def delete_rows(self, rows: Iterable[int]) -> Self:
        """Delete these rows (positions in the data as given)."""
        wire = self._wire()
        wire["deleted_rows"] = sorted({*wire["deleted_rows"], *(int(r) for r in rows)})
        return self._stage(wire)
