"""`st.datetime_input`: a date and a time of day, as one naive `datetime`.

Values travel as `YYYY-MM-DDTHH:MM` (`DatetimeInputProps`), to the minute: times are offered
`step` seconds apart, so the browser never sends seconds. A value given with seconds keeps
them until the person picks another.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from typing import Any, Literal

from rill.builtin_plugins.widgets.dates import DATE_FORMATS, DateFormat, _identity, shift_years
from rill.builtin_plugins.widgets.labels import callback_args, widget_props
from rill.builtin_plugins.widgets.widths import check_width
from rill.plugins import RillAPIError, command, register_widget

LabelVisibility = Literal["visible", "hidden", "collapsed"]
DatetimeValue = datetime | date | time | str | None

#: The wire form of a value: to the minute, no time zone.
WIRE_FORMAT = "%Y-%m-%dT%H:%M"


@command("widgets")
def datetime_input(
    label: str,
    value: DatetimeValue | Literal["now"] = "now",
    min_value: DatetimeValue | Literal["now"] = None,
    max_value: DatetimeValue | Literal["now"] = None,
    *,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    format: DateFormat = "YYYY/MM/DD",
    step: int | timedelta = timedelta(minutes=15),
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
    width: Literal["stretch"] | int = "stretch",
) -> datetime | None:
    """Display a date picker and a time picker that make one datetime.

    Args:
        label: What the date and time are for (Markdown).
        value: `"now"` (default, to the minute), a datetime (its time zone dropped), a date
            (at 00:00), a time (today), an ISO string (`"2025-11-19 16:45"`, `"2025-11-19"`,
            `"16:45"`), or None to start empty.
        min_value: The earliest datetime, of any type `value` takes: ten years before `value`
            (or before today at 00:00) by default.
        max_value: The latest datetime: ten years after `value` (or after today at 23:59) by
            default.
        key: Identifies the widget; its value is also `st.session_state[key]`.
        help: A tooltip next to the label.
        on_change: Called with `args` and `kwargs` when the value changes.
        args: Positional arguments for `on_change`.
        kwargs: Keyword arguments for `on_change`.
        format: How the date is displayed: `YYYY/MM/DD`, `DD/MM/YYYY` or `MM/DD/YYYY`, with
            `/`, `-` or `.` between the parts (the time shows as `HH:MM`).
        step: The interval between offered times, in seconds or as a timedelta: from 60
            seconds to 23 hours (default 15 minutes).
        disabled: Grey the pickers out.
        label_visibility: `"visible"`, `"hidden"` (keeps the space) or `"collapsed"`.
        width: `"stretch"` (the container's width) or a width in pixels.

    Returns:
        The datetime, without time zone, or None while empty.

    Raises:
        RillAPIError: a value of another type, `min_value` after `max_value`, a `value`
            outside them, a bad `format` or a `step` out of range.

    Example:
        when = st.datetime_input("Schedule your event", datetime.datetime(2025, 11, 19, 16, 45))
        st.write("Event scheduled for", when)
    """
    props = widget_props(
        "datetime_input", label, help=help, disabled=disabled, label_visibility=label_visibility
    )
    if format not in DATE_FORMATS:
        raise RillAPIError(
            f"The provided format (`{format}`) is not valid. DateTimeInput format should be one "
            "of `YYYY/MM/DD`, `DD/MM/YYYY`, or `MM/DD/YYYY` and can also use a period (.) or "
            "hyphen (-) as separators."
        )
    seconds = _step_seconds(step)
    default = _as_datetime(value, "value")
    today = datetime.combine(date.today(), time())
    anchor = default or today
    lo = _as_datetime(min_value, "min_value") or shift_years(anchor, -10)
    hi = _as_datetime(max_value, "max_value") or shift_years(
        default or today.replace(hour=23, minute=59), 10
    )
    if lo > hi:
        raise RillAPIError(
            f"The `min_value`, set to {lo}, shouldn't be larger than the `max_value`, set to {hi}."
        )
    if default is not None and not lo <= default <= hi:
        raise RillAPIError(
            f"The default `value` of {default} must lie between the `min_value` of {lo} and the "
            f"`max_value` of {hi}, inclusively."
        )
    # The browser picks whole minutes: the minute of `lo` is allowed, like `lo` itself.
    floor = lo.replace(second=0, microsecond=0)
    props.update(
        min=lo.strftime(WIRE_FORMAT),
        max=hi.strftime(WIRE_FORMAT),
        step=seconds,
        format=format,
        width=check_width(width, content=False),
    )

    def fits(kept: Any) -> bool:
        return isinstance(kept, datetime) and kept.tzinfo is None and floor <= kept <= hi

    def deserialize(wire: Any) -> datetime | None:
        if wire is None:
            if default is not None:
                raise ValueError("this datetime input cannot be emptied")
            return None
        if not isinstance(wire, str) or len(wire) != 16:
            raise ValueError("expected YYYY-MM-DDTHH:MM")
        picked = datetime.strptime(wire, WIRE_FORMAT)
        if not fits(picked):
            raise ValueError(f"{picked} is outside [{lo}, {hi}]")
        return picked

    def coerce(kept: Any) -> Any:
        if isinstance(kept, datetime):
            return kept.replace(tzinfo=None) if kept.tzinfo is not None else kept
        if isinstance(kept, date):
            return datetime.combine(kept, time())
        return kept

    result = register_widget(
        "datetime_input",
        props,
        key=key,
        params={
            "label": label,
            "value": _identity(value),
            "min_value": _identity(min_value),
            "max_value": _identity(max_value),
            "help": help,
            "format": format,
            "step": seconds,
        },
        default=default,
        deserialize=deserialize,
        serialize=lambda kept: None if kept is None else kept.strftime(WIRE_FORMAT),
        on_change=on_change,
        args=callback_args(args),
        kwargs=kwargs,
        valid=lambda kept: kept is None or fits(kept),
        coerce=coerce,
        has_explicit_value=value is not None and not (isinstance(value, str) and value == "now"),
    )
    return result  # type: ignore[no-any-return]


def _step_seconds(step: Any) -> int:
    """`step` in seconds, between a minute and 23 hours (`RillAPIError` otherwise)."""
    if isinstance(step, timedelta):
        seconds = int(step.total_seconds())
    elif isinstance(step, int) and not isinstance(step, bool):
        seconds = step
    else:
        raise RillAPIError(
            f"`step` can only be `int` or `timedelta` but {type(step).__name__} is provided."
        )
    if not 60 <= seconds <= 23 * 3600:
        raise RillAPIError(
            "`step` must be between 60 seconds and 23 hours but is currently set to "
            f"{seconds} seconds."
        )
    return seconds


def _as_datetime(value: Any, what: str) -> datetime | None:
    """A naive datetime from any value `datetime_input` takes; None stays None."""
    if value is None:
        return None
    if isinstance(value, str) and value == "now":
        return datetime.now().replace(second=0, microsecond=0)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, time):
        return datetime.combine(date.today(), value.replace(tzinfo=None))
    if isinstance(value, str):
        text = value.strip()
        for parse in (datetime.fromisoformat, _today_at):
            try:
                return parse(text).replace(tzinfo=None)
            except ValueError:
                pass
    raise RillAPIError(
        f"The `{what}` of st.datetime_input must be 'now', a datetime, a date, a time, an ISO "
        f"string or None, not {value!r}."
    )


def _today_at(text: str) -> datetime:
    return datetime.combine(date.today(), time.fromisoformat(text))
