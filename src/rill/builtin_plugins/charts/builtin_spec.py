"""The Vega-Lite spec of a built-in chart (`st.line_chart`, `st.area_chart`, `st.bar_chart`,
`st.scatter_chart`), written as a plain dict from the chosen columns and the shaped table.

No Altair here: the spec is a few dozen keys, and building it directly keeps the built-in
charts free of Altair's import and validation. Theme color names in `color` stay tokens
(`"--rill-red"`) that the renderer resolves against the theme it draws with.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from rill.builtin_plugins.charts import colors
from rill.builtin_plugins.charts.builtin_data import (
    INDEX_FIELD,
    SERIES_FIELD,
    VALUE_FIELD,
    Columns,
)
from rill.builtin_plugins.charts.specs import MAIN
from rill.plugins import RillAPIError

if TYPE_CHECKING:
    import pandas as pd

ChartKind = Literal["line", "area", "bar", "scatter"]
Stack = bool | Literal["normalize", "center", "layered"] | None

STACK_VALUES: tuple[object, ...] = (None, True, False, "normalize", "center", "layered")


#: A line chart with at most this many rows also marks the point nearest the pointer (the
#: hover layer costs a Voronoi diagram of every point, too slow for big series).
HOVER_LIMIT = 10_000

_MARKS: dict[ChartKind, str] = {"line": "line", "area": "area", "bar": "bar", "scatter": "circle"}
_LEGEND = {"titlePadding": 5, "offset": 5, "orient": "bottom"}
_SIZE_LEGEND = {"titlePadding": 0.5, "offset": 5, "orient": "bottom"}
_TITLES = {INDEX_FIELD: "index", VALUE_FIELD: "value", SERIES_FIELD: "color"}


def field(name: str) -> str:
    """`name` as a Vega-Lite field string: dots, brackets and backslashes are escaped (else
    Vega-Lite reads `a.b` as the field `b` of an object in `a`)."""
    for special in ("\\", ".", "[", "]"):
        name = name.replace(special, "\\" + special)
    return name


def vega_type(series: pd.Series[Any]) -> str:
    """The Vega-Lite type of a column: quantitative, temporal, ordinal or nominal."""
    from pandas.api.types import infer_dtype

    kind = infer_dtype(series, skipna=True)
    if kind in ("floating", "integer", "mixed-integer-float", "decimal", "complex"):
        return "quantitative"
    if kind in ("datetime64", "datetime", "date", "timedelta64", "timedelta", "period", "time"):
        return "temporal"
    if kind == "categorical" and series.cat.ordered:
        return "ordinal"
    return "nominal"


def _is_datelike(series: pd.Series[Any]) -> bool:
    return vega_type(series) == "temporal"


def _axis(frame: pd.DataFrame, name: str | None, grid: bool) -> dict[str, Any]:
    from pandas.api.types import is_integer_dtype

    axis: dict[str, Any] = {"grid": grid}
    if name is not None and name in frame.columns and is_integer_dtype(frame[name].dtype):
        axis["tickMinStep"] = 1  # no zooming into fractions of integers
    return axis


def build_spec(
    kind: ChartKind,
    frame: pd.DataFrame,
    cols: Columns,
    *,
    x_label: str | None,
    y_label: str | None,
    color: Any,
    size: Any = None,
    stack: Stack = None,
    horizontal: bool = False,
    sort: bool | str = True,
    width: int | None = None,
    height: int | None = None,
    x_given: bool,
    y_given: bool,
) -> dict[str, Any]:
    """The chart's spec; its data is the `MAIN` dataset (`frame`, sent beside it).

    Raises:
        RillAPIError: a bad `color` or `size`, or a color list whose length is not the number
            of y columns.
    """
    bar = kind == "bar"
    x_field, y_field = cols.x, cols.y_field
    x_enc = _position(frame, x_field, "quantitative")
    y_enc = _position(frame, y_field, "quantitative")
    if bar and x_field is not None and not _is_datelike(frame[x_field]):
        x_enc["type"] = "ordinal"
    x_enc["title"] = _title(x_field, x_label, given=x_given and not cols.x_is_index)
    y_enc["title"] = _title(y_field, y_label, given=y_given and not cols.melted)
    category, value = x_enc, y_enc
    if horizontal:
        # The bars lie: the category axis is vertical, the values run along x.
        x_enc, y_enc = y_enc, x_enc
    x_enc["axis"] = _axis(frame, x_enc.get("_name"), grid=horizontal)
    y_enc["axis"] = _axis(frame, y_enc.get("_name"), grid=not horizontal)
    encoding: dict[str, Any] = {"x": x_enc, "y": y_enc}
    if stack is not None:
        value["stack"] = False if stack == "layered" else stack
    if bar:
        if sort is False:
            category["sort"] = None
        elif isinstance(sort, str):
            order = "descending" if sort.startswith("-") else "ascending"
            category["sort"] = {"field": field(sort.removeprefix("-")), "order": order}
    color_field = cols.color_field
    if bar and stack is False and color_field is not None:
        encoding["yOffset" if horizontal else "xOffset"] = {"field": field(color_field)}
    if color_field is not None and (kind == "area" or stack == "layered"):
        encoding["opacity"] = {"value": 0.7}
    color_enc = _color(frame, cols, color)
    if color_enc is not None:
        encoding["color"] = color_enc
    if kind == "scatter":
        encoding["size"] = _size(cols, size)
    if x_field is not None and y_field is not None:
        encoding["tooltip"] = _tooltip(cols, color_enc)
    for enc in (x_enc, y_enc):
        enc.pop("_name", None)

    spec: dict[str, Any] = {"data": {"name": MAIN}, "encoding": encoding}
    if width is not None:
        spec["width"] = width
    if height is not None:
        spec["height"] = height
    zoom = _zoom(encoding)
    mark: dict[str, Any] = {"type": _MARKS[kind]}
    if kind == "line" and x_field is not None and len(frame) <= HOVER_LIMIT:
        spec["layer"] = _hover_layers(mark, zoom, x_field)
        spec["config"] = {"legend": {"symbolType": "stroke"}}
    else:
        spec["mark"] = mark
        if zoom is not None:
            spec["params"] = [zoom]
    return spec


def _position(frame: pd.DataFrame, name: str | None, fallback: str) -> dict[str, Any]:
    if name is None:
        # With no data the axes would vanish; a field that does not exist keeps them.
        return {"field": "(none)", "type": fallback, "_name": None}
    return {"field": field(name), "type": vega_type(frame[name]), "_name": name}


def _title(name: str | None, label: str | None, *, given: bool) -> str:
    if label is not None:
        return label
    return name if given and name is not None else ""


def _color(frame: pd.DataFrame, cols: Columns, color: Any) -> dict[str, Any] | None:
    if color is None or cols.color is not None:
        return _color_from_column(frame, cols)
    if isinstance(color, str) or colors.is_tuple(color):
        if not (colors.is_theme_name(color) or colors.is_color(color)):
            raise RillAPIError(_color_error(color))
        if len(cols.y) > 1:
            raise RillAPIError(_length_error([color], cols.y))
        try:
            return {"value": colors.to_css(color)}
        except ValueError:
            raise RillAPIError(_color_error(color)) from None
    if isinstance(color, list | tuple):
        if len(color) != len(cols.y):
            raise RillAPIError(_length_error(list(color), cols.y))
        try:
            css = [colors.to_css(c) for c in color]
        except ValueError:
            raise RillAPIError(_color_error(color)) from None
        if len(css) == 1:
            return {"value": css[0]}
        return {
            "field": SERIES_FIELD,
            "type": "nominal",
            "scale": {"domain": list(cols.y), "range": css},
            "legend": dict(_LEGEND),
            "title": None,
        }
    raise RillAPIError(_color_error(color))


def _color_from_column(frame: pd.DataFrame, cols: Columns) -> dict[str, Any] | None:
    name = cols.color_field
    if name is None:
        return None
    if name == SERIES_FIELD:
        return {"field": SERIES_FIELD, "type": "nominal", "legend": dict(_LEGEND), "title": None}
    enc: dict[str, Any] = {"field": field(name), "type": vega_type(frame[name])}
    enc["legend"] = dict(_LEGEND)
    if cols.color_is_literal:
        # A column of colors: each point is drawn in its own color, and a legend of
        # "#f00, #00f" would say nothing.
        enc["type"] = "nominal"
        enc["scale"] = {"range": [c for c in frame[name].dropna().unique().tolist()]}
        enc["legend"] = None
    return enc


def _size(cols: Columns, size: Any) -> dict[str, Any]:
    if cols.size is not None:
        return {"field": field(cols.size), "title": cols.size, "legend": dict(_SIZE_LEGEND)}
    if size is None:
        return {"value": 100}
    if isinstance(size, int | float) and not isinstance(size, bool):
        return {"value": size}
    raise RillAPIError(
        f"The `size` argument must be a number or the name of a column, not {size!r}."
    )


def _tooltip(cols: Columns, color_enc: dict[str, Any] | None) -> list[dict[str, Any]]:
    tips: list[dict[str, Any]] = []
    names = [cols.x, cols.y_field]
    if cols.color_field is not None and color_enc is not None and color_enc.get("legend"):
        names.append(cols.color_field)
    if cols.size is not None:
        names.append(cols.size)
    for name in dict.fromkeys(n for n in names if n is not None):
        tip: dict[str, Any] = {"field": field(name), "title": _TITLES.get(name, name)}
        if name == VALUE_FIELD:
            tip["type"] = "quantitative"
        elif name == SERIES_FIELD:
            tip["type"] = "nominal"
        tips.append(tip)
    return tips


def _zoom(encoding: dict[str, Any]) -> dict[str, Any] | None:
    """Pan and zoom (Altair's `.interactive()`), on the continuous axes only."""
    channels = [ch for ch in ("x", "y") if encoding[ch]["type"] in ("quantitative", "temporal")]
    if not channels:
        return None
    return {"name": "rill_zoom", "select": {"type": "interval", "encodings": channels},
            "bind": "scales"}  # fmt: skip


def _hover_layers(
    mark: dict[str, Any], zoom: dict[str, Any] | None, x_field: str
) -> list[dict[str, Any]]:
    """The line, invisible points that find the one nearest the pointer, and that point."""
    line: dict[str, Any] = {"mark": mark}
    if zoom is not None:
        line["params"] = [zoom]
    hover = {
        "name": "rill_hover",
        "select": {"type": "point", "nearest": True, "on": "pointermove",
                   "fields": [field(x_field)], "clear": "pointerleave"},
    }  # fmt: skip
    return [
        line,
        {"mark": {"type": "point", "opacity": 0}, "params": [hover]},
        {
            "mark": {"type": "point", "filled": True, "size": 65},
            "transform": [{"filter": {"param": "rill_hover", "empty": False}}],
        },
    ]


def _color_error(color: Any) -> str:
    return (
        f"This does not look like a valid color argument: {color!r}. The color argument can be "
        'a hex string like "#ffaa00" or "#ffaa0088", an RGB or RGBA tuple (ints 0-255 or floats '
        '0.0-1.0), a theme color name ("red", "orange", "yellow", "green", "blue", "violet", '
        '"gray", "primary"), the name of a column, or a list of colors, one per y column.'
    )


def _length_error(given: list[Any], ys: list[str]) -> str:
    return (
        f"The list of colors {given!r} must have the same length as the list of columns to be "
        f"colored {ys!r}."
    )
