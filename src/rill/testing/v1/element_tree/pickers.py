"""Widgets that pick with buttons and menus: pills, segmented controls, feedback, menu buttons,
pagination, and the date-and-time input.

Streamlit's AppTest lists pills, segmented controls and feedback together as `button_group`
(their `type`); rill also lists each kind on its own (`at.pills`, `at.segmented_control`,
`at.feedback`). Interactions stage a value and return the widget, as for every widget.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any, Self

from rill.testing.v1.element_tree.base import Widget
from rill.testing.v1.errors import AppTestError

if TYPE_CHECKING:
    from rill.core.runtime.state import WidgetMeta

_ERRORS = (TypeError, ValueError, IndexError, KeyError, AttributeError)
_LEADING_ICON = re.compile(r"^(:material/[a-z0-9_]+:)\s*")

#: Where `st.menu_button` keeps the last pick a run returned (widgets/menu_button.py).
_PICKS = "widgets.menu_button.picks"


class Option(str):
    """An option as displayed. Like the options of Streamlit's `ButtonGroup`, it also has
    `content` (the text without a leading `:material/...:` icon) and `content_icon`."""

    __slots__ = ()

    @property
    def content(self) -> str:
        return _LEADING_ICON.sub("", str(self), count=1)

    @property
    def content_icon(self) -> str:
        match = _LEADING_ICON.match(self)
        return match[1] if match else ""


class ButtonGroup(Widget):
    """`st.pills` and `st.segmented_control`: an option or None (`"single"`), or the list of
    selected options (`"multi"`), as the script got them. Options are given as objects or as
    their displayed labels."""

    TYPE = "button_group"

    @property
    def options(self) -> list[Option]:
        """The options as displayed (each also has `.content` and `.content_icon`)."""
        return [Option(option) for option in self.props.get("options") or []]

    def _index_of(self, option: Any) -> int:
        labels = [str(label) for label in self.options]
        label = option if isinstance(option, str) else str(option)
        if label in labels:
            return labels.index(label)
        raise ValueError(f"{option!r} is not one of the options {labels}")

    def _wire(self) -> Any:
        staged = self._ctx.staging.staged(self.id)
        if staged is not None:
            return staged.wire
        meta = self._ctx.staging.meta(self.id)
        return self.props.get("value") if meta is None else meta.serialize(self.value)

    @property
    def selection_mode(self) -> str:
        return str(self.props.get("selection_mode", "single"))

    @property
    def multi(self) -> bool:
        return self.selection_mode == "multi"

    @property
    def value(self) -> Any:
        value = self._ctx.staging.value_of(self)
        return list(value or []) if self.multi else value

    @property
    def indices(self) -> list[int]:
        """The indices of the selected options."""
        return [int(i) for i in self._wire() or []]

    def _selection(self, chosen: Sequence[Any], meta: WidgetMeta) -> Any:
        """The wire form of a selection: the widget's own conversion, else by labels."""
        try:
            return meta.serialize(list(chosen) if self.multi else (chosen[0] if chosen else None))
        except _ERRORS:
            return [self._index_of(option) for option in chosen]

    def set_value(self, v: Any) -> Self:
        """Select exactly `v`: an option (or None) in `"single"` mode, a list of options in
        `"multi"` mode. A single option is a list of one in `"multi"` mode; a list of at most
        one option is that option in `"single"` mode."""
        chosen = list(v) if isinstance(v, list | tuple) else ([] if v is None else [v])
        if not self.multi and len(chosen) > 1:
            raise AppTestError(f"{self.kind} {self.label!r} selects one option, not {v!r}")
        self._ctx.staging.stage(self, chosen, self._selection)
        return self

    def select(self, v: Any) -> Self:
        """Select option `v` too (`"multi"`), or instead (`"single"`)."""
        if not self.multi:
            return self.set_value([v])
        current = self.value
        return self if v in current else self.set_value([*current, v])

    def unselect(self, v: Any) -> Self:
        """Deselect option `v` (nothing happens if it is not selected)."""
        if not self.multi:
            return self.set_value(None) if self.value == v else self
        current = self.value
        return self.set_value([option for option in current if option != v])


class Pills(ButtonGroup):
    """`st.pills`."""


class SegmentedControl(ButtonGroup):
    """`st.segmented_control`."""


class Feedback(Widget):
    """`st.feedback`: the sentiment, 0 (lowest) up, or None. Listed with `button_group` too,
    as in Streamlit."""

    TYPE = "button_group"

    @property
    def options(self) -> str:
        """`"thumbs"`, `"faces"` or `"stars"`."""
        return str(self.props.get("options", "thumbs"))

    def set_value(self, v: Any) -> Self:
        """Select sentiment `v` (an int), or nothing with None."""
        return super().set_value(v)

    def select(self, v: Any) -> Self:
        return self.set_value(v)

    def unselect(self, v: Any) -> Self:
        """Clear the selection if `v` is selected."""
        return self.set_value(None) if self.value == v else self


class MenuButton(Widget):
    """`st.menu_button`: `value` is the option the run that drew it got, else None."""

    TYPE = "menu_button"

    @property
    def options(self) -> list[str]:
        return [str(option) for option in self.props.get("options") or []]

    @property
    def value(self) -> Any:
        staged = self._ctx.staging.staged(self.id)
        if staged is not None:
            return staged.value
        picks = self._ctx.app._session.stash.get(_PICKS, {})
        run_id, option = picks.get(self.id, (None, None))
        return option if run_id == self.run_id else None

    def _index(self, option: Any, meta: WidgetMeta) -> int:
        for index, label in enumerate(self.options):
            try:
                if meta.deserialize(index) == option:
                    return index
            except _ERRORS:
                break
            if isinstance(option, str) and option == label:
                return index
        raise ValueError(f"{option!r} is not one of the options {self.options}")

    def click(self, option: Any) -> Self:
        """Open the menu and pick `option` (an option object or its label)."""
        return self.set_value(option)

    def set_value(self, v: Any) -> Self:
        """Pick option `v` (the same as `click`)."""
        self._ctx.staging.stage(self, v, self._index)
        return self


class Pagination(Widget):
    """`st.pagination`: the page, from 1."""

    TYPE = "pagination"

    @property
    def value(self) -> int:
        return int(self._ctx.staging.value_of(self))

    @property
    def num_pages(self) -> int:
        return int(self.props["num_pages"])

    def next(self) -> Self:
        """Go to the next page (nothing happens on the last one)."""
        return self.set_value(min(self.value + 1, self.num_pages))

    def previous(self) -> Self:
        """Go to the previous page (nothing happens on the first one)."""
        return self.set_value(max(self.value - 1, 1))


class DatetimeInput(Widget):
    """`st.datetime_input`: a datetime, or None."""

    TYPE = "datetime_input"

    @property
    def min(self) -> datetime:
        return datetime.fromisoformat(str(self.props["min"]))

    @property
    def max(self) -> datetime:
        return datetime.fromisoformat(str(self.props["max"]))

    @property
    def step(self) -> int:
        """Seconds between the times the widget offers."""
        return int(self.props.get("step", 900))

    def set_value(self, v: Any) -> Self:
        """Stage a datetime (a date is at 00:00, a time is today, an ISO string is parsed), or
        None."""
        if isinstance(v, str):
            v = datetime.fromisoformat(v)
        elif isinstance(v, time):
            v = datetime.combine(date.today(), v)
        elif isinstance(v, date) and not isinstance(v, datetime):
            v = datetime.combine(v, time())
        return super().set_value(v)
