"""Hook implementations of the widgets plugin."""

from __future__ import annotations

from collections.abc import Sequence

# Importing the command modules registers their st.* commands (for `find_command`, `col.<name>`).
from rill.builtin_plugins.widgets import (  # noqa: F401
    button,
    checkbox,
    choice,
    color,
    dates,
    number,
    slider,
    text,
)
from rill.plugins import ElementType, hookimpl
from rill.schemas.elements import (
    ButtonProps,
    CheckboxProps,
    ColorPickerProps,
    DateInputProps,
    MultiselectProps,
    NumberInputProps,
    RadioProps,
    SelectboxProps,
    SelectSliderProps,
    SliderProps,
    TextAreaProps,
    TextInputProps,
    TimeInputProps,
)

_WIDGETS = "rill.testing.v1.element_tree.widgets"
_CHOICE = "rill.testing.v1.element_tree.choice"


def _widget(kind: str, props: type, apptest: str, lazy: bool = False) -> ElementType:
    return ElementType(kind, widget=True, props=props, apptest=apptest, lazy=lazy)


#: One element kind per widget command; the pickers' renderers load on demand.
ELEMENTS = (
    _widget("button", ButtonProps, f"{_WIDGETS}:Button"),
    _widget("checkbox", CheckboxProps, f"{_WIDGETS}:Checkbox"),
    _widget("toggle", CheckboxProps, f"{_WIDGETS}:Toggle"),
    _widget("radio", RadioProps, f"{_CHOICE}:Radio"),
    _widget("selectbox", SelectboxProps, f"{_CHOICE}:Selectbox"),
    _widget("multiselect", MultiselectProps, f"{_CHOICE}:Multiselect"),
    _widget("slider", SliderProps, f"{_CHOICE}:Slider"),
    _widget("select_slider", SelectSliderProps, f"{_CHOICE}:SelectSlider"),
    _widget("text_input", TextInputProps, f"{_WIDGETS}:TextInput"),
    _widget("text_area", TextAreaProps, f"{_WIDGETS}:TextArea"),
    _widget("number_input", NumberInputProps, f"{_WIDGETS}:NumberInput"),
    _widget("date_input", DateInputProps, f"{_WIDGETS}:DateInput", lazy=True),
    _widget("time_input", TimeInputProps, f"{_WIDGETS}:TimeInput", lazy=True),
    _widget("color_picker", ColorPickerProps, f"{_WIDGETS}:ColorPicker", lazy=True),
)

#: The widget kinds, for the plugin's own checks.
WIDGET_KINDS = tuple(element.kind for element in ELEMENTS)


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return ELEMENTS
