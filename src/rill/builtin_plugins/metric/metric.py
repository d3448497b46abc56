"""`st.metric`: a value in big type, with how it changed and, optionally, a sparkline."""

from __future__ import annotations

import decimal
import math
import textwrap
from typing import Any, Literal

from rill.builtin_plugins.metric.chart_data import chart_values
from rill.plugins import Container, RillAPIError, add_element, command

DeltaColor = Literal[
    "normal",
    "inverse",
    "off",
    "red",
    "orange",
    "yellow",
    "green",
    "blue",
    "violet",
    "gray",
    "grey",
    "primary",
]
DeltaArrow = Literal["auto", "up", "down", "off"]

#: `delta_color` values that name a color: the delta is shown in it whatever its sign.
_NAMED_COLORS = ("red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary")
_DELTA_COLORS = ("normal", "inverse", "off", *_NAMED_COLORS)
_ARROWS = ("auto", "up", "down", "off")
_VISIBILITY = ("visible", "hidden", "collapsed")
_CHART_TYPES = ("line", "bar", "area")

#: What a None value shows: a long dash.
NO_VALUE = "—"


@command("metric")
def metric(
    label: str,
    value: Any,
    delta: Any = None,
    delta_color: DeltaColor = "normal",
    *,
    help: str | None = None,
    label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
    border: bool = False,
    width: Literal["stretch", "content"] | int = "stretch",
    height: Literal["content", "stretch"] | int = "content",
    chart_data: Any = None,
    chart_type: Literal["line", "bar", "area"] = "line",
    delta_arrow: DeltaArrow = "auto",
    format: str | None = None,
    delta_description: str | None = None,
) -> Container:
    """Show a number in big type, with an optional indicator of how it changed.

    Args:
        label: The title of the metric, as inline Markdown.
        value: The metric: an int, float, `decimal.Decimal`, str (inline Markdown) or None,
            which shows a long dash. NumPy numbers are accepted too.
        delta: How the metric changed (int, float, Decimal, str or None). A negative number or
            text starting with "-" points the arrow down and is red; anything else points it
            up and is green. None or "" shows no delta.
        delta_color: "normal" (as above), "inverse" (red when up, green when down: for a cost),
            "off" (gray), or a color to use whatever the sign: "red", "orange", "yellow",
            "green", "blue", "violet", "gray"/"grey" or "primary".
        help: A tooltip beside the label (Markdown).
        label_visibility: "visible", "hidden" (the label's space is kept) or "collapsed".
        border: Draw a border around the metric.
        width: "stretch" (the container's width), "content", or pixels.
        height: "content", "stretch" (the container's height), or pixels.
        chart_data: Numbers drawn as a sparkline under the value: a list, a NumPy array, a
            pandas Series or the first column of a table. Missing values leave a gap.
        chart_type: "line", "area" (a line with a shaded area) or "bar".
        delta_arrow: "auto" (from the delta's sign), "up", "down", or "off" for no arrow.
        format: How numeric `value` and `delta` are shown: a printf-style format ("%.1f°C")
            or "plain", "localized", "percent", "dollar", "euro", "yen", "accounting",
            "compact", "scientific", "engineering". Text values are shown as they are.
        delta_description: Text after the delta, such as "vs. last week".

    Returns:
        The element's handle: writing to it replaces the metric.

    Example:
        a, b = st.columns(2)
        a.metric("Temperature", "70 °F", "1.2 °F", border=True)
        b.metric("Gas price", 4, -0.5, delta_color="inverse", chart_data=[5, 4.8, 4.5, 4])
    """
    if not isinstance(label, str):
        raise RillAPIError(
            f"The `label` argument of st.metric must be a string, not {type(label).__name__}."
        )
    _check_choice("delta_color", delta_color, _DELTA_COLORS)
    _check_choice("delta_arrow", delta_arrow, _ARROWS)
    _check_choice("label_visibility", label_visibility, _VISIBILITY)
    _check_choice("chart_type", chart_type, _CHART_TYPES)
    value_text, number = _value(value, "value")
    delta_text, delta_number = ("", None) if delta is None else _value(delta, "delta")
    negative = delta_text.strip().startswith("-")
    props: dict[str, Any] = {
        "label": label,
        "value": value_text,
        "delta": delta_text,
        "color": _color(delta_color, delta_text, negative),
        "direction": _direction(delta_arrow, delta_text, negative),
        "help": None if help is None else textwrap.dedent(str(help)),
        "label_visibility": label_visibility,
        "border": _check_bool("border", border),
        "width": _size("width", width, ("stretch", "content")),
        "height": _size("height", height, ("content", "stretch")),
        "chart_data": None if chart_data is None else chart_values(chart_data),
        "chart_type": chart_type,
    }
    if format is not None:
        if not isinstance(format, str):
            raise RillAPIError(
                f"The `format` argument of st.metric must be a string, not {format!r}."
            )
        props |= {"format": format, "number": number, "delta_number": delta_number}
    if delta_description is not None:
        props["delta_description"] = str(delta_description)
    return add_element("metric", props)


def _value(value: Any, name: str) -> tuple[str, float | None]:
    """The text `value` shows and, for a number, the number (for `format`)."""
    if value is None:
        return NO_VALUE if name == "value" else "", None
    if isinstance(value, str):
        return (textwrap.dedent(value) if name == "delta" else value), None
    if isinstance(value, int | float | decimal.Decimal):
        return str(value), _finite(value)
    item = getattr(value, "item", None)  # NumPy scalars (int16, float64...)
    if callable(item):
        try:
            plain = item()
        except Exception:
            plain = None
        if isinstance(plain, int | float):
            return str(plain), _finite(plain)
    raise RillAPIError(
        f"The `{name}` argument of st.metric must be an int, float, decimal.Decimal, str or "
        f"None, not {type(value).__name__} ({value!r})."
    )


def _finite(number: float | decimal.Decimal) -> float | None:
    as_float = float(number)
    return as_float if math.isfinite(as_float) else None


def _color(delta_color: str, delta: str, negative: bool) -> str:
    if delta_color in _NAMED_COLORS:
        return "gray" if delta_color == "grey" else delta_color
    if not delta or delta_color == "off":
        return "gray"
    good = not negative if delta_color == "normal" else negative
    return "green" if good else "red"


def _direction(delta_arrow: str, delta: str, negative: bool) -> str:
    if not delta or delta_arrow == "off":
        return "none"
    if delta_arrow == "auto":
        return "down" if negative else "up"
    return delta_arrow


def _check_choice(name: str, value: object, choices: tuple[str, ...]) -> None:
    if value not in choices:
        allowed = ", ".join(repr(c) for c in choices)
        raise RillAPIError(
            f"The `{name}` argument of st.metric must be one of {allowed}, not {value!r}."
        )


def _check_bool(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise RillAPIError(f"The `{name}` argument of st.metric must be True or False.")
    return value


def _size(name: str, value: object, words: tuple[str, str]) -> str | int:
    if isinstance(value, str) and value in words:
        return value
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    raise RillAPIError(
        f"The `{name}` argument of st.metric must be {words[0]!r}, {words[1]!r} or a positive "
        f"number of pixels, not {value!r}."
    )
