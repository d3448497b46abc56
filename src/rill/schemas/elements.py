"""The props of every builtin element kind: the contract between a command and its renderer.

Each plugin names its kinds' models in the `ElementType`s it registers (`props=`); that
registration is the one list of kinds. Commands build plain dicts (no model per element, on the hot
path); tests validate what commands produce against the registered models, and the frontend's
TypeScript prop types are generated from them (`scripts/gen_protocol_ts.py`). A widget's `value` is
its current value in wire form (documented per field); the browser shows it and sends changes back
under the element id.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

LabelVisibility = Literal["visible", "hidden", "collapsed"]


class Props(BaseModel):
    """Base of every element's props."""

    # Only tests and the TypeScript generator validate props: the validators are built on first
    # use, so a server (which imports these models with the plugins) never pays for them.
    model_config = ConfigDict(extra="forbid", defer_build=True)


# -- text -----------------------------------------------------------------------------------------


class MarkdownProps(Props):
    """`markdown`, `caption`: Markdown with `:color[text]`, `:material/icon:`, emoji shortcodes
    and `$math$`; raw HTML only when `unsafe_allow_html`."""

    body: str
    unsafe_allow_html: bool = False
    help: str | None = None


class HeadingProps(Props):
    """`title`, `header`, `subheader`: Markdown inline text; `anchor` False hides the link."""

    body: str
    anchor: str | Literal[False] | None = None
    help: str | None = None
    divider: str | None = Field(
        default=None, description="Color of a rule under the heading, or None for none."
    )


class TextProps(Props):
    """`text`: fixed-width text, no Markdown."""

    body: str
    help: str | None = None


class CodeProps(Props):
    """`code`: a highlighted block with a copy button."""

    body: str
    language: str | None = "python"
    line_numbers: bool = False
    wrap_lines: bool = False


class JsonProps(Props):
    """`json`: a collapsible tree; `body` is JSON text."""

    body: str
    expanded: bool | int = Field(
        default=True, description="True: all open; False: all closed; an int: open to that depth."
    )
    width: Literal["stretch", "content"] | int = "stretch"


class LatexProps(Props):
    """`latex`: display math rendered with KaTeX."""

    body: str
    help: str | None = None


class DividerProps(Props):
    """`divider`: a horizontal rule."""


class AlertProps(Props):
    """`success`, `info`, `warning`, `error`: a colored box of Markdown."""

    body: str
    icon: str | None = None


class ExceptionProps(Props):
    """`exception`: an error box; details shown per `client.showErrorDetails`."""

    type: str
    message: str
    traceback: list[str] = Field(default_factory=list)
    is_warning: bool = False


class TableProps(Props):
    """`table` (and `dataframe` until the data issue): rows of display strings."""

    columns: list[str]
    rows: list[list[str]]
    index: list[str] | None = None


# -- containers (block=True) ----------------------------------------------------------------------


class ContainerProps(Props):
    """`container`: a block laid out in a column (or a wrapping row when `horizontal`);
    `height` in pixels makes it scroll."""

    border: bool | None = None
    height: int | Literal["stretch"] | None = None
    width: Literal["stretch", "content"] | int = "stretch"
    horizontal: bool = False
    horizontal_alignment: Literal["left", "center", "right", "distribute"] = "left"
    vertical_alignment: Literal["top", "center", "bottom", "distribute"] = "top"
    gap: Literal["small", "medium", "large"] | None = "small"
    key: str | None = Field(default=None, description="The user's key, for styling.")
    fragment_id: str | None = Field(
        default=None, description="Set when the container holds a fragment's elements."
    )
    run_every: float | None = Field(
        default=None, description="A fragment container: rerun the fragment every N seconds."
    )


class ColumnsProps(Props):
    """`columns`: a horizontal block whose children are `column` blocks."""

    gap: Literal["small", "medium", "large"] | None = "small"
    vertical_alignment: Literal["top", "center", "bottom"] = "top"
    border: bool = False
    width: Literal["stretch"] | int = "stretch"


class ColumnProps(Props):
    """`column`: one column; `weight` is its relative width."""

    weight: float


