"""Widgets that choose among options or along a range: radio, selectbox, multiselect, sliders.

Values are the original option objects (as the script passed them), read from the session.
`options` are the options as displayed (formatted strings). An interaction may name an option
by its object or by its displayed label.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Self

from rill.testing.v1.element_tree.base import Widget

if TYPE_CHECKING:
    from rill.core.runtime.state import WidgetMeta

_ERRORS = (TypeError, ValueError, IndexError, KeyError, AttributeError)


class _Options(Widget):
    """A widget whose wire value is made of option indices."""

    @property
    def options(self) -> list[str]:
        """The options as displayed."""
        return [str(option) for option in self.props.get("options") or []]

    def _index_of(self, option: Any) -> int:
        options = self.options
        label = option if isinstance(option, str) else str(option)
        if label in options:
            return options.index(label)
        raise ValueError(f"{option!r} is not one of the options {options}")

    def _one(self, option: Any, meta: WidgetMeta) -> Any:
        """The wire form of one option: the widget's own conversion, else by its label."""
        try:
            wire = meta.serialize(option)
        except _ERRORS:
            wire = None
        if wire is None and option is not None:
            return self._index_of(option)
        return wire

    def _wire(self) -> Any:
        staged = self._ctx.staging.staged(self.id)
        if staged is not None:
            return staged.wire
        meta = self._ctx.staging.meta(self.id)
        if meta is None:
            return self.props.get("value")
        return meta.serialize(self.value)

    def _stage_with(self, v: Any, to_wire: Callable[[Any, WidgetMeta], Any]) -> Self:
        self._ctx.staging.stage(self, v, to_wire)
        return self


class Radio(_Options):
    """`st.radio`."""

    TYPE = "radio"

    @property
    def index(self) -> int | None:
        """The index of the selected option, or None."""
        wire = self._wire()
        return None if wire is None else int(wire)

    def set_value(self, v: Any) -> Self:
        """Select option `v` (an option object or its label), or None."""
        return self._stage_with(v, self._one)

    def select(self, v: Any) -> Self:
        """Select option `v`."""
        return self.set_value(v)

    def select_index(self, index: int | None) -> Self:
        """Select the option at `index`, or nothing with None."""
        if index is None:
            return self.set_value(None)
        self.options[index]  # an IndexError names a bad index before anything is staged
        return self._stage_with(index, lambda i, _meta: i)


class Selectbox(Radio):
    """`st.selectbox`."""

    TYPE = "selectbox"

    @property
    def placeholder(self) -> str | None:
        placeholder: str | None = self.props.get("placeholder")
        return placeholder


class Multiselect(_Options):
    """`st.multiselect`: `value` is the list of selected options, in selection order."""

    TYPE = "multiselect"

    @property
    def value(self) -> list[Any]:
        return list(self._ctx.staging.value_of(self) or [])

    @property
    def indices(self) -> list[int]:
        """The indices of the selected options."""
        return [int(i) for i in self._wire() or []]

    @property
    def values(self) -> list[str]:
        """The selected options as displayed."""
        options = self.options
        return [options[i] for i in self.indices]

    @property
    def max_selections(self) -> int | None:
        limit: int | None = self.props.get("max_selections")
        return limit

    def _many(self, chosen: Sequence[Any], meta: WidgetMeta) -> Any:
        try:
            wire = meta.serialize(list(chosen))
        except _ERRORS:
            wire = None
        if wire is None:
            return [self._one(option, meta) for option in chosen]
        return wire

    def set_value(self, v: Sequence[Any]) -> Self:
        """Select exactly the options in `v`, in that order."""
        return self._stage_with(list(v), self._many)

    def select(self, v: Any) -> Self:
        """Add option `v` to the selection (nothing happens if it is selected already)."""
        current = self.value
        if v in current:
            return self
        return self.set_value([*current, v])

    def unselect(self, v: Any) -> Self:
        """Remove option `v` from the selection."""
        current = self.value
        if v not in current:
            return self
        return self.set_value([option for option in current if option != v])


class SelectSlider(_Options):
    """`st.select_slider`: an option, or a `(low, high)` tuple of options for a range."""

    TYPE = "select_slider"

    def _slider_wire(self, v: Any, meta: WidgetMeta) -> Any:
        try:
            wire = meta.serialize(v)
        except _ERRORS:
            wire = None
        if wire is not None:
            return wire
        if isinstance(v, tuple):
            return [self._index_of(option) for option in v]
        return self._index_of(v)

    def set_value(self, v: Any) -> Self:
        """Select option `v`, or a range with a `(low, high)` pair."""
        if isinstance(v, list):
            v = tuple(v)
        return self._stage_with(v, self._slider_wire)

    def set_range(self, lower: Any, upper: Any) -> Self:
        """Select the range from `lower` to `upper`."""
        return self.set_value((lower, upper))


class Slider(Widget):
    """`st.slider`: a number, date, time or datetime, or a `(low, high)` tuple for a range."""

    TYPE = "slider"

    def set_value(self, v: Any) -> Self:
        """Move the slider to `v`, or to a range with a `(low, high)` pair."""
        return super().set_value(tuple(v) if isinstance(v, list) else v)

    def set_range(self, lower: Any, upper: Any) -> Self:
        """Select the range from `lower` to `upper`."""
        return self.set_value((lower, upper))
