"""`st.pills` and `st.segmented_control`: options drawn as a row of buttons, one or several of
them selected.

Both send the same props (`ButtonGroupProps`): the option labels, and the selection as a list
of option indices in the order they were selected, at most one in `"single"` mode. The browser
answers with such a list. Options, labels and values kept from earlier runs are matched as for
the other choice widgets (`options.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Literal

from rill.builtin_plugins.widgets.choice import _default_selection
from rill.builtin_plugins.widgets.labels import callback_args, widget_props
from rill.builtin_plugins.widgets.options import Choices, enum_coercion_mode
from rill.builtin_plugins.widgets.widths import check_width
from rill.plugins import RillAPIError, command, register_widget, require_ctx

LabelVisibility = Literal["visible", "hidden", "collapsed"]
SelectionMode = Literal["single", "multi"]
Width = Literal["content", "stretch"] | int


@command("widgets")
def pills(
    label: str,
    options: Iterable[Any],
    *,
    selection_mode: SelectionMode = "single",
    default: Any | None = None,
    format_func: Callable[[Any], Any] | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
    width: Width = "content",
) -> Any:
    """Display options as pill-shaped buttons: one or several can be selected.

    Args:
        label: What the choice is about (Markdown).
        options: Any iterable: list, tuple, range, set, dict keys, Enum class, pandas Series or
            DataFrame (its first column). Labels may hold Markdown and `:material/icon:`.
        selection_mode: `"single"` (one option or none) or `"multi"` (any number).
        default: The option selected at first (`"single"`), or one option or an iterable of
            options (`"multi"`); None selects nothing.
        format_func: Option → the label shown for it (the return value holds the options).
        key: Identifies the widget; its value is also `st.session_state[key]`.
        help: A tooltip next to the label.
        on_change: Called with `args` and `kwargs` when the selection changes.
        args: Positional arguments for `on_change`.
        kwargs: Keyword arguments for `on_change`.
        disabled: Grey the pills out.
        label_visibility: `"visible"`, `"hidden"` (keeps the space) or `"collapsed"`.
        width: `"content"`, `"stretch"` (the container's width) or a width in pixels.

    Returns:
        `"single"`: the selected option, or None. `"multi"`: the list of selected options, in
        the order they were selected.

    Example:
        options = ["North", "East", "South", "West"]
        chosen = st.pills("Directions", options, selection_mode="multi")
        st.markdown(f"Your selected options: {chosen}.")
    """
    return _button_group(
        "pills",
        label,
        options,
        selection_mode=selection_mode,
        default=default,
        format_func=format_func,
        key=key,
        help=help,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        label_visibility=label_visibility,
        width=width,
    )


@command("widgets")
def segmented_control(
    label: str,
    options: Iterable[Any],
    *,
    selection_mode: SelectionMode = "single",
    default: Any | None = None,
    format_func: Callable[[Any], Any] | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
    width: Width = "content",
) -> Any:
    """Display options as the joined segments of one control: one or several can be selected.

    Args:
        label: What the choice is about (Markdown).
        options: Any iterable: list, tuple, range, set, dict keys, Enum class, pandas Series or
            DataFrame (its first column). Labels may hold Markdown and `:material/icon:`.
        selection_mode: `"single"` (one option or none) or `"multi"` (any number).
        default: The option selected at first (`"single"`), or one option or an iterable of
            options (`"multi"`); None selects nothing.
        format_func: Option → the label shown for it (the return value holds the options).
        key: Identifies the widget; its value is also `st.session_state[key]`.
        help: A tooltip next to the label.
        on_change: Called with `args` and `kwargs` when the selection changes.
        args: Positional arguments for `on_change`.
        kwargs: Keyword arguments for `on_change`.
        disabled: Grey the control out.
        label_visibility: `"visible"`, `"hidden"` (keeps the space) or `"collapsed"`.
        width: `"content"`, `"stretch"` (the container's width) or a width in pixels.

    Returns:
        `"single"`: the selected option, or None. `"multi"`: the list of selected options, in
        the order they were selected.

    Example:
        icons = {0: ":material/add:", 1: ":material/zoom_in:", 2: ":material/zoom_out:"}
        tool = st.segmented_control("Tool", icons.keys(), format_func=icons.get)
        st.write(f"Tool: {tool}")
    """
    return _button_group(
        "segmented_control",
        label,
        options,
        selection_mode=selection_mode,
        default=default,
        format_func=format_func,
        key=key,
        help=help,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        label_visibility=label_visibility,
        width=width,
    )


def _button_group(
    kind: str,
    label: str,
    options: Iterable[Any],
    *,
    selection_mode: Any,
    default: Any,
    format_func: Callable[[Any], Any] | None,
    key: str | int | None,
    help: str | None,
    on_change: Callable[..., Any] | None,
    args: Iterable[Any] | None,
    kwargs: dict[str, Any] | None,
    disabled: bool,
    label_visibility: Any,
    width: Any,
) -> Any:
    """Check the arguments of pills or a segmented control and register it."""
    ctx = require_ctx(kind)
    if selection_mode not in ("single", "multi"):
        raise RillAPIError(
            "The selection_mode argument must be one of ['single', 'multi']. The argument "
            f"passed was '{selection_mode}'."
        )
    props = widget_props(
        kind, label, help=help, disabled=disabled, label_visibility=label_visibility
    )
    choices = Choices(options, format_func or str, enum_coercion_mode(ctx))
    start = _default_selection(choices, default, False)
    single = selection_mode == "single"
    if single and len(start) > 1:
        raise RillAPIError(
            f"The default argument to `st.{kind}` must be a single value when "
            "`selection_mode='single'`."
        )
    props.update(
        options=list(choices.labels), selection_mode=selection_mode, width=check_width(width)
    )
    params = {
        "label": label,
        "options": tuple(choices.labels),
        "default": tuple(choices.labels[choices.index(v)] for v in start),
        "help": help,
        "selection_mode": selection_mode,
    }
    common: dict[str, Any] = {
        "key": key,
        "params": params,
        "on_change": on_change,
        "args": callback_args(args),
        "kwargs": kwargs,
        "has_explicit_value": default is not None,
    }
    if single:
        return register_widget(
            kind,
            props,
            default=start[0] if start else None,
            deserialize=lambda wire: _one(_picked(choices, wire)),
            serialize=lambda value: [] if value is None else [choices.index(value)],
            valid=lambda value: value is None or choices.find(value) is not None,
            coerce=lambda value: value if value is None else choices.coerce(value),
            **common,
        )
    value = register_widget(
        kind,
        props,
        default=start,
        deserialize=lambda wire: _picked(choices, wire),
        serialize=lambda value: [choices.index(v) for v in value],
        valid=lambda value: (
            isinstance(value, (list, tuple)) and all(choices.find(v) is not None for v in value)
        ),
        coerce=lambda value: (
            choices.coerce_many(value) if isinstance(value, (list, tuple)) else value
        ),
        **common,
    )
    return list(value)


def _picked(choices: Choices, wire: Any) -> list[Any]:
    """The options the browser selected: a list of distinct option indices."""
    if not isinstance(wire, list):
        raise ValueError("expected a list of option indices")
    if len(set(map(repr, wire))) != len(wire):
        raise ValueError("an option is selected twice")
    return [choices.at(index) for index in wire]


def _one(picked: list[Any]) -> Any:
    """The one option of a single-selection widget, or None."""
    if len(picked) > 1:
        raise ValueError("only one option can be selected")
    return picked[0] if picked else None
