"""Widgets with a single value: buttons, checkboxes, text, numbers, dates, times, colors.

Each interaction stages a value (converted to wire form by the widget's own `serialize`) and
returns the widget; `run()` sends what was staged.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any, Self

from rill.testing.v1.element_tree.base import Widget


class Button(Widget):
    """`st.button` and `st.form_submit_button`: `value` is True only in the run after a click."""

    TYPE = "button"

    @property
    def value(self) -> bool:
        return bool(self._ctx.staging.value_of(self))

    def click(self) -> Self:
        """Click the button (on the next `run()`)."""
        return self.set_value(True)


class Checkbox(Widget):
    """`st.checkbox`."""

    TYPE = "checkbox"

    @property
    def value(self) -> bool:
        return bool(self._ctx.staging.value_of(self))

    def check(self) -> Self:
        """Tick the box."""
        return self.set_value(True)

    def uncheck(self) -> Self:
        """Clear the box."""
        return self.set_value(False)


class Toggle(Checkbox):
    """`st.toggle`."""

    TYPE = "toggle"


class TextInput(Widget):
    """`st.text_input`."""

    TYPE = "text_input"

    @property
    def max_chars(self) -> int | None:
        max_chars: int | None = self.props.get("max_chars")
        return max_chars

    @property
    def placeholder(self) -> str | None:
        placeholder: str | None = self.props.get("placeholder")
        return placeholder

    def input(self, v: str) -> Self:
        """Type `v` into the field; ignored, as in the browser, if it exceeds `max_chars`."""
        if self.max_chars and len(v) > self.max_chars:
            return self
        return self.set_value(v)


class TextArea(TextInput):
    """`st.text_area`."""

    TYPE = "text_area"


class NumberInput(Widget):
    """`st.number_input`: ints stay ints when the widget was made with ints."""

    TYPE = "number_input"

    def _number(self, name: str) -> int | float | None:
        number = self.props.get(name)
        if number is None:
            return None
        is_int = self.props.get("data_type", "int") == "int"
        return int(number) if is_int else float(number)

    @property
    def min(self) -> int | float | None:
        return self._number("min")

    @property
    def max(self) -> int | float | None:
        return self._number("max")

    @property
    def step(self) -> int | float:
        step = self._number("step")
        return 1 if step is None else step

    @property
    def placeholder(self) -> str | None:
        placeholder: str | None = self.props.get("placeholder")
        return placeholder

    def increment(self) -> Self:
        """Press "+": one step up, not past `max`."""
        value = self.value
        if value is None:
            return self
        upper = self.max
        new = value + self.step
        return self.set_value(new if upper is None else min(new, upper))

    def decrement(self) -> Self:
        """Press "-": one step down, not past `min`."""
        value = self.value
        if value is None:
            return self
        lower = self.min
        new = value - self.step
        return self.set_value(new if lower is None else max(new, lower))


class ColorPicker(Widget):
    """`st.color_picker`: `value` is `#rrggbb`."""

    TYPE = "color_picker"

    def pick(self, v: str) -> Self:
        """Pick color `v`; the leading `#` may be left out."""
        return self.set_value(v if v.startswith("#") else f"#{v}")


class DateInput(Widget):
    """`st.date_input`: a date, a tuple of dates for a range, or None."""

    TYPE = "date_input"

    @property
    def min(self) -> date:
        return date.fromisoformat(str(self.props["min"]))

    @property
    def max(self) -> date:
        return date.fromisoformat(str(self.props["max"]))

    @property
    def is_range(self) -> bool:
        return bool(self.props.get("is_range", False))

    def set_value(self, v: Any) -> Self:
        """Stage a date, a `(start, end)` pair for a range, or None."""
        if isinstance(v, datetime):
            v = v.date()
        elif isinstance(v, list | tuple):
            v = tuple(d.date() if isinstance(d, datetime) else d for d in v)
        return super().set_value(v)


class TimeInput(Widget):
    """`st.time_input`: a time, or None."""

    TYPE = "time_input"

    @property
    def step(self) -> int:
        """Seconds between the times the widget offers."""
        return int(self.props.get("step", 900))

    def set_value(self, v: Any) -> Self:
        """Stage a time (a datetime counts for its time), or None."""
        return super().set_value(v.time() if isinstance(v, datetime) else v)

    def increment(self) -> Self:
        """Select the next available time."""
        return self._shift(self.step)

    def decrement(self) -> Self:
        """Select the previous available time."""
        return self._shift(-self.step)

    def _shift(self, seconds: int) -> Self:
        value = self.value
        if not isinstance(value, time):
            return self
        moved = datetime.combine(date.today(), value) + timedelta(seconds=seconds)
        return self.set_value(moved.time())


class ChatInput(Widget):
    """`st.chat_input`: the submitted text for one run, else None."""

    TYPE = "chat_input"

    @property
    def placeholder(self) -> str | None:
        placeholder: str | None = self.props.get("placeholder")
        return placeholder
