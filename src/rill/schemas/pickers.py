"""The props of the widgets that pick from buttons and menus: pills, segmented controls,
feedback, menu buttons, pagination, and the date-and-time input.

As in `rill.schemas.elements`, a widget's `value` is its current value in wire form; the
browser answers with a new one under the element id. Option labels travel, never the option
objects: the browser answers with option indices.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from rill.schemas.elements import Props, WidgetProps

Width = Literal["content", "stretch"] | int


class ButtonGroupProps(WidgetProps):
    """`pills`, `segmented_control`: value is the list of selected option indices, in the
    order they were selected (at most one with `selection_mode="single"`)."""

    options: list[str]
    value: list[int]
    selection_mode: Literal["single", "multi"] = "single"
    width: Width = "content"


class FeedbackProps(Props):
    """`feedback`: value is the sentiment, 0 (lowest) to 1 (thumbs) or 4 (faces, stars), or
    None. Thumbs are drawn up then down; faces and stars from lowest to highest."""

    options: Literal["thumbs", "faces", "stars"] = "thumbs"
    value: int | None
    disabled: bool = False
    width: Width = "content"
    form_id: str | None = Field(default=None, description="The form the widget belongs to.")


class MenuButtonProps(WidgetProps):
    """`menu_button`: a button opening a menu of options; the browser sends the chosen
    option's index. There is no value to show: the label stays."""

    options: list[str]
    value: None = None
    type: Literal["primary", "secondary", "tertiary"] = "secondary"
    icon: str | None = None
    width: Width = "content"
    wrap: bool | None = Field(
        default=None, description="Whether the label may wrap; None decides from the layout."
    )


class PaginationProps(Props):
    """`pagination`: value is the selected page, from 1 to `num_pages`."""

    num_pages: int
    value: int
    max_visible_pages: int | None = Field(
        default=7, description="Page buttons to show besides the arrows; None shows all."
    )
    disabled: bool = False
    width: Width = "content"
    form_id: str | None = Field(default=None, description="The form the widget belongs to.")


class DatetimeInputProps(WidgetProps):
    """`datetime_input`: value is `YYYY-MM-DDTHH:MM` (local, no time zone), or None; `min`
    and `max` too. `step` is the interval between offered times, in seconds."""

    value: str | None
    min: str
    max: str
    step: int = 900
    format: Literal[
        "YYYY/MM/DD",
        "DD/MM/YYYY",
        "MM/DD/YYYY",
        "YYYY-MM-DD",
        "DD-MM-YYYY",
        "MM-DD-YYYY",
        "YYYY.MM.DD",
        "DD.MM.YYYY",
        "MM.DD.YYYY",
    ] = "YYYY/MM/DD"
    width: Literal["stretch"] | int = "stretch"
