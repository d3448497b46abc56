"""`st.columns` and `st.tabs`: blocks whose children are containers side by side."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

from rill.builtin_plugins.layout import sizing
from rill.builtin_plugins.layout.nesting import check_columns, note_block
from rill.plugins import Container, RillAPIError, add_element, command, require_ctx

GAPS = ("small", "medium", "large")
ALIGNMENTS = ("top", "center", "bottom")


def _weights(spec: int | Iterable[float]) -> list[float]:
    """Relative column widths from `spec`, or the error Streamlit users know."""
    problem = RillAPIError(
        "The input argument to st.columns must be either a positive integer or a list of "
        "positive numeric weights. See [documentation]"
        "(https://docs.streamlit.io/develop/api-reference/layout/st.columns) for more "
        "information."
    )
    if isinstance(spec, int):
        weights: list[Any] = [1] * spec
    elif isinstance(spec, Iterable) and not isinstance(spec, str | bytes):
        weights = list(spec)
    else:
        raise problem
    for weight in weights:
        is_number = isinstance(weight, int | float) or type(weight).__module__ == "numpy"
        if not is_number or isinstance(weight, bool):
            raise problem
        if not (math.isfinite(float(weight)) and float(weight) > 0):
            raise problem
    if not weights:
        raise problem
    return [float(weight) for weight in weights]


@command("layout")
def columns(
    spec: int | Sequence[float],
    *,
    gap: str | None = "small",
    vertical_alignment: str = "top",
    border: bool = False,
    width: Any = "stretch",
) -> list[Container]:
    """Containers laid out side by side.

    Columns can be placed inside other columns up to one level of nesting, and not inside
    other columns in the sidebar.

    Args:
        spec: The number of equal-width columns, or their relative widths (`[3, 1]`: the first
            three times as wide as the second).
        gap: The space between columns: `"small"`, `"medium"`, `"large"`, or None for none.
        vertical_alignment: How columns of different heights line up: `"top"`, `"center"` or
            `"bottom"`.
        border: Draw a border around each column.
        width: `"stretch"` (the parent's width) or the width of the row of columns in pixels
            (at most the parent's width).

    Returns:
        One container per column.

    Example:
        left, right = st.columns([2, 1])
        left.write("A wide column")
        with right:
            st.write("A narrow one")
    """
    weights = _weights(spec)
    if gap is not None and (not isinstance(gap, str) or gap.lower() not in GAPS):
        raise RillAPIError(
            'The gap argument to st.columns must be "small", "medium", or "large". \n'
            f"The argument passed was {gap}."
        )
    if vertical_alignment not in ALIGNMENTS:
        raise RillAPIError(
            'The vertical_alignment argument to st.columns must be "top", "center", or '
            f'"bottom". \nThe argument passed was {vertical_alignment}.'
        )
    ctx = require_ctx("columns")
    check_columns(ctx, ctx.containers[-1])
    props = {
        "gap": gap.lower() if gap is not None else None,
        "vertical_alignment": vertical_alignment,
        "border": bool(border),
        "width": sizing.width(width, "st.columns", allow_content=False),
    }
    row = add_element("columns", props, block=True)
    note_block(ctx, row)
    total = sum(weights)
    made = []
    for weight in weights:
        column = add_element("column", {"weight": weight / total}, block=True, container=row)
        note_block(ctx, column)
        made.append(column)
    return made


@command("layout")
def tabs(tabs: Sequence[str], *, width: Any = "stretch") -> list[Container]:
    """Containers shown one at a time, chosen by a row of tabs. The first tab is selected.

    Every tab's contents are computed and sent, whichever tab the user looks at.

    Args:
        tabs: The tab labels, as inline Markdown.
        width: Accepted for compatibility; the tabs fill the width of their parent.

    Returns:
        One container per tab.

    Example:
        chart, data = st.tabs(["📈 Chart", "🗃 Data"])
        chart.write("the chart")
        data.write("the data")
    """
    labels = list(tabs) if tabs is not None else []
    if not labels:
        raise RillAPIError("The input argument to st.tabs must contain at least one tab label.")
    if not all(isinstance(label, str) for label in labels):
        raise RillAPIError("The tabs input list to st.tabs is only allowed to contain strings.")
    ctx = require_ctx("tabs")
    block = add_element("tabs", {"labels": labels}, block=True)
    note_block(ctx, block)
    made = []
    for label in labels:
        tab = add_element("tab", {"label": label}, block=True, container=block)
        note_block(ctx, tab)
        made.append(tab)
    return made
