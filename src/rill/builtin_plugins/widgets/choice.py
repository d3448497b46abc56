"""`st.radio`, `st.selectbox` and `st.multiselect`: picking among options.

The browser sees option labels and answers with indices; see `options.py` for how options,
labels and values kept from earlier runs are matched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Literal

from rill.builtin_plugins.widgets.labels import callback_args, widget_props
from rill.builtin_plugins.widgets.options import (
    Choices,
    Offered,
    check_index,
    enum_coercion_mode,
    option_list,
)
from rill.plugins import RillAPIError, command, register_widget, require_ctx

LabelVisibility = Literal["visible", "hidden", "collapsed"]


@command("widgets")
def radio(
    label: str,
    options: Iterable[Any],
    index: int | None = 0,
    format_func: Callable[[Any], Any] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    horizontal: bool = False,
    captions: Iterable[str] | None = None,
    label_visibility: LabelVisibility = "visible",
) -> Any:
    """Display radio buttons: one option out of a few.

    Args:
        label: What the choice is about (Markdown).
        options: Any iterable: list, tuple, range, set, dict keys, Enum class, pandas Series or
            DataFrame (its first column).
        index: The option selected at first; None selects nothing.
        format_func: Option → the label shown for it (the return value is the option itself).
        key: Identifies the widget; its value is also `st.session_state[key]`.
        help: A tooltip next to the label.
        on_change: Called with `args` and `kwargs` when the selection changes.
        args: Positional arguments for `on_change`.
        kwargs: Keyword arguments for `on_change`.
        disabled: Grey the buttons out.
        horizontal: Lay the options out in a row.
        captions: A caption (Markdown) under each option, one per option.
        label_visibility: `"visible"`, `"hidden"` (keeps the space) or `"collapsed"`.

    Returns:
        The selected option, or None.

    Example:
        genre = st.radio("Favourite genre", ["Comedy", "Drama", "Documentary"],
                         captions=["Laugh out loud.", "Get the popcorn.", "Learn something."])
        st.write("You selected:", genre)
    """
    ctx = require_ctx("radio")
    props = widget_props(
        "radio", label, help=help, disabled=disabled, label_visibility=label_visibility
    )
    choices = Choices(options, format_func, enum_coercion_mode(ctx))
    start = check_index("Radio", index, len(choices))
    caption_list = None if captions is None else [str(c) for c in option_list(captions)]
    if caption_list is not None and len(caption_list) != len(choices):
        raise RillAPIError("The number of captions has to match number of options!")
    props.update(horizontal=bool(horizontal), captions=caption_list)
    return _pick_one(
        "radio",
        props,
        choices,
        start,
        key=key,
        params={
            "label": label,
            "options": tuple(choices.labels),
            "index": start,
            "help": help,
            "horizontal": bool(horizontal),
            "captions": None if caption_list is None else tuple(caption_list),
        },
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        has_explicit_value=index != 0,
    )


@command("widgets")
def selectbox(
    label: str,
    options: Iterable[Any],
    index: int | None = 0,
    format_func: Callable[[Any], Any] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
    accept_new_options: bool = False,
) -> Any:
    """Display a drop-down list: one option out of many.

    Args:
        label: What the choice is about (Markdown).
        options: Any iterable: list, tuple, range, set, dict keys, Enum class, pandas Series or
            DataFrame (its first column).
        index: The option selected at first; None starts empty (and returns None).
        format_func: Option → the label shown for it (the return value is the option itself).
        key: Identifies the widget; its value is also `st.session_state[key]`.
        help: A tooltip next to the label.
        on_change: Called with `args` and `kwargs` when the selection changes.
        args: Positional arguments for `on_change`.
        kwargs: Keyword arguments for `on_change`.
        placeholder: Shown while nothing is selected ("Choose an option" by default).
        disabled: Grey the box out.
        label_visibility: `"visible"`, `"hidden"` (keeps the space) or `"collapsed"`.
        accept_new_options: Let the user type a value that is not an option (returned as a
            string).

    Returns:
        The selected option (or a new string), or None.

    Example:
        contact = st.selectbox("How would you like to be contacted?",
                               ("Email", "Home phone", "Mobile phone"), index=None,
                               placeholder="Select a contact method...")
        st.write("You selected:", contact)
    """
    ctx = require_ctx("selectbox")
    props = widget_props(
        "selectbox", label, help=help, disabled=disabled, label_visibility=label_visibility
    )
    choices = Choices(options, format_func, enum_coercion_mode(ctx))
    start = check_index("Selectbox", index, len(choices))
    new = bool(accept_new_options)
    props["placeholder"] = _placeholder(placeholder, len(choices), new, "an option")
    props["accept_new_options"] = new
    return _pick_one(
        "selectbox",
        props,
        choices,
        start,
        key=key,
        params={
            "label": label,
            "options": tuple(choices.labels),
            "index": start,
            "help": help,
            "placeholder": placeholder,
            "accept_new_options": new,
        },
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        has_explicit_value=index != 0,
        accept_new=new,
    )


def _placeholder(given: str | None, count: int, new: bool, what: str) -> str:
    """The text of an empty box: the user's, or one saying what can be done."""
    if given is not None:
        return str(given)
    if count == 0:
        return f"Add {what}" if new else "No options to select"
    return f"Choose or add {what}" if new else f"Choose {what}"


