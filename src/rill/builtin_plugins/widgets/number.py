"""`st.number_input`: a number typed or stepped with +/- buttons."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from numbers import Integral, Real
from typing import Any, Literal

from rill.builtin_plugins.widgets.labels import callback_args, widget_props
from rill.builtin_plugins.widgets.slider_scale import check_js_int
from rill.plugins import RillAPIError, command, register_widget

LabelVisibility = Literal["visible", "hidden", "collapsed"]
Number = int | float


@command("widgets")
def number_input(
    label: str,
    min_value: Number | None = None,
    max_value: Number | None = None,
    value: Number | Literal["min"] | None = "min",
    step: Number | None = None,
    format: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
    icon: str | None = None,
) -> Any:
    """Display a numeric input.

    The widget holds ints when `value`, `min_value`, `max_value` and `step` are all ints (or
    unset, with at least one of them an int), floats otherwise; mixing the two is an error.

    Args:
        label: What the number is for (Markdown).
        min_value: The smallest value allowed, or None for no minimum.
        max_value: The largest value allowed, or None for no maximum.
        value: The starting value; `"min"` (default) means `min_value`, or 0 / 0.0 without one;
            None starts empty and returns None until the user enters a number.
        step: How much the +/- buttons change the value: 1 for ints, 0.01 for floats.
        format: printf-style display format (`"%d"`, `"%0.2f"` by default); no effect on the
            value.
        key: Identifies the widget; its value is also `st.session_state[key]`.
        help: A tooltip next to the label.
        on_change: Called with `args` and `kwargs` when the value changes.
        args: Positional arguments for `on_change`.
        kwargs: Keyword arguments for `on_change`.
        placeholder: Shown while the input is empty.
        disabled: Grey the input out.
        label_visibility: `"visible"`, `"hidden"` (keeps the space) or `"collapsed"`.
        icon: An emoji or `:material/icon_name:` shown in the input.

    Returns:
        The number (int or float, see above), or None while empty.

    Raises:
        RillAPIError: mixed int and float arguments, a value outside the bounds, a bad format.

    Example:
        number = st.number_input("Insert a number", min_value=0, max_value=10, value=5)
        st.write("The current number is", number)
    """
    props = widget_props(
        "number_input", label, help=help, disabled=disabled, label_visibility=label_visibility
    )
    props["icon"] = icon
    params = {
        "label": label,
        "min_value": min_value,
        "max_value": max_value,
        "value": value,
        "step": step,
        "format": format,
        "help": help,
        "placeholder": placeholder,
        "icon": icon,
    }
    numbers = [min_value, max_value, value, step]
    for given in numbers:
        if given is not None and given != "min" and not isinstance(given, Real):
            raise RillAPIError(f"number_input takes numbers, not {type(given).__name__}.")
    int_args = all(a is None or a == "min" or _is_int(a) for a in numbers)
    float_args = all(a is None or a == "min" or _is_float(a) for a in numbers)
    if not int_args and not float_args:
        raise RillAPIError(_mixed_types_message(value, min_value, max_value, step))
    explicit = value != "min" and value is not None
    if value == "min":
        # Without any number given, the widget holds floats.
        zero = 0 if int_args and not float_args else 0.0
        value = zero if min_value is None else min_value
    is_int = _is_int(value) if value is not None else (int_args and not float_args)
    if format is None:
        format = "%d" if is_int else "%0.2f"
    if step is None:
        step = 1 if is_int else 0.01
    _check_format(format)
    if min_value is not None and max_value is not None and min_value > max_value:
        raise RillAPIError(
            f"The `min_value`, set to {min_value}, cannot be greater than the `max_value`, set "
            f"to {max_value}."
        )
    if value is not None and min_value is not None and value < min_value:
        raise RillAPIError(f"The `value` {value} is less than the `min_value` {min_value}.")
    if value is not None and max_value is not None and value > max_value:
        raise RillAPIError(f"The `value` {value} is greater than the `max_value` {max_value}.")
    if is_int:
        for name, bound in (
            ("`min_value`", min_value),
            ("`max_value`", max_value),
            ("`value`", value),
        ):
            if bound is not None:
                check_js_int(bound, name)

    def cast(number: Any) -> Number:
        return int(number) if is_int else float(number)

    start = None if value is None else cast(value)
    props.update(
        min=None if min_value is None else cast(min_value),
        max=None if max_value is None else cast(max_value),
        step=cast(step),
        data_type="int" if is_int else "float",
        format=format,
        placeholder=None if placeholder is None else str(placeholder),
    )

    def deserialize(wire: Any) -> Number | None:
        if wire is None:
            if start is not None:
                raise ValueError("this input cannot be emptied")
            return None
        if isinstance(wire, bool) or not isinstance(wire, (int, float)):
            raise ValueError("expected a number")
        if not math.isfinite(wire):
            raise ValueError("expected a finite number")
        if is_int and wire != int(wire):
            raise ValueError("this input takes whole numbers")
        if (min_value is not None and wire < min_value) or (
            max_value is not None and wire > max_value
        ):
            raise ValueError(f"{wire} is outside [{min_value}, {max_value}]")
        return cast(wire)

    def valid(kept: Any) -> bool:
        if kept is None:
            return True
        if isinstance(kept, bool) or not isinstance(kept, (int, float)):
            return False
        return not (
            (min_value is not None and kept < min_value)
            or (max_value is not None and kept > max_value)
        )

    result = register_widget(
        "number_input",
        props,
        key=key,
        params=params,
        default=start,
        deserialize=deserialize,
        serialize=lambda v: None if v is None else cast(v),
        on_change=on_change,
        args=callback_args(args),
        kwargs=kwargs,
        valid=valid,
        has_explicit_value=explicit,
    )
    return result


def _is_int(value: Any) -> bool:
    return isinstance(value, Integral)


def _is_float(value: Any) -> bool:
    return isinstance(value, Real) and not isinstance(value, Integral)


def _mixed_types_message(value: Any, min_value: Any, max_value: Any, step: Any) -> str:
    message = "All numerical arguments must be of the same type."
    for name, given in (("value", value), ("min_value", min_value), ("max_value", max_value)):
        if given is not None and not (name == "value" and given == "min"):
            message += f"\n`{name}` has {type(given).__name__} type."
    if step is not None:
        message += f"\n`step` has {type(step).__name__} type."
    return message


def _check_format(format: Any) -> None:
    try:
        format % 2
    except (TypeError, ValueError):
        raise RillAPIError(
            f"Format string for st.number_input contains invalid characters: {format}"
        ) from None
