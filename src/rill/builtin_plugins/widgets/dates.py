"""`st.date_input` (a date or a range of dates) and `st.time_input` (a time of day).

Dates travel as ISO strings (`YYYY-MM-DD`), times as `HH:MM` (`DateInputProps`,
`TimeInputProps`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from typing import Any, Literal, TypeVar

from rill.builtin_plugins.widgets.labels import callback_args, widget_props
from rill.plugins import RillAPIError, command, register_widget

LabelVisibility = Literal["visible", "hidden", "collapsed"]
DateFormat = Literal[
    "YYYY/MM/DD",
    "DD/MM/YYYY",
    "MM/DD/YYYY",
    "YYYY-MM-DD",
    "DD-MM-YYYY",
    "MM-DD-YYYY",
    "YYYY.MM.DD",
    "DD.MM.YYYY",
    "MM.DD.YYYY",
]
DATE_FORMATS = frozenset(
    f"{a}{sep}{b}{sep}{c}"
    for a, b, c in (("YYYY", "MM", "DD"), ("DD", "MM", "YYYY"), ("MM", "DD", "YYYY"))
    for sep in "/-."
)
DateValue = date | datetime | str | None
_WIRE_TIME = re.compile(r"^(\d{2}):(\d{2})$")


D = TypeVar("D", bound=date)


def _as_date(value: Any, what: str = "value") -> date:
    """A date from a date, a datetime or an ISO string (`RillAPIError` otherwise)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        if value == "today":
            return date.today()
        try:
            return datetime.fromisoformat(value.strip()).date()
        except ValueError:
            pass
    raise RillAPIError(
        f"Date input `{what}` must be a date, a datetime, an ISO date string or 'today', not "
        f"{value!r}."
    )


def shift_years(day: D, years: int) -> D:
    """`day` (a date or a datetime) `years` later, 29 February becoming the 28th."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


def _identity(value: Any) -> Any:
    """A stable, plain stand-in for a date parameter in the widget's identity."""
    if isinstance(value, (list, tuple)):
        return tuple(_identity(v) for v in value)
    if isinstance(value, (date, time)):
        return value.isoformat()
    return value


@command("widgets")
def date_input(
    label: str,
    value: DateValue | Literal["today"] | Iterable[DateValue] = "today",
    min_value: DateValue = None,
    max_value: DateValue = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    format: DateFormat = "YYYY/MM/DD",
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
) -> Any:
    """Display a date picker; a list or tuple `value` picks a range.

    Args:
        label: What the date is for (Markdown).
        value: `"today"` (default), a date, a datetime, an ISO string, None (starts empty), or
            a list/tuple of up to two of them for a range.
        min_value: The earliest date: ten years before `value` by default.
        max_value: The latest date: ten years after `value` by default.
        key: Identifies the widget; its value is also `st.session_state[key]`.
        help: A tooltip next to the label.
        on_change: Called with `args` and `kwargs` when the value changes.
        args: Positional arguments for `on_change`.
        kwargs: Keyword arguments for `on_change`.
        format: How dates are displayed: `YYYY/MM/DD`, `DD/MM/YYYY` or `MM/DD/YYYY`, with `/`,
            `-` or `.` between the parts.
        disabled: Grey the picker out.
        label_visibility: `"visible"`, `"hidden"` (keeps the space) or `"collapsed"`.

    Returns:
        A date, None while empty, or for a range a tuple of zero to two dates.

    Example:
        birthday = st.date_input("When's your birthday?", datetime.date(2019, 7, 6))
        start, end = st.date_input("Trip", (datetime.date(2025, 1, 1), datetime.date(2025, 1, 7)))
    """
    props = widget_props(
        "date_input", label, help=help, disabled=disabled, label_visibility=label_visibility
    )
    if format not in DATE_FORMATS:
        raise RillAPIError(
            f"The provided format (`{format}`) is not valid. DateInput format should be one of "
            "`YYYY/MM/DD`, `DD/MM/YYYY`, or `MM/DD/YYYY` and can also use a period (.) or "
            "hyphen (-) as separators."
        )
    is_range = isinstance(value, (list, tuple))
    if is_range:
        assert isinstance(value, (list, tuple))
        if len(value) > 2:
            raise RillAPIError(
                "DateInput value should either be an date/datetime or a list/tuple of "
                "0 - 2 date/datetime values"
            )
        days = [_as_date(v) for v in value]
    else:
        days = [] if value is None else [_as_date(value)]
    anchor_lo = days[0] if days else date.today()
    anchor_hi = days[-1] if days else date.today()
    lo = shift_years(anchor_lo, -10) if min_value is None else _as_date(min_value, "min_value")
    hi = shift_years(anchor_hi, 10) if max_value is None else _as_date(max_value, "max_value")
    if lo > hi:
        raise RillAPIError(
            f"The `min_value`, set to {lo}, shouldn't be larger than the `max_value`, set to {hi}."
        )
    if days and (days[0] < lo or days[-1] > hi):
        shown = tuple(days) if is_range else days[0]
        raise RillAPIError(
            f"The default `value` of {shown} must lie between the `min_value` of {lo} and the "
            f"`max_value` of {hi}, inclusively."
        )
    default: Any = tuple(days) if is_range else (days[0] if days else None)
    props.update(min=lo.isoformat(), max=hi.isoformat(), is_range=is_range, format=format)

    def parse(wire: Any) -> date:
        if not isinstance(wire, str) or len(wire) != 10:
            raise ValueError("expected a YYYY-MM-DD date")
        day = date.fromisoformat(wire)
        if not lo <= day <= hi:
            raise ValueError(f"{day} is outside [{lo}, {hi}]")
        return day

    def deserialize(wire: Any) -> Any:
        if is_range:
            if not isinstance(wire, list) or len(wire) > 2:
                raise ValueError("expected a list of at most two dates")
            picked = tuple(parse(w) for w in wire)
            if len(picked) == 2 and picked[0] > picked[1]:
                raise ValueError("the range is reversed")
            return picked
        if wire is None:
            if default is not None:
                raise ValueError("this date input cannot be emptied")
            return None
        return parse(wire)

    def serialize(kept: Any) -> Any:
        if is_range:
            return [d.isoformat() for d in kept]
        return None if kept is None else kept.isoformat()

    def fits(day: Any) -> bool:
        return isinstance(day, date) and not isinstance(day, datetime) and lo <= day <= hi

    def valid(kept: Any) -> bool:
        if is_range:
            return isinstance(kept, (list, tuple)) and len(kept) <= 2 and all(map(fits, kept))
        return kept is None or fits(kept)

    def coerce(kept: Any) -> Any:
        if isinstance(kept, datetime):
            return kept.date()
        if is_range and isinstance(kept, list):
            return tuple(kept)
        return kept

    return register_widget(
        "date_input",
        props,
        key=key,
        params={
            "label": label,
            "value": _identity(value),
            "min_value": _identity(min_value),
            "max_value": _identity(max_value),
            "help": help,
            "format": format,
        },
        default=default,
        deserialize=deserialize,
        serialize=serialize,
        on_change=on_change,
        args=callback_args(args),
        kwargs=kwargs,
        valid=valid,
        coerce=coerce,
        has_explicit_value=value is not None and not isinstance(value, str),
    )