def _pick_one(
    kind: str,
    props: dict[str, Any],
    choices: Choices,
    start: int | None,
    *,
    key: str | int | None,
    params: dict[str, Any],
    on_change: Callable[..., Any] | None,
    args: Iterable[Any] | None,
    kwargs: dict[str, Any] | None,
    has_explicit_value: bool,
    accept_new: bool = False,
) -> Any:
    """Register a one-option widget (radio, selectbox) whose wire value is an index or None."""
    offered = Offered(choices, accept_new)
    props["options"] = offered.labels
    default = None if start is None else choices.options[start]

    def deserialize(wire: Any) -> Any:
        if wire is None:
            if start is not None:
                raise ValueError("this widget cannot be emptied")
            return None
        return offered.pick(wire)

    return register_widget(
        kind,
        props,
        key=key,
        params=params,
        default=default,
        deserialize=deserialize,
        serialize=lambda value: None if value is None else offered.index(value),
        on_change=on_change,
        args=callback_args(args),
        kwargs=kwargs,
        valid=lambda value: value is None or offered.fits(value),
        coerce=lambda value: value if value is None else choices.coerce(value),
        has_explicit_value=has_explicit_value,
    )


@command("widgets")
def multiselect(
    label: str,
    options: Iterable[Any],
    default: Any | None = None,
    format_func: Callable[[Any], Any] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    max_selections: int | None = None,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
    accept_new_options: bool = False,
) -> list[Any]:
    """Display a multi-select box: any number of options.

    Args:
        label: What the choice is about (Markdown).
        options: Any iterable: list, tuple, range, set, dict keys, Enum class, pandas Series or
            DataFrame (its first column).
        default: The options selected at first: one option or an iterable of options.
        format_func: Option → the label shown for it (the return value holds the options).
        key: Identifies the widget; its value is also `st.session_state[key]`.
        help: A tooltip next to the label.
        on_change: Called with `args` and `kwargs` when the selection changes.
        args: Positional arguments for `on_change`.
        kwargs: Keyword arguments for `on_change`.
        max_selections: At most this many options can be selected.
        placeholder: Shown while nothing is selected ("Choose options" by default).
        disabled: Grey the box out.
        label_visibility: `"visible"`, `"hidden"` (keeps the space) or `"collapsed"`.
        accept_new_options: Let the user type values that are not options (returned as
            strings).

    Returns:
        The selected options, in the order they were selected.

    Raises:
        RillAPIError: a default is not an option, or there are more than `max_selections`.

    Example:
        colors = st.multiselect("Favourite colors", ["Green", "Yellow", "Red", "Blue"],
                                default=["Yellow", "Red"])
        st.write("You selected:", colors)
    """
    ctx = require_ctx("multiselect")
    props = widget_props(
        "multiselect", label, help=help, disabled=disabled, label_visibility=label_visibility
    )
    choices = Choices(options, format_func, enum_coercion_mode(ctx))
    new = bool(accept_new_options)
    if max_selections is not None and (
        isinstance(max_selections, bool) or not isinstance(max_selections, int)
    ):
        raise RillAPIError("`max_selections` must be an integer or None.")
    start = _default_selection(choices, default, new)
    _check_count(len(start), max_selections)
    offered = Offered(choices, new)
    props.update(
        options=offered.labels,
        max_selections=max_selections,
        placeholder=_placeholder(placeholder, len(choices), new, "options"),
        accept_new_options=new,
    )

    def deserialize(wire: Any) -> list[Any]:
        if not isinstance(wire, list):
            raise ValueError("expected a list of option indices")
        if max_selections is not None and len(wire) > max_selections:
            raise ValueError(f"more than {max_selections} options selected")
        if len(set(map(repr, wire))) != len(wire):
            raise ValueError("an option is selected twice")
        return [offered.pick(item) for item in wire]

    def valid(value: Any) -> bool:
        return isinstance(value, (list, tuple)) and all(map(offered.fits, value))

    def coerce(value: Any) -> Any:
        return choices.coerce_many(value) if isinstance(value, (list, tuple)) else value

    value = register_widget(
        "multiselect",
        props,
        key=key,
        params={
            "label": label,
            "options": tuple(choices.labels),
            "default": tuple(_label(choices, v) for v in start),
            "help": help,
            "max_selections": max_selections,
            "placeholder": placeholder,
            "accept_new_options": new,
        },
        default=start,
        deserialize=deserialize,
        serialize=lambda values: [offered.index(v) for v in values],
        on_change=on_change,
        args=callback_args(args),
        kwargs=kwargs,
        valid=valid,
        coerce=coerce,
        has_explicit_value=default is not None,
    )
    _check_count(len(value), max_selections)
    return list(value)


def _label(choices: Choices, value: Any) -> str:
    found = choices.find(value)
    return choices.labels[found] if found is not None else str(value)


def _default_selection(choices: Choices, default: Any, new: bool) -> list[Any]:
    if default is None:
        return []
    selected: list[Any] = []
    for value in option_list(default):
        found = choices.find(value)
        if found is not None:
            selected.append(choices.options[found])
        elif new and isinstance(value, str):
            selected.append(value)
        else:
            raise RillAPIError(
                f"The default value '{value}' is not part of the options. Please make sure "
                "that every default values also exists in the options."
            )
    return selected


def _check_count(count: int, max_selections: int | None) -> None:
    if max_selections is None or count <= max_selections:
        return
    chosen = "option" if count == 1 else "options"
    allowed = "option" if max_selections == 1 else "options"
    raise RillAPIError(
        f"Multiselect has {count} {chosen} selected but `max_selections` is set to "
        f"{max_selections}. This happened because you either gave too many options to "
        "`default` or you manipulated the widget's state through `st.session_state`. Note "
        "that the latter can happen before the line indicated in the traceback. Please select "
        f"at most {max_selections} {allowed}."
    )
