"""`st.column_config` columns of dates and times, lists, media, charts and progress bars
(re-exported by `column_config`)."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from rill.builtin_plugins.data.column_checks import (
    bounds,
    chart,
    color_of,
    common,
    fail,
    iso,
    number,
    number_format,
    seconds,
    typed,
)
from rill.builtin_plugins.data.column_config_types import Alignment, ColumnWidth


def DatetimeColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Alignment | None = None,
    default: datetime.datetime | None = None,
    format: str | None = None,
    min_value: datetime.datetime | None = None,
    max_value: datetime.datetime | None = None,
    step: int | float | datetime.timedelta | None = None,
    timezone: str | None = None,
) -> dict[str, Any]:
    """Datetimes, edited with a date and time picker.

    Args:
        label, width, help, disabled, required, pinned, alignment: As for `Column`.
        default: The value of a new row's cell.
        format: `"localized"`, `"distance"`, `"calendar"`, `"iso8601"` or a moment.js format
            (`"D MMM YYYY, h:mm a"`).
        min_value, max_value: Bounds of what can be entered.
        step: Seconds (or a timedelta) between choosable times.
        timezone: The zone to show and edit in (default: the data's).

    Example:
        st.column_config.DatetimeColumn("Appointment", format="D MMM YYYY, h:mm a", step=60)
    """
    name = "DatetimeColumn"
    config = common(name, label, width, help, pinned, alignment, disabled, required)
    config["default"] = iso(name, "default", default, datetime.datetime)
    low = iso(name, "min_value", min_value, datetime.datetime)
    high = iso(name, "max_value", max_value, datetime.datetime)
    if min_value is not None and max_value is not None:
        bounds(name, min_value, max_value, None)
    if format is not None and not isinstance(format, str):
        raise fail(name, "format", "a string or None", format)
    if timezone is not None and not isinstance(timezone, str):
        raise fail(name, "timezone", "a time zone name or None", timezone)
    return typed(
        config,
        "datetime",
        format=format,
        min_value=low,
        max_value=high,
        step=seconds(name, step),
        timezone=timezone,
    )


def DateColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Alignment | None = None,
    default: datetime.date | None = None,
    format: str | None = None,
    min_value: datetime.date | None = None,
    max_value: datetime.date | None = None,
    step: int | None = None,
) -> dict[str, Any]:
    """Dates, edited with a date picker.

    Args:
        label, width, help, disabled, required, pinned, alignment: As for `Column`.
        default: The value of a new row's cell.
        format: `"localized"`, `"distance"`, `"iso8601"` or a moment.js format (`"DD.MM.YYYY"`).
        min_value, max_value: Bounds of what can be entered.
        step: Days between choosable dates.

    Example:
        st.column_config.DateColumn("Birthday", min_value=date(1900, 1, 1), format="DD.MM.YYYY")
    """
    name = "DateColumn"
    config = common(name, label, width, help, pinned, alignment, disabled, required)
    config["default"] = iso(name, "default", default, datetime.date)
    low = iso(name, "min_value", min_value, datetime.date)
    high = iso(name, "max_value", max_value, datetime.date)
    if min_value is not None and max_value is not None:
        bounds(name, min_value, max_value, None)
    if step is not None and (isinstance(step, bool) or not isinstance(step, int) or step <= 0):
        raise fail(name, "step", "a positive int (days) or None", step)
    if format is not None and not isinstance(format, str):
        raise fail(name, "format", "a string or None", format)
    return typed(config, "date", format=format, min_value=low, max_value=high, step=step)


def TimeColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Alignment | None = None,
    default: datetime.time | None = None,
    format: str | None = None,
    min_value: datetime.time | None = None,
    max_value: datetime.time | None = None,
    step: int | float | datetime.timedelta | None = None,
) -> dict[str, Any]:
    """Times of day, edited with a time picker.

    Args:
        label, width, help, disabled, required, pinned, alignment: As for `Column`.
        default: The value of a new row's cell.
        format: `"localized"`, `"iso8601"` or a moment.js format (`"hh:mm a"`).
        min_value, max_value: Bounds of what can be entered.
        step: Seconds (or a timedelta) between choosable times.

    Example:
        st.column_config.TimeColumn("Start", min_value=time(8), max_value=time(19), step=60)
    """
    name = "TimeColumn"
    config = common(name, label, width, help, pinned, alignment, disabled, required)
    config["default"] = iso(name, "default", default, datetime.time)
    low = iso(name, "min_value", min_value, datetime.time)
    high = iso(name, "max_value", max_value, datetime.time)
    if min_value is not None and max_value is not None:
        bounds(name, min_value, max_value, None)
    if format is not None and not isinstance(format, str):
        raise fail(name, "format", "a string or None", format)
    return typed(
        config, "time", format=format, min_value=low, max_value=high, step=seconds(name, step)
    )


def ListColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    default: Iterable[str] | None = None,
) -> dict[str, Any]:
    """Lists, as tags; `st.data_editor` lets users type and remove items.

    Args:
        label, width, help, pinned, disabled, required: As for `Column`.
        default: The value of a new row's cell.

    Example:
        st.column_config.ListColumn("Sales (last 6 months)", width="medium")
    """
    config = common("ListColumn", label, width, help, pinned, None, disabled, required)
    config["default"] = None if default is None else list(default)
    return typed(config, "list")


def LineChartColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: int | float | None = None,
    y_max: int | float | None = None,
    color: str | None = None,
) -> dict[str, Any]:
    """Lists of numbers, as a small line chart per cell (not editable).

    Args:
        label, width, help, pinned: As for `Column`.
        y_min, y_max: The y-axis range for every cell (default: each cell's own).
        color: `"auto"` (green up, red down), `"auto-inverse"`, a theme color or a CSS color.

    Example:
        st.column_config.LineChartColumn("Trend", y_min=0, y_max=100)
    """
    args = (label, width, help, pinned, y_min, y_max, color)
    return chart("line_chart", "LineChartColumn", *args)


def BarChartColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: int | float | None = None,
    y_max: int | float | None = None,
    color: str | None = None,
) -> dict[str, Any]:
    """Lists of numbers, as a small bar chart per cell (not editable); see `LineChartColumn`.

    Example:
        st.column_config.BarChartColumn("Sales", y_min=0)
    """
    args = (label, width, help, pinned, y_min, y_max, color)
    return chart("bar_chart", "BarChartColumn", *args)


def AreaChartColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: int | float | None = None,
    y_max: int | float | None = None,
    color: str | None = None,
) -> dict[str, Any]:
    """Lists of numbers, as a small area chart per cell (not editable); see `LineChartColumn`.

    Example:
        st.column_config.AreaChartColumn("Visits", color="auto")
    """
    args = (label, width, help, pinned, y_min, y_max, color)
    return chart("area_chart", "AreaChartColumn", *args)


def ImageColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: Alignment | None = None,
) -> dict[str, Any]:
    """Image URLs (or `data:` URLs), as thumbnails (not editable).

    Args:
        label, width, help, pinned, alignment: As for `Column`.

    Example:
        st.column_config.ImageColumn("Preview")
    """
    return typed(common("ImageColumn", label, width, help, pinned, alignment), "image")


def JsonColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
) -> dict[str, Any]:
    """Dicts, lists or JSON text, shown as JSON (not editable).

    Args:
        label, width, help, pinned: As for `Column`.

    Example:
        st.column_config.JsonColumn("Payload", width="large")
    """
    return typed(common("JsonColumn", label, width, help, pinned), "json")


def ProgressColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    format: str | None = None,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    step: int | float | None = None,
    color: str | None = None,
) -> dict[str, Any]:
    """Numbers, as progress bars (not editable).

    Args:
        label, width, help, pinned: As for `Column`.
        format: As for `NumberColumn`, for the text beside the bar.
        min_value, max_value: The ends of the bar (default 0 and 100, or 1 for floats).
        step: The precision of the text.
        color: A theme color, a CSS color, `"auto"` or `"auto-inverse"`.

    Example:
        st.column_config.ProgressColumn("Done", format="%.0f%%", min_value=0, max_value=100)
    """
    name = "ProgressColumn"
    config = common(name, label, width, help, pinned)
    low, high = number(name, "min_value", min_value), number(name, "max_value", max_value)
    step = number(name, "step", step)
    bounds(name, low, high, step)
    return typed(
        config,
        "progress",
        format=number_format(name, format),
        min_value=low,
        max_value=high,
        step=step,
        color=color_of(name, color),
    )
