"""Selections in `st.dataframe`: the modes, the state a script reads, and the browser's value.

The state is Streamlit's: `{"selection": {"rows": [...], "columns": [...], "cells": [...]}}`,
readable by key or attribute (`event.selection.rows`). Rows are positions in the frame as the
user gave it (never positions in a sorted view); columns are column names; cells are
`(row, column)` tuples.

What the browser sends is checked against the frame it was shown: every row in range, every
column a data column, at most one of each for the single modes, nothing of a kind whose mode
is off. A value that fails is ignored (with a warning in the log), as for any widget.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from rill.plugins import RillAPIError

MODES = ("single-row", "multi-row", "single-column", "multi-column", "single-cell", "multi-cell")


class AttributeDict(dict[str, Any]):
    """A dict whose keys are also attributes (`state.selection.rows`)."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"no attribute {name!r}; keys are {sorted(self)}") from None

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value


def state(
    rows: Iterable[int] = (), columns: Iterable[str] = (), cells: Iterable[tuple[int, str]] = ()
) -> AttributeDict:
    """A selection state."""
    selection = AttributeDict(
        rows=list(rows), columns=list(columns), cells=[tuple(c) for c in cells]
    )
    return AttributeDict(selection=selection)


def check_modes(selection_mode: Any) -> list[str]:
    """`selection_mode` (one mode or several) as a list, or a RillAPIError naming the problem."""
    modes = [selection_mode] if isinstance(selection_mode, str) else selection_mode
    if not isinstance(modes, Iterable):
        raise RillAPIError(
            f"`selection_mode` must be a mode or a list of modes: {', '.join(MODES)}."
        )
    out = []
    for mode in modes:
        if mode not in MODES:
            raise RillAPIError(
                f"Invalid selection mode {mode!r} in `selection_mode`; use one of "
                + ", ".join(repr(m) for m in MODES)
                + "."
            )
        if mode not in out:
            out.append(mode)
    for kind in ("row", "column", "cell"):
        if f"single-{kind}" in out and f"multi-{kind}" in out:
            raise RillAPIError(
                f"`selection_mode` cannot have both 'single-{kind}' and 'multi-{kind}'."
            )
    return out


class Checker:
    """Reads the browser's selection (or `selection_default`) for one frame."""

    def __init__(self, modes: list[str], total_rows: int, columns: dict[str, str]) -> None:
        """Args: the modes, the frame's row count, field → column name of its data columns."""
        self.modes = modes
        self.total_rows = total_rows
        self.columns = columns
        self.names = {name: field for field, name in columns.items()}

    def _limit(self, kind: str, items: list[Any]) -> list[Any]:
        if f"multi-{kind}" in self.modes:
            return items
        if f"single-{kind}" in self.modes:
            if len(items) > 1:
                raise ValueError(f"more than one {kind} selected in single-{kind} mode")
            return items
        if items:
            raise ValueError(f"{kind}s selected while {kind} selection is off")
        return items

    def _row(self, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"row {value!r} is not a whole number")
        if not 0 <= value < self.total_rows:
            raise ValueError(f"row {value} is outside the frame's {self.total_rows} rows")
        return value

    def _field(self, value: Any) -> str:
        if not isinstance(value, str) or value not in self.columns:
            raise ValueError(f"column {value!r} is not a column of the frame")
        return value

    def wire(self, value: Any) -> AttributeDict:
        """The browser's value → the selection state (ValueError when it does not fit)."""
        if value is None:
            return state()
        if not isinstance(value, Mapping) or not isinstance(value.get("selection"), Mapping):
            raise ValueError("a selection must be {'selection': {rows, columns, cells}}")
        selection = value["selection"]
        parts = {}
        for name in ("rows", "columns", "cells"):
            part = selection.get(name, [])
            if not isinstance(part, list) or len(part) > max(self.total_rows, 1) * 4:
                raise ValueError(f"selection {name} must be a list")
            parts[name] = part
        rows = _unique(self._row(r) for r in parts["rows"])
        columns = _unique(self._field(c) for c in parts["columns"])
        cells = []
        for cell in parts["cells"]:
            if not isinstance(cell, list | tuple) or len(cell) != 2:
                raise ValueError(f"cell {cell!r} is not [row, column]")
            cells.append((self._row(cell[0]), self._field(cell[1])))
        return state(
            self._limit("row", rows),
            [self.columns[f] for f in self._limit("column", columns)],
            [(r, self.columns[f]) for r, f in self._limit("cell", _unique(cells))],
        )

    def to_wire(self, value: Mapping[str, Any]) -> dict[str, Any]:
        """A selection state → what the browser holds (column names as fields)."""
        selection = value.get("selection", {}) if isinstance(value, Mapping) else {}
        return {
            "selection": {
                "rows": [int(r) for r in selection.get("rows", [])],
                "columns": [self.names.get(str(c), str(c)) for c in selection.get("columns", [])],
                "cells": [
                    [int(r), self.names.get(str(c), str(c))] for r, c in selection.get("cells", [])
                ],
            }
        }

    def default(self, selection_default: Any) -> AttributeDict:
        """`selection_default` (a state, or a partial `{"rows": [...]}`) checked."""
        if selection_default is None:
            return state()
        if not isinstance(selection_default, Mapping):
            raise RillAPIError("`selection_default` must be a selection state dict or None.")
        inner = selection_default.get("selection", selection_default)
        try:
            return self.wire(self.to_wire({"selection": inner}))
        except ValueError as exc:
            raise RillAPIError(f"`selection_default` does not fit the data: {exc}.") from None


def _unique(items: Iterable[Any]) -> list[Any]:
    return list(dict.fromkeys(items))
