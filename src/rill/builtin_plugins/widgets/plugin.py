"""Hook implementations of the widgets plugin."""

from __future__ import annotations

from collections.abc import Sequence

from rill.plugins import ElementType, hookimpl

#: The element kinds this plugin's commands produce, one per command.
WIDGET_KINDS = (
    "button",
    "checkbox",
    "toggle",
    "radio",
    "selectbox",
    "multiselect",
    "slider",
    "select_slider",
    "text_input",
    "text_area",
    "number_input",
    "date_input",
    "time_input",
    "color_picker",
)


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return [ElementType(kind, widget=True) for kind in WIDGET_KINDS]
