"""Hook implementations of the widgets plugin."""

from __future__ import annotations

from collections.abc import Sequence

# Importing the command modules registers their st.* commands (for `find_command`, `col.<name>`).
from rill.builtin_plugins.widgets import (  # noqa: F401
    button,
    button_group,
    checkbox,
    choice,
    color,
    dates,
    datetime_input,
    feedback,
    menu_button,
    number,
    pagination,
    slider,
    text,
)
from rill.plugins import ElementType, hookimpl

#: The module of the props models, named rather than imported: a server never needs them
#: (tests and the TypeScript generator do, through `ElementType.props_model()`).
_PROPS = "rill.schemas.elements"

_WIDGETS = "rill.testing.v1.element_tree.widgets"
_CHOICE = "rill.testing.v1.element_tree.choice"
_PICKER_PROPS = "rill.schemas.pickers"
_PICKERS = "rill.testing.v1.element_tree.pickers"


def _widget(kind: str, props: str, apptest: str, lazy: bool = False) -> ElementType:
    return ElementType(kind, widget=True, props=props, apptest=apptest, lazy=lazy)


#: One element kind per widget command; the pickers' renderers load on demand.
ELEMENTS = (
    _widget("button", f"{_PROPS}:ButtonProps", f"{_WIDGETS}:Button"),
    _widget("checkbox", f"{_PROPS}:CheckboxProps", f"{_WIDGETS}:Checkbox"),
    _widget("toggle", f"{_PROPS}:CheckboxProps", f"{_WIDGETS}:Toggle"),
    _widget("radio", f"{_PROPS}:RadioProps", f"{_CHOICE}:Radio"),
    _widget("selectbox", f"{_PROPS}:SelectboxProps", f"{_CHOICE}:Selectbox"),
    _widget("multiselect", f"{_PROPS}:MultiselectProps", f"{_CHOICE}:Multiselect"),
    _widget("slider", f"{_PROPS}:SliderProps", f"{_CHOICE}:Slider"),
    _widget("select_slider", f"{_PROPS}:SelectSliderProps", f"{_CHOICE}:SelectSlider"),
    _widget("text_input", f"{_PROPS}:TextInputProps", f"{_WIDGETS}:TextInput"),
    _widget("text_area", f"{_PROPS}:TextAreaProps", f"{_WIDGETS}:TextArea"),
    _widget("number_input", f"{_PROPS}:NumberInputProps", f"{_WIDGETS}:NumberInput"),
    _widget("date_input", f"{_PROPS}:DateInputProps", f"{_WIDGETS}:DateInput", lazy=True),
    _widget("time_input", f"{_PROPS}:TimeInputProps", f"{_WIDGETS}:TimeInput", lazy=True),
    _widget("color_picker", f"{_PROPS}:ColorPickerProps", f"{_WIDGETS}:ColorPicker", lazy=True),
    _widget("pills", f"{_PICKER_PROPS}:ButtonGroupProps", f"{_PICKERS}:Pills"),
    _widget(
        "segmented_control",
        f"{_PICKER_PROPS}:ButtonGroupProps",
        f"{_PICKERS}:SegmentedControl",
    ),
    _widget("feedback", f"{_PICKER_PROPS}:FeedbackProps", f"{_PICKERS}:Feedback"),
    _widget("menu_button", f"{_PICKER_PROPS}:MenuButtonProps", f"{_PICKERS}:MenuButton"),
    _widget("pagination", f"{_PICKER_PROPS}:PaginationProps", f"{_PICKERS}:Pagination"),
    _widget(
        "datetime_input",
        f"{_PICKER_PROPS}:DatetimeInputProps",
        f"{_PICKERS}:DatetimeInput",
        lazy=True,
    ),
)

#: The widget kinds, for the plugin's own checks.
WIDGET_KINDS = tuple(element.kind for element in ELEMENTS)


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return ELEMENTS
