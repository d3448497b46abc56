"""Widget values a test set, waiting for the next run, and the values widgets have now.

An interaction (`at.slider[0].set_value(5)`) does not run anything: it converts the Python
value to the widget's wire form, with the widget's own `serialize` (the same conversion the
runtime uses to send the value to the browser), and keeps it until `run()`, which sends every
staged value in one rerun request, as the browser sends a user's changes.

Forms follow the browser: a value staged for a widget inside a form is sent only when a submit
button of that form is clicked in the same batch; otherwise it is dropped at `run()`, and the
widget keeps the value the form last submitted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rill.testing.v1.errors import AppTestError

if TYPE_CHECKING:
    from rill.core.runtime.session import Session
    from rill.core.runtime.state import WidgetMeta
    from rill.testing.v1.element_tree.base import Widget

#: Kinds that are triggers (True for one run after a click) when the session no longer knows
#: the widget.
TRIGGER_KINDS = frozenset({"button", "form_submit_button"})

_CONVERSION_ERRORS = (TypeError, ValueError, IndexError, KeyError, AttributeError)


@dataclass
class Staged:
    """One widget value waiting for `run()`."""

    wire: Any
    value: Any
    form_id: str | None
    submit: bool
    trigger: bool


class Staging:
    """The staged values of one AppTest, and how widgets read their current value."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._values: dict[str, Staged] = {}
        #: Triggers sent with the last batch, and the run that received them.
        self._clicked: set[str] = set()
        self._click_run: int | None = None

    def meta(self, widget_id: str) -> WidgetMeta | None:
        """What the session knows of a widget from the run that last created it."""
        return self._session.state.meta(widget_id)

    # -- staging ----------------------------------------------------------------------------------

    def stage(
        self,
        widget: Widget,
        value: Any,
        to_wire: Callable[[Any, WidgetMeta], Any] | None = None,
    ) -> None:
        """Keep `value` for `widget` until the next run.

        Args:
            widget: The widget.
            value: Its new Python value.
            to_wire: Converts the value to wire form (default: the widget's own `serialize`).

        Raises:
            AppTestError: the widget is disabled, or cannot take `value`.
        """
        if widget.disabled:
            key = f" (key={widget.key!r})" if widget.key else ""
            raise AppTestError(
                f"Cannot update a disabled {widget.type} widget{key}. A browser user cannot "
                "interact with a disabled widget."
            )
        meta = self.meta(widget.id)
        trigger = meta.trigger if meta is not None else widget.kind in TRIGGER_KINDS
        if meta is None:
            wire, python = value, value
        else:
            try:
                wire = (to_wire or _serialize)(value, meta)
                python = meta.deserialize(wire)
            except _CONVERSION_ERRORS as exc:
                raise AppTestError(
                    f"Cannot set {widget.type} {widget.props.get('label', widget.id)!r} to "
                    f"{value!r}: {exc}"
                ) from exc
        self._values[widget.id] = Staged(
            wire=wire,
            value=python,
            form_id=widget.props.get("form_id"),
            submit=widget.kind == "form_submit_button",
            trigger=trigger,
        )

    def staged(self, widget_id: str) -> Staged | None:
        """The value staged for a widget, if any."""
        return self._values.get(widget_id)

    def take(self) -> dict[str, Any]:
        """The wire values to send with the next run; clears the staged values."""
        submitted = {s.form_id for s in self._values.values() if s.submit and s.wire}
        widgets: dict[str, Any] = {}
        for widget_id, staged in self._values.items():
            if staged.form_id is not None and staged.form_id not in submitted:
                continue  # the form was not submitted: the browser would keep this value back
            widgets[widget_id] = staged.wire
        self._clicked = {
            i for i, s in self._values.items() if s.trigger and s.wire and i in widgets
        }
        self._click_run = None
        self._values = {}
        return widgets

    def ran(self, first_run_id: int | None) -> None:
        """The batch sent by `take()` was received by run `first_run_id`."""
        self._click_run = first_run_id

    # -- reading ----------------------------------------------------------------------------------

    def value_of(self, widget: Widget) -> Any:
        """A widget's value: the staged one, else the session's for the last run."""
        staged = self._values.get(widget.id)
        if staged is not None:
            return staged.value
        meta = self.meta(widget.id)
        trigger = meta.trigger if meta is not None else widget.kind in TRIGGER_KINDS
        if trigger:
            # A trigger is True only in the run that received the click; the session resets
            # it when that run ends, so the run that drew this element tells.
            return widget.id in self._clicked and widget.run_id == self._click_run
        try:
            return self._session.state.value_of(widget.id)
        except KeyError:
            wire = widget.props.get("value")
            if meta is None:
                return wire
            return meta.deserialize(wire)


def _serialize(value: Any, meta: WidgetMeta) -> Any:
    return meta.serialize(value)
