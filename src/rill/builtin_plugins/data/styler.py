"""A pandas Styler's output for the browser: each cell's display text, text color and
background, by field.

pandas offers no public API for a Styler's computed cell styles; `_compute()`, `ctx` and
`_display_funcs` have been stable since pandas 1.3 and are what its own HTML rendering uses.
Index cells keep their values; only data cells are styled.
"""

from __future__ import annotations

from typing import Any

from rill.builtin_plugins.data.arrow import Table

_BACKGROUNDS = ("background-color", "background")


def styles_of(styler: Any, table: Table) -> dict[str, dict[str, list[str | None]]]:
    """`{"display": {field: [...]}, "color": {...}, "background": {...}}` for `table`'s rows.

    Columns without any color (or background) are left out of that mapping.
    """
    styler._compute()
    frame = styler.data
    ctx = styler.ctx
    rows = len(frame)
    display: dict[str, list[str | None]] = {}
    color: dict[str, list[str | None]] = {}
    background: dict[str, list[str | None]] = {}
    for field in table.fields:
        if field.kind != "data":
            continue
        j = field.position
        column = frame.iloc[:, j]
        display[field.name] = [
            _text(column.iat[i], styler._display_funcs[(i, j)]) for i in range(rows)
        ]
        colors: list[str | None] = []
        backs: list[str | None] = []
        for i in range(rows):
            css = dict(ctx.get((i, j), ()))  # the last value of a property wins, as in CSS
            colors.append(_css(css.get("color")))
            backs.append(_css(next((css[p] for p in _BACKGROUNDS if p in css), None)))
        if any(c is not None for c in colors):
            color[field.name] = colors
        if any(b is not None for b in backs):
            background[field.name] = backs
    return {"display": display, "color": color, "background": background}


#: What the Styler's default formatter makes of missing values: shown as the grid's empty cell.
_MISSING = frozenset({"nan", "None", "<NA>", "NaT"})


def _text(raw: Any, formatter: Any) -> str | None:
    import pandas as pd

    text = formatter(raw)
    if text is None:
        return None
    text = str(text)
    if text in _MISSING and not isinstance(raw, list | tuple | dict) and pd.isna(raw) is True:
        return None
    return text


def _css(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
