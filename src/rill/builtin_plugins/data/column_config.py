"""`st.column_config`: how `st.dataframe` and `st.data_editor` show and edit each column.

Each function returns a plain dict (a column config) for the `column_config` argument, keyed
by column name (or `"_index"` for the index):

    st.dataframe(df, column_config={
        "price": st.column_config.NumberColumn("Price", format="dollar", min_value=0),
        "url": st.column_config.LinkColumn(display_text="Open"),
        "notes": None,          # hide the column
        "qty": "Quantity",      # just a label
    })

Bad arguments raise `RillAPIError` naming the parameter.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from typing import Any

from rill.builtin_plugins.data.column_checks import (
    bounds,
    color_of,
    common,
    fail,
    number,
    number_format,
    options_of,
    text_options,
    typed,
)
from rill.builtin_plugins.data.column_config_types import Alignment, ColumnWidth
from rill.builtin_plugins.data.column_more import (
    AreaChartColumn,
    BarChartColumn,
    DateColumn,
    DatetimeColumn,
    ImageColumn,
    JsonColumn,
    LineChartColumn,
    ListColumn,
    ProgressColumn,
    TimeColumn,
)


def Column(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Alignment | None = None,
) -> dict[str, Any]:
    """A column of the type its data has, with a label, width, tooltip and editing rules.

    Args:
        label: The header (default: the column name).
        width: `"small"` (75 px), `"medium"` (200 px), `"large"` (400 px) or pixels.
        help: A tooltip on the header.
        disabled: Whether `st.data_editor` forbids editing it.
        required: Whether edited and added cells must have a value.
        pinned: Keep the column at the left while scrolling.
        alignment: `"left"`, `"center"` or `"right"`.

    Example:
        st.data_editor(df, column_config={"name": st.column_config.Column("Name", required=True)})
    """
    return common("Column", label, width, help, pinned, alignment, disabled, required)


def NumberColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Alignment | None = None,
    default: int | float | None = None,
    format: str | None = None,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    step: int | float | None = None,
) -> dict[str, Any]:
    """Numbers, edited with a number input.

    Args:
        label, width, help, disabled, required, pinned, alignment: As for `Column`.
        default: The value of a new row's cell.
        format: A printf-style format (`"%d"`, `"%.2f"`, `"$ %.2f"`) or `"plain"`,
            `"localized"`, `"dollar"`, `"euro"`, `"yen"`, `"percent"`, `"compact"`,
            `"scientific"`, `"engineering"`, `"accounting"`, `"bytes"`. Display only.
        min_value, max_value: Bounds of what can be entered.
        step: The precision of what can be entered (`1` for whole numbers).

    Example:
        st.column_config.NumberColumn("Price", format="$%.2f", min_value=0, step=0.01)
    """
    name = "NumberColumn"
    config = common(name, label, width, help, pinned, alignment, disabled, required)
    low, high = number(name, "min_value", min_value), number(name, "max_value", max_value)
    step = number(name, "step", step)
    bounds(name, low, high, step)
    config["default"] = number(name, "default", default)
    fmt = number_format(name, format)
    return typed(config, "number", format=fmt, min_value=low, max_value=high, step=step)


def TextColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Alignment | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
) -> dict[str, Any]:
    """Text, edited with a text input.

    Args:
        label, width, help, disabled, required, pinned, alignment: As for `Column`.
        default: The value of a new row's cell.
        max_chars: The most characters an edit may have.
        validate: A regular expression (JavaScript flavour) edits must match.

    Example:
        st.column_config.TextColumn("Widget", max_chars=50, validate=r"^st\\.[a-z_]+$")
    """
    name = "TextColumn"
    config = common(name, label, width, help, pinned, alignment, disabled, required)
    text_options(name, max_chars, validate)
    if default is not None and not isinstance(default, str):
        raise fail(name, "default", "a string or None", default)
    config["default"] = default
    return typed(config, "text", max_chars=max_chars, validate=validate)


def LinkColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Alignment | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
    display_text: str | None = None,
) -> dict[str, Any]:
    """URLs, shown as links and edited as text.

    Args:
        label, width, help, disabled, required, pinned, alignment: As for `Column`.
        default, max_chars, validate: As for `TextColumn`.
        display_text: What each cell shows instead of the URL: a fixed text, a
            `:material/icon:`, or a regular expression whose first group is taken from the URL
            (`"https://(.*?)\\.example\\.com"`).

    Example:
        st.column_config.LinkColumn("Site", display_text="Open")
    """
    name = "LinkColumn"
    config = common(name, label, width, help, pinned, alignment, disabled, required)
    text_options(name, max_chars, validate)
    if display_text is not None and not isinstance(display_text, str):
        raise fail(name, "display_text", "a string or None", display_text)
    config["default"] = default
    options = {"max_chars": max_chars, "validate": validate, "display_text": display_text}
    return typed(config, "link", **options)


def CheckboxColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Alignment | None = None,
    default: bool | None = None,
) -> dict[str, Any]:
    """True/False values, as checkboxes.

    Args:
        label, width, help, disabled, required, pinned, alignment: As for `Column`.
        default: The value of a new row's cell.

    Example:
        st.column_config.CheckboxColumn("Favorite?", default=False)
    """
    name = "CheckboxColumn"
    config = common(name, label, width, help, pinned, alignment, disabled, required)
    if default is not None and not isinstance(default, bool):
        raise fail(name, "default", "True, False or None", default)
    config["default"] = default
    return typed(config, "checkbox")


def SelectboxColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Alignment | None = None,
    default: str | int | float | bool | None = None,
    options: Iterable[str | int | float | bool] | None = None,
    format_func: Callable[[Any], str] | None = None,
) -> dict[str, Any]:
    """One of a set of options, edited with a selectbox.

    Args:
        label, width, help, disabled, required, pinned, alignment: As for `Column`.
        default: The value of a new row's cell.
        options: The choices (default: a categorical column's categories).
        format_func: Gives each option's label.

    Example:
        st.column_config.SelectboxColumn("Category", options=["A", "B"], required=True)
    """
    name = "SelectboxColumn"
    config = common(name, label, width, help, pinned, alignment, disabled, required)
    config["default"] = default
    return typed(config, "selectbox", options=options_of(name, options, format_func))


def MultiselectColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: Iterable[str] | None = None,
    options: Iterable[str] | None = None,
    accept_new_options: bool | None = None,
    color: str | Iterable[str] | None = None,
    format_func: Callable[[str], str] | None = None,
) -> dict[str, Any]:
    """Lists of options, as colored tags, edited with a multiselect.

    Args:
        label, width, help, disabled, required, pinned: As for `Column`.
        default: The value of a new row's cell.
        options: The choices.
        accept_new_options: Whether the user may type values that are not options.
        color: `"auto"`, one color for every option, or colors cycled over the options.
        format_func: Gives each option's label.

    Example:
        st.column_config.MultiselectColumn("Tags", options=["a", "b"], color="primary")
    """
    name = "MultiselectColumn"
    config = common(name, label, width, help, pinned, None, disabled, required)
    if accept_new_options is not None and not isinstance(accept_new_options, bool):
        raise fail(name, "accept_new_options", "True, False or None", accept_new_options)
    values = options_of(name, options, None)
    colors: Iterable[str] | None = None
    if isinstance(color, str):
        colors = itertools.repeat(color_of(name, color) or "")
    elif color is not None:
        palette = [color_of(name, c) or "" for c in color]
        colors = itertools.cycle(palette) if palette else None
    if values is not None:
        labelled: list[Any] = []
        cycle = iter(colors) if colors is not None else None
        for value in values:
            option: dict[str, Any] = {"value": value}
            if format_func is not None:
                option["label"] = str(format_func(value))
            if cycle is not None:
                option["color"] = next(cycle)
            labelled.append(option)
        values = labelled
    config["default"] = None if default is None else list(default)
    return typed(config, "multiselect", options=values, accept_new_options=accept_new_options)


__all__ = [
    "AreaChartColumn",
    "BarChartColumn",
    "CheckboxColumn",
    "Column",
    "DateColumn",
    "DatetimeColumn",
    "ImageColumn",
    "JsonColumn",
    "LineChartColumn",
    "LinkColumn",
    "ListColumn",
    "MultiselectColumn",
    "NumberColumn",
    "ProgressColumn",
    "SelectboxColumn",
    "TextColumn",
    "TimeColumn",
]