class TabsProps(Props):
    """`tabs`: a block whose children are `tab` blocks, labelled in order."""

    labels: list[str]


class TabProps(Props):
    """`tab`: one tab's contents."""

    label: str


class ExpanderProps(Props):
    """`expander`: a block that opens and closes in the browser."""

    label: str
    expanded: bool = False
    icon: str | None = None


class FormProps(Props):
    """`form`: a block whose widgets send their values only when a submit button is pressed."""

    form_id: str
    clear_on_submit: bool = False
    enter_to_submit: bool = True
    border: bool = True


class EmptyProps(Props):
    """`empty`: a placeholder holding at most one element, replaced by the next write to it."""


# -- widgets (id set) -----------------------------------------------------------------------------


class WidgetProps(Props):
    """What every widget has."""

    label: str
    help: str | None = None
    disabled: bool = False
    label_visibility: LabelVisibility = "visible"
    form_id: str | None = Field(default=None, description="The form the widget belongs to.")


class ButtonProps(WidgetProps):
    """`button`, `form_submit_button`: a trigger; the browser sends `true` on click."""

    type: Literal["primary", "secondary", "tertiary"] = "secondary"
    icon: str | None = None
    use_container_width: bool = False


class CheckboxProps(WidgetProps):
    """`checkbox`, `toggle`: value is a bool."""

    value: bool


class RadioProps(WidgetProps):
    """`radio`: value is the selected option's index, or None."""

    options: list[str]
    value: int | None
    horizontal: bool = False
    captions: list[str] | None = None


class SelectboxProps(WidgetProps):
    """`selectbox`: value is the selected option's index, or None."""

    options: list[str]
    value: int | None
    placeholder: str = "Choose an option"
    accept_new_options: bool = Field(
        default=False, description="The user may type a value that is not an option."
    )


class MultiselectProps(WidgetProps):
    """`multiselect`: value is the list of selected indices, in selection order."""

    options: list[str]
    value: list[int]
    max_selections: int | None = None
    placeholder: str = "Choose options"
    accept_new_options: bool = Field(
        default=False, description="The user may type values that are not options."
    )


class SliderProps(WidgetProps):
    """`slider`: numbers, or dates/times as milliseconds (`data_type`); a range is [lo, hi].

    Dates are ms since 1970-01-01 (UTC midnight), times ms since midnight, datetimes ms since
    the epoch. `format` is printf-style for numbers, strftime-style for dates and times.
    """

    min: float
    max: float
    step: float
    value: float | list[float]
    data_type: Literal["int", "float", "date", "time", "datetime"] = "int"
    format: str | None = None


class SelectSliderProps(WidgetProps):
    """`select_slider`: value is an option index, or [lo, hi] indices for a range."""

    options: list[str]
    value: int | list[int]


class TextInputProps(WidgetProps):
    """`text_input`: value is the text, or None when empty with `value=None`."""

    value: str | None
    max_chars: int | None = None
    type: Literal["default", "password"] = "default"
    placeholder: str | None = None
    autocomplete: str | None = None
    icon: str | None = None


class TextAreaProps(WidgetProps):
    """`text_area`: value is the text, or None."""

    value: str | None
    height: int | None = None
    max_chars: int | None = None
    placeholder: str | None = None


class NumberInputProps(WidgetProps):
    """`number_input`: value is a number, or None when empty."""

    value: float | None
    min: float | None = None
    max: float | None = None
    step: float
    data_type: Literal["int", "float"] = "int"
    format: str | None = None
    placeholder: str | None = None
    icon: str | None = None


class DateInputProps(WidgetProps):
    """`date_input`: ISO dates (`YYYY-MM-DD`); a range is a list of 0-2 dates."""

    value: str | list[str] | None
    min: str
    max: str
    is_range: bool = False
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


class TimeInputProps(WidgetProps):
    """`time_input`: value is `HH:MM` (24 h), or None; `step` is in seconds."""

    value: str | None
    step: int = 900


class ColorPickerProps(WidgetProps):
    """`color_picker`: value is `#rrggbb`."""

    value: str
