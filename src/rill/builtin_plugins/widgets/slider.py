"""`st.slider` (numbers, dates, times, datetimes, and ranges of them) and `st.select_slider`
(any options, on a slider)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import time, timedelta
from numbers import Integral, Real
from typing import Any, Literal

from rill.builtin_plugins.widgets.labels import callback_args, widget_props
from rill.builtin_plugins.widgets.options import Choices, enum_coercion_mode
from rill.builtin_plugins.widgets.slider_scale import (
    TIMELIKE,
    VALUE_ERROR,
    DataType,
    Scale,
    check_js_int,
    data_type_of,
)
from rill.plugins import RillAPIError, command, register_widget, require_ctx

LabelVisibility = Literal["visible", "hidden", "collapsed"]

_FORMATS: dict[DataType, str] = {
    "int": "%d",
    "float": "%0.2f",
    "date": "YYYY-MM-DD",
    "datetime": "YYYY-MM-DD",
    "time": "HH:mm",
}


@command("widgets")
def slider(
    label: str,
    min_value: Any = None,
    max_value: Any = None,
    value: Any = None,
    step: Any = None,
    format: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
) -> Any:
    """Display a slider for an int, float, date, time or datetime, or a range of two.

    Args:
        label: What the slider is for (Markdown).
        min_value: The smallest value: 0, 0.0, `value` - 14 days or 00:00 by default.
        max_value: The largest value: 100, 1.0, `value` + 14 days or 23:59 by default.
        value: The starting value (default `min_value`); a list or tuple of two makes a range
            slider, which returns a tuple.
        step: The stepping interval: 1, 0.01, 1 day or 15 minutes by default.
        format: printf-style for numbers (`"%d%%"`), moment-style for dates and times
            (`"MM/DD/YY - hh:mm"`); it changes the display, not the value.
        key: Identifies the widget; its value is also `st.session_state[key]`.
        help: A tooltip next to the label.
        on_change: Called with `args` and `kwargs` when the value changes.
        args: Positional arguments for `on_change`.
        kwargs: Keyword arguments for `on_change`.
        disabled: Grey the slider out.
        label_visibility: `"visible"`, `"hidden"` (keeps the space) or `"collapsed"`.

    Returns:
        The value, of the type of `value` (an int only when every number argument is an int),
        or a tuple of two for a range.

    Raises:
        RillAPIError: mixed argument types, a zero step, or equal bounds.

    Example:
        age = st.slider("How old are you?", 0, 130, 25)
        low, high = st.slider("Select a range", 0.0, 100.0, (25.0, 75.0))
    """
    ctx = require_ctx("slider")
    props = widget_props(
        "slider", label, help=help, disabled=disabled, label_visibility=label_visibility
    )
    params = {
        "label": label,
        "min_value": min_value,
        "max_value": max_value,
        "value": tuple(value) if isinstance(value, list) else value,
        "step": step,
        "format": format,
        "help": help,
    }
    explicit = value is not None
    if value is None:
        # A range or not? The value the user put in session state for this key tells.
        kept = ctx.state[str(key)] if key is not None and str(key) in ctx.state else None
        if isinstance(kept, (list, tuple)):
            value = [0 if min_value is None else min_value, 100 if max_value is None else max_value]
        else:
            value = 0 if min_value is None else min_value
    single = not isinstance(value, (list, tuple))
    if not single and len(value) > 2:
        raise RillAPIError(VALUE_ERROR)
    values: list[Any] = [value] if single else list(value)
    kinds = [data_type_of(v) for v in values]
    if len(set(kinds)) > 1:
        raise RillAPIError(
            "Slider tuple/list components must be of the same type.\n"
            f"But were: {[type(v) for v in values]}"
        )
    data_type: DataType = kinds[0] if kinds else "int"
    lo, hi, step = _bounds(data_type, values, min_value, max_value, step)
    _check_types(data_type, value, lo, hi, step)

    # Bounds widen to hold the value; a reversed range is put in order.
    lo = min(lo, hi)
    hi = max(lo, hi)
    if len(values) == 2 and values[0] > values[1]:
        values.reverse()
    if values:
        lo, hi = min(values[0], lo), max(values[-1], hi)
    else:
        values = [lo, hi]
    if data_type == "int":
        check_js_int(lo, "`min_value`")
        check_js_int(hi, "`max_value`")
    if lo == hi:
        raise RillAPIError(
            f"Slider `min_value` must be less than the `max_value`.\nThe values were {lo} and {hi}."
        )

    scale = Scale(data_type, values[0].tzinfo if data_type in ("time", "datetime") else None)
    wire_step = scale.to_wire(step) if data_type == "int" else _step_to_wire(step)
    props.update(
        min=scale.to_wire(lo),
        max=scale.to_wire(hi),
        step=wire_step,
        data_type=data_type,
        format=_FORMATS[data_type] if format is None else format,
    )
    wire_lo, wire_hi = props["min"], props["max"]
    default: Any = values[0] if single else tuple(values)
    size = len(values)

    def deserialize(wire: Any) -> Any:
        if single:
            return _in_range(scale.from_wire(wire), scale, wire, wire_lo, wire_hi)
        if not isinstance(wire, list) or len(wire) != size:
            raise ValueError(f"expected a list of {size} numbers")
        picked = [_in_range(scale.from_wire(w), scale, w, wire_lo, wire_hi) for w in wire]
        if size == 2 and wire[0] > wire[1]:
            raise ValueError("the range is reversed")
        return tuple(picked)

    def valid(kept: Any) -> bool:
        if single:
            return _fits(scale, kept, lo, hi)
        return (
            isinstance(kept, (list, tuple))
            and len(kept) == size
            and all(_fits(scale, v, lo, hi) for v in kept)
        )

    result = register_widget(
        "slider",
        props,
        key=key,
        params=params,
        default=default,
        deserialize=deserialize,
        serialize=lambda v: scale.to_wire(v) if single else [scale.to_wire(x) for x in v],
        on_change=on_change,
        args=callback_args(args),
        kwargs=kwargs,
        valid=valid,
        coerce=lambda v: tuple(v) if not single and isinstance(v, list) else v,
        has_explicit_value=explicit,
    )
    return result


def _bounds(
    data_type: DataType, values: list[Any], lo: Any, hi: Any, step: Any
) -> tuple[Any, Any, Any]:
    """`min_value`, `max_value` and `step` with the documented defaults filled in."""
    if data_type == "int":
        defaults: tuple[Any, Any, Any] = (0, 100, 1)
    elif data_type == "float":
        defaults = (0.0, 1.0, 0.01)
    elif data_type == "time":
        zone = values[0].tzinfo
        defaults = (time.min.replace(tzinfo=zone), time.max.replace(tzinfo=zone), None)
    else:
        defaults = (values[0] - timedelta(days=14), values[0] + timedelta(days=14), None)
    lo = defaults[0] if lo is None else lo
    hi = defaults[1] if hi is None else hi
    if step is None:
        if data_type == "time":
            step = timedelta(minutes=15)
        elif data_type in ("date", "datetime"):
            short = _span(lo, hi) < timedelta(days=1)
            step = timedelta(minutes=15) if short else timedelta(days=1)
        else:
            step = defaults[2]
    if step == 0:
        raise RillAPIError("Slider components cannot be passed a `step` of 0.")
    return lo, hi, step


def _span(lo: Any, hi: Any) -> timedelta:
    try:
        span = hi - lo
    except TypeError:
        return timedelta(days=1)  # mismatched bounds; `_check_types` says so
    return span if isinstance(span, timedelta) else timedelta(days=1)


def _check_types(data_type: DataType, value: Any, lo: Any, hi: Any, step: Any) -> None:
    """Every number argument an int, or every one a float, or dates/times with a timedelta."""
    args = (lo, hi, step)
    int_args = all(isinstance(a, Integral) for a in args)
    float_args = all(isinstance(a, Real) and not isinstance(a, Integral) for a in args)
    timelike_args = (
        data_type in TIMELIKE
        and isinstance(step, timedelta)
        and type(lo) is type(hi)
        and _is_type(lo, data_type)
    )
    if not int_args and not float_args and not timelike_args:
        raise RillAPIError(
            "Slider value arguments must be of matching types."
            f"\n`min_value` has {type(lo).__name__} type."
            f"\n`max_value` has {type(hi).__name__} type."
            f"\n`step` has {type(step).__name__} type."
        )
    if not (
        (data_type == "int" and int_args)
        or (data_type == "float" and float_args)
        or (data_type in TIMELIKE and timelike_args)
    ):
        raise RillAPIError(
            "Both value and arguments must be of the same type."
            f"\n`value` has {type(value).__name__} type."
            f"\n`min_value` has {type(lo).__name__} type."
            f"\n`max_value` has {type(hi).__name__} type."
        )


def _is_type(value: Any, data_type: DataType) -> bool:
    try:
        return data_type_of(value) == data_type
    except RillAPIError:
        return False


def _step_to_wire(step: Any) -> float:
    if isinstance(step, timedelta):
        micros = (step.days * 86_400 + step.seconds) * 1_000_000 + step.microseconds
        return micros / 1000
    return float(step)


def _in_range(value: Any, scale: Scale, wire: float, lo: float, hi: float) -> Any:
    if not lo <= scale.to_wire(value) <= hi:
        raise ValueError(f"{wire} is outside the slider's range")
    return value


def _fits(scale: Scale, value: Any, lo: Any, hi: Any) -> bool:
    if not scale.fits(value):
        return False
    try:
        return bool(lo <= value <= hi)
    except TypeError:  # naive and aware datetimes, for one
        return False


@command("widgets")
def select_slider(
    label: str,
    options: Iterable[Any] = (),
    value: Any = None,
    format_func: Callable[[Any], Any] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
) -> Any:
    """Display a slider over a list of options of any type.

    Args:
        label: What the slider is for (Markdown).
        options: The options, in slider order: any iterable (list, tuple, range, Enum class,
            pandas Series or DataFrame first column...).
        value: The starting option (default the first); a list or tuple of two makes a range,
            which returns a tuple.
        format_func: Option → the label shown for it (the return value is the option itself).
        key: Identifies the widget; its value is also `st.session_state[key]`.
        help: A tooltip next to the label.
        on_change: Called with `args` and `kwargs` when the value changes.
        args: Positional arguments for `on_change`.
        kwargs: Keyword arguments for `on_change`.
        disabled: Grey the slider out.
        label_visibility: `"visible"`, `"hidden"` (keeps the space) or `"collapsed"`.

    Returns:
        The selected option, or a tuple of two for a range.

    Example:
        color = st.select_slider("Color of the wavelength",
                                 options=["red", "orange", "yellow", "green", "blue"])
        start, end = st.select_slider("Range", options=["a", "b", "c"], value=("a", "c"))
    """
    ctx = require_ctx("select_slider")
    props = widget_props(
        "select_slider", label, help=help, disabled=disabled, label_visibility=label_visibility
    )
    choices = Choices(options, format_func, enum_coercion_mode(ctx))
    if not len(choices):
        raise RillAPIError("The `options` argument needs to be non-empty")
    single = not isinstance(value, (list, tuple))
    if single:
        indices = [0 if value is None else _option_index(choices, value)]
    elif len(value) == 2:
        indices = sorted(_option_index(choices, v) for v in value)
    else:
        raise RillAPIError(
            "The `value` of st.select_slider must be one option, or a list or tuple of two."
        )
    default: Any = (
        choices.options[indices[0]] if single else tuple(choices.options[i] for i in indices)
    )
    props["options"] = list(choices.labels)

    def deserialize(wire: Any) -> Any:
        if single:
            return choices.at(wire)
        if not isinstance(wire, list) or len(wire) != 2:
            raise ValueError("expected two option indices")
        first, last = (choices.wire_index(w) for w in wire)
        if first > last:
            raise ValueError("the range is reversed")
        return (choices.options[first], choices.options[last])

    def serialize(kept: Any) -> int | list[int]:
        return choices.index(kept) if single else sorted(choices.index(v) for v in kept)

    def valid(kept: Any) -> bool:
        if single:
            return choices.find(kept) is not None
        return (
            isinstance(kept, (list, tuple))
            and len(kept) == 2
            and all(choices.find(v) is not None for v in kept)
        )

    def coerce(kept: Any) -> Any:
        if single:
            return choices.coerce(kept)
        if isinstance(kept, (list, tuple)):
            return tuple(choices.coerce_many(kept))
        return kept

    return register_widget(
        "select_slider",
        props,
        key=key,
        params={
            "label": label,
            "options": tuple(choices.labels),
            "value": tuple(indices),
            "help": help,
        },
        default=default,
        deserialize=deserialize,
        serialize=serialize,
        on_change=on_change,
        args=callback_args(args),
        kwargs=kwargs,
        valid=valid,
        coerce=coerce,
        has_explicit_value=value is not None,
    )


def _option_index(choices: Choices, value: Any) -> int:
    found = choices.find(value)
    if found is None:
        raise RillAPIError(f"{value!r} is not in the options of st.select_slider.")
    return found
