"""What the four built-in chart commands share: from the user's table and arguments to the
element, and the `add_rows` that grows it."""

from __future__ import annotations

from typing import Any

from rill.builtin_plugins.charts import arrow
from rill.builtin_plugins.charts.builtin_data import choose, shape
from rill.builtin_plugins.charts.builtin_spec import STACK_VALUES, ChartKind, build_spec
from rill.builtin_plugins.charts.element import (
    chart_props,
    check_size,
    normalize_alt,
    show_chart,
)
from rill.builtin_plugins.charts.specs import MAIN, add_autosize
from rill.plugins import Container, RillAPIError

#: The height of a built-in chart whose `height` is "content" (or "stretch"), in pixels.
DEFAULT_HEIGHT = 350

_NAMES: dict[ChartKind, str] = {
    "line": "Line chart",
    "area": "Area chart",
    "bar": "Bar chart",
    "scatter": "Scatter chart",
}


def check_stack(stack: Any) -> None:
    if stack not in STACK_VALUES or (stack is not None and not isinstance(stack, bool | str)):
        raise RillAPIError(
            f"Invalid value for the `stack` argument: {stack!r}. Expected one of True, False, "
            "'normalize', 'center', 'layered' or None."
        )


def sizes(width: Any, height: Any, use_container_width: bool | None) -> tuple[Any, Any]:
    """The element's width and height from the arguments (`use_container_width` is the
    deprecated spelling of `width="stretch"`)."""
    check_size("width", width)
    check_size("height", height)
    if use_container_width is True:
        width = "stretch"
    elif use_container_width is False and not isinstance(width, int):
        width = "content"
    return width, height


def builtin_chart(
    kind: ChartKind,
    data: Any,
    *,
    x: Any,
    y: Any,
    x_label: str | None,
    y_label: str | None,
    color: Any,
    size: Any = None,
    stack: Any = None,
    horizontal: bool = False,
    sort: bool | str = True,
    width: Any,
    height: Any,
    use_container_width: bool | None,
    alt: str | None,
) -> Container:
    """Build and show one built-in chart; its handle supports `add_rows`."""
    width, height = sizes(width, height, use_container_width)
    description = normalize_alt(alt)
    table = arrow.string_columns(arrow.to_frame(data))
    cols = choose(table, x=x, y=y, color=color, size=size, sort=sort)
    frame = shape(table, cols)
    spec = build_spec(
        kind,
        frame,
        cols,
        x_label=x_label,
        y_label=y_label,
        color=color,
        size=size,
        stack=stack,
        horizontal=horizontal,
        sort=sort,
        width=width if isinstance(width, int) else None,
        height=height if isinstance(height, int) else DEFAULT_HEIGHT,
        x_given=x is not None,
        y_given=y is not None,
    )
    add_autosize(spec, stretch=width == "stretch")  # axes and legend inside the width
    label = description or _label(kind, cols.y, "index" if cols.x_is_index else cols.x)
    shown = {"frame": frame}

    def extend(rows: Any) -> dict[str, Any]:
        import pandas as pd

        added = shape(arrow.string_columns(arrow.to_frame(rows)), cols, appended=True)
        grown = pd.concat([shown["frame"], added], ignore_index=True)
        shown["frame"] = grown
        blobs = {MAIN: arrow.frame_to_ipc(grown)}
        return chart_props(spec, blobs, theme="streamlit", width=width, height=height,
                           label=label, chart=kind)  # fmt: skip

    handle: Container = show_chart(
        spec,
        {MAIN: frame},
        theme="streamlit",
        width=width,
        height=height,
        label=label,
        chart=kind,
        extend=extend,
    )
    return handle


def _label(kind: ChartKind, ys: list[str], x: str | None) -> str:
    """The accessible name: "Line chart of revenue, cost by month"."""
    name = _NAMES[kind]
    if not ys:
        return name
    return f"{name} of {', '.join(ys)}" + (f" by {x}" if x else "")
