"""`st.line_chart`, `st.area_chart`, `st.bar_chart` and `st.scatter_chart`: a table in, a chart
out, its columns and index telling what goes where.

Each builds a Vega-Lite spec (see `builtin_spec`) and returns the element's handle, whose
`add_rows(df)` appends rows to the chart without a rerun.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from rill.builtin_plugins.charts.builtin import builtin_chart, check_stack
from rill.plugins import Container, command

Width = int | Literal["stretch", "content"]
Height = int | Literal["stretch", "content"]
Stack = bool | Literal["normalize", "center", "layered"] | None


@command("charts")
def line_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    width: Width = "stretch",
    height: Height = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> Container:
    """Display a line chart: one line per y column (or per value of a `color` column).

    Args:
        data: The table to plot: a pandas, polars or pyarrow DataFrame, a dict of columns, a
            NumPy array...
        x: The column of x values; None plots against the index.
        y: The column, or list of columns, of y values; None plots every other column. Several
            columns are drawn as several lines (the table is melted into long format).
        x_label: The x axis title; by default the `x` column's name (none for the index).
        y_label: The y axis title; by default the `y` column's name (none for several).
        color: For one line, a color: hex text (`"#ffaa00"`), an RGB(A) tuple, or a theme
            color name (`"red"`, `"orange"`, `"yellow"`, `"green"`, `"blue"`, `"violet"`,
            `"gray"`, `"primary"`). For long data, a column name: one line per value (drawn in
            those colors if the values are colors). For several y columns, a list of colors,
            one per column. By default the theme's `chartCategoricalColors`.
        width: `"stretch"` (the container's width), `"content"` or pixels.
        height: `"content"` (350 pixels), `"stretch"` or pixels.
        use_container_width: Deprecated: True is `width="stretch"`, False `width="content"`.
        alt: A description of the chart for screen readers (its accessible name); by default
            "Line chart of <y columns> by <x>".

    Returns:
        The chart's handle: `handle.add_rows(df)` appends rows to it.

    Raises:
        RillAPIError: a column that does not exist, a bad color, or a color list whose length
            is not the number of y columns.

    Example:
        df = pd.DataFrame({"day": range(7), "visits": [3, 5, 4, 8, 9, 7, 12]})
        st.line_chart(df, x="day", y="visits", color="primary")
    """
    return builtin_chart("line", data, x=x, y=y, x_label=x_label, y_label=y_label, color=color,
                         width=width, height=height, use_container_width=use_container_width,
                         alt=alt)  # fmt: skip


@command("charts")
def area_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    stack: Stack = None,
    width: Width = "stretch",
    height: Height = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> Container:
    """Display an area chart: one filled area per y column (or per value of a `color` column).

    Args:
        data: The table to plot (see `st.line_chart`).
        x: The column of x values; None plots against the index.
        y: The column, or list of columns, of y values; None plots every other column.
        x_label: The x axis title; by default the `x` column's name.
        y_label: The y axis title; by default the `y` column's name.
        color: A color, a column name or a list of colors, as for `st.line_chart`.
        stack: How areas pile up: None or False (default) overlap them (`"layered"`), True
            stacks them, `"normalize"` stacks them to 100 %, `"center"` around the middle (a
            streamgraph).
        width: `"stretch"`, `"content"` or pixels.
        height: `"content"` (350 pixels), `"stretch"` or pixels.
        use_container_width: Deprecated: True is `width="stretch"`, False `width="content"`.
        alt: A description of the chart for screen readers; by default "Area chart of ...".

    Returns:
        The chart's handle: `handle.add_rows(df)` appends rows to it.

    Raises:
        RillAPIError: a bad column, color or `stack` value.

    Example:
        st.area_chart(df, x="date", y="count", color="series", stack="center")
    """
    check_stack(stack)
    if stack is None or stack is False:
        stack = "layered"
    return builtin_chart("area", data, x=x, y=y, x_label=x_label, y_label=y_label, color=color,
                         stack=stack, width=width, height=height,
                         use_container_width=use_container_width, alt=alt)  # fmt: skip


@command("charts")
def bar_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    horizontal: bool = False,
    sort: bool | str = True,
    stack: Stack = None,
    width: Width = "stretch",
    height: Height = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> Container:
    """Display a bar chart: one bar per x value, per y column (or per `color` value).

    Args:
        data: The table to plot (see `st.line_chart`).
        x: The column of categories; None uses the index.
        y: The column, or list of columns, of bar lengths; None uses every other column.
        x_label: The title of the category axis; by default the `x` column's name.
        y_label: The title of the value axis; by default the `y` column's name.
        color: A color, a column name or a list of colors, as for `st.line_chart`.
        horizontal: Draw the bars horizontally (categories on the vertical axis).
        sort: True (default) sorts the categories the usual way (an ordered categorical keeps
            its order), False keeps the data's order, a column name sorts by that column
            ascending, and `"-column"` descending.
        stack: None (Vega-Lite's default: stacked), True stacks, False puts the bars of one
            category side by side, `"layered"` overlaps them, `"normalize"` stacks to 100 %,
            `"center"` stacks around the middle.
        width: `"stretch"`, `"content"` or pixels.
        height: `"content"` (350 pixels), `"stretch"` or pixels.
        use_container_width: Deprecated: True is `width="stretch"`, False `width="content"`.
        alt: A description of the chart for screen readers; by default "Bar chart of ...".

    Returns:
        The chart's handle: `handle.add_rows(df)` appends rows to it.

    Raises:
        RillAPIError: a bad column, color, `sort` or `stack` value.

    Example:
        st.bar_chart(df, x="site", y="yield", color="year", stack=False, horizontal=True)
    """
    check_stack(stack)
    return builtin_chart("bar", data, x=x, y=y, x_label=x_label, y_label=y_label, color=color,
                         stack=stack, horizontal=bool(horizontal), sort=sort, width=width,
                         height=height, use_container_width=use_container_width,
                         alt=alt)  # fmt: skip


@command("charts")
def scatter_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    size: str | float | None = None,
    width: Width = "stretch",
    height: Height = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> Container:
    """Display a scatter chart: one circle per row and y column.

    Args:
        data: The table to plot (see `st.line_chart`).
        x: The column of x values; None plots against the index.
        y: The column, or list of columns, of y values; None plots every other column.
        x_label: The x axis title; by default the `x` column's name.
        y_label: The y axis title; by default the `y` column's name.
        color: A color, a list of colors (one per y column) or a column name: each point
            takes its color from that column (categories get palette colors, numbers a
            gradient, color values are drawn as they are).
        size: The circles' area: a number for all of them (default 100), or a column name.
        width: `"stretch"`, `"content"` or pixels.
        height: `"content"` (350 pixels), `"stretch"` or pixels.
        use_container_width: Deprecated: True is `width="stretch"`, False `width="content"`.
        alt: A description of the chart for screen readers; by default "Scatter chart of ...".

    Returns:
        The chart's handle: `handle.add_rows(df)` appends rows to it.

    Raises:
        RillAPIError: a bad column, color or size.

    Example:
        st.scatter_chart(df, x="height", y="weight", color="species", size="age")
    """
    return builtin_chart("scatter", data, x=x, y=y, x_label=x_label, y_label=y_label,
                         color=color, size=size, width=width, height=height,
                         use_container_width=use_container_width, alt=alt)  # fmt: skip
