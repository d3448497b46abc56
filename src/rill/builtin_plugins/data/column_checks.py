"""Checking `st.column_config` arguments: each bad one raises `RillAPIError` naming it."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable
from typing import Any

from rill.plugins import RillAPIError

#: Named number formats (anything else must be a printf-style format).
NUMBER_FORMATS = (
    "plain",
    "localized",
    "dollar",
    "euro",
    "yen",
    "percent",
    "compact",
    "scientific",
    "engineering",
    "accounting",
    "bytes",
)
_PRINTF = re.compile(r"%[-+ 0#,']*\d*(?:\.\d+)?[diufFeEgGxXos]")
_THEME_COLORS = ("red", "blue", "green", "yellow", "orange", "violet", "gray", "grey", "primary")
_CSS_COLOR = re.compile(r"^(#[0-9a-fA-F]{3,8}|(rgb|rgba|hsl|hsla)\(.*\)|[a-zA-Z]+)$")

#: The keys a column config dict may have.
CONFIG_KEYS = frozenset(
    {"label", "width", "help", "hidden", "disabled", "required", "pinned", "default"}
    | {"alignment", "type_config"}
)


def fail(column: str, parameter: str, expected: str, got: Any) -> RillAPIError:
    """The error for parameter `parameter` of `column`, saying what it must be."""
    return RillAPIError(
        f"st.column_config.{column}: `{parameter}` must be {expected}, not {got!r}."
    )


def common(
    column: str,
    label: str | None,
    width: Any,
    help: str | None,
    pinned: bool | None,
    alignment: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
) -> dict[str, Any]:
    """The parameters every column type has, checked, as a column config dict."""
    if label is not None and not isinstance(label, str):
        raise fail(column, "label", "a string or None", label)
    named = width is None or width in ("small", "medium", "large")
    if not named and (isinstance(width, bool) or not isinstance(width, int) or width <= 0):
        raise fail(column, "width", '"small", "medium", "large", a positive int or None', width)
    if help is not None and not isinstance(help, str):
        raise fail(column, "help", "a string or None", help)
    if alignment is not None and alignment not in ("left", "center", "right"):
        raise fail(column, "alignment", '"left", "center", "right" or None', alignment)
    for name, flag in (("pinned", pinned), ("disabled", disabled), ("required", required)):
        if flag is not None and not isinstance(flag, bool):
            raise fail(column, name, "True, False or None", flag)
    config: dict[str, Any] = {"label": label, "width": width, "help": help, "pinned": pinned}
    if alignment is not None:
        config["alignment"] = alignment
    if disabled is not None:
        config["disabled"] = disabled
    if required is not None:
        config["required"] = required
    return config


def number(column: str, parameter: str, value: Any) -> float | int | None:
    """A number parameter (None allowed)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise fail(column, parameter, "a number or None", value)
    return value


def bounds(column: str, low: Any, high: Any, step: Any) -> None:
    """`min_value` <= `max_value` and a positive `step`."""
    if low is not None and high is not None and low > high:
        raise RillAPIError(
            f"st.column_config.{column}: `min_value` ({low!r}) must not be greater than "
            f"`max_value` ({high!r})."
        )
    if step is not None and step <= 0:
        raise fail(column, "step", "a positive number or None", step)


def number_format(column: str, format: Any) -> str | None:
    """A printf-style or named number format (None allowed)."""
    if format is None:
        return None
    if not isinstance(format, str) or (format not in NUMBER_FORMATS and not _PRINTF.search(format)):
        raise fail(
            column,
            "format",
            "a printf-style format such as '%d' or '%.2f', one of "
            + ", ".join(repr(f) for f in NUMBER_FORMATS)
            + ", or None",
            format,
        )
    return format


def color_of(column: str, color: Any) -> str | None:
    """A chart or tag color: `"auto"`, `"auto-inverse"`, a theme color or a CSS color."""
    if color is None:
        return None
    if not isinstance(color, str) or not (
        color in ("auto", "auto-inverse", *_THEME_COLORS) or _CSS_COLOR.match(color.strip())
    ):
        raise fail(
            column, "color", '"auto", "auto-inverse", a theme color, a CSS color or None', color
        )
    return color


def typed(config: dict[str, Any], type: str, **options: Any) -> dict[str, Any]:
    """`config` with its `type_config`: the type and the options that are set."""
    config["type_config"] = {"type": type, **{k: v for k, v in options.items() if v is not None}}
    return config


def text_options(name: str, max_chars: Any, validate: Any) -> None:
    """`max_chars` and `validate` of text and link columns."""
    if max_chars is not None and (
        isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars <= 0
    ):
        raise fail(name, "max_chars", "a positive int or None", max_chars)
    if validate is not None:
        if not isinstance(validate, str):
            raise fail(name, "validate", "a regular expression string or None", validate)
        try:
            re.compile(validate)
        except re.error as exc:
            raise fail(name, "validate", f"a valid regular expression ({exc})", validate) from None


def options_of(
    name: str, options: Any, format_func: Callable[[Any], Any] | None
) -> list[Any] | None:
    """Selectbox options as a list (`{value, label}` with a `format_func`)."""
    if options is None:
        return None
    if isinstance(options, str) or not isinstance(options, Iterable):
        raise fail(name, "options", "an iterable of options or None", options)
    if format_func is not None and not callable(format_func):
        raise fail(name, "format_func", "a function or None", format_func)
    out: list[Any] = []
    for option in options:
        if format_func is None:
            out.append(option)
        else:
            out.append({"value": option, "label": str(format_func(option))})
    return out


def iso(name: str, parameter: str, value: Any, kind: type) -> str | None:
    """A date, time or datetime parameter as ISO text (None allowed)."""
    if value is None:
        return None
    if not isinstance(value, kind) or (
        kind is datetime.date and isinstance(value, datetime.datetime)
    ):
        raise fail(name, parameter, f"a {kind.__module__}.{kind.__name__} or None", value)
    moment: Any = value
    return str(moment.isoformat())


def seconds(name: str, step: Any) -> float | None:
    """A step in seconds, from a number or a timedelta."""
    if isinstance(step, datetime.timedelta):
        step = step.total_seconds()
    value = number(name, "step", step)
    if value is not None and value <= 0:
        raise fail(name, "step", "a positive number or timedelta, or None", step)
    return None if value is None else float(value)


def chart(
    type: str,
    name: str,
    label: str | None,
    width: Any,
    help: str | None,
    pinned: bool | None,
    y_min: Any,
    y_max: Any,
    color: Any,
) -> dict[str, Any]:
    """The config of a line, bar or area chart column."""
    config = common(name, label, width, help, pinned)
    low, high = number(name, "y_min", y_min), number(name, "y_max", y_max)
    if low is not None and high is not None and low > high:
        raise RillAPIError(
            f"st.column_config.{name}: `y_min` ({low!r}) must not be greater than `y_max` "
            f"({high!r})."
        )
    return typed(config, type, y_min=low, y_max=high, color=color_of(name, color))