@command("widgets")
def time_input(
    label: str,
    value: time | datetime | str | Literal["now"] | None = "now",
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
    step: int | timedelta = timedelta(minutes=15),
) -> time | None:
    """Display a time picker.

    Args:
        label: What the time is for (Markdown).
        value: `"now"` (default, the current time to the minute), a time, a datetime, an ISO
            string (`"12:30"`), or None to start empty.
        key: Identifies the widget; its value is also `st.session_state[key]`.
        help: A tooltip next to the label.
        on_change: Called with `args` and `kwargs` when the value changes.
        args: Positional arguments for `on_change`.
        kwargs: Keyword arguments for `on_change`.
        disabled: Grey the picker out.
        label_visibility: `"visible"`, `"hidden"` (keeps the space) or `"collapsed"`.
        step: The interval between the offered times, in seconds or as a timedelta: from 60
            seconds to 23 hours (default 15 minutes).

    Returns:
        The time, or None while empty.

    Example:
        t = st.time_input("Set an alarm for", datetime.time(8, 45))
        st.write("Alarm is set for", t)
    """
    props = widget_props(
        "time_input", label, help=help, disabled=disabled, label_visibility=label_visibility
    )
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
    default = _as_time(value)
    props.update(step=seconds)

    def deserialize(wire: Any) -> time | None:
        if wire is None:
            if default is not None:
                raise ValueError("this time input cannot be emptied")
            return None
        match = _WIRE_TIME.match(wire) if isinstance(wire, str) else None
        if match is None:
            raise ValueError("expected HH:MM")
        return time(int(match[1]), int(match[2]))

    result = register_widget(
        "time_input",
        props,
        key=key,
        params={"label": label, "value": _identity(value), "step": seconds, "help": help},
        default=default,
        deserialize=deserialize,
        serialize=lambda kept: None if kept is None else kept.strftime("%H:%M"),
        on_change=on_change,
        args=callback_args(args),
        kwargs=kwargs,
        valid=lambda kept: kept is None or isinstance(kept, time),
        coerce=lambda kept: kept.time() if isinstance(kept, datetime) else kept,
        has_explicit_value=value is not None and value != "now",
    )
    return result  # type: ignore[no-any-return]


def _as_time(value: Any) -> time | None:
    if value is None:
        return None
    if isinstance(value, str) and value == "now":
        return datetime.now().time().replace(second=0, microsecond=0)
    if isinstance(value, datetime):
        return value.time()
    if isinstance(value, time):
        return value
    if isinstance(value, str):
        try:
            return time.fromisoformat(value.strip())
        except ValueError:
            pass
    raise RillAPIError(
        "The type of value should be one of datetime, time, ISO string or None, not "
        f"{type(value).__name__}."
    )
