"""`st.text_input` and `st.text_area`: text the user types."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Literal

from rill.builtin_plugins.widgets.labels import callback_args, widget_props
from rill.plugins import RillAPIError, command, register_widget

LabelVisibility = Literal["visible", "hidden", "collapsed"]

#: The smallest height of a text area, in pixels (two lines and padding).
MIN_TEXT_AREA_HEIGHT = 68


@command("widgets")
def text_input(
    label: str,
    value: Any = "",
    max_chars: int | None = None,
    key: str | int | None = None,
    type: Literal["default", "password"] = "default",
    help: str | None = None,
    autocomplete: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
    icon: str | None = None,
) -> str | None:
    """Display a single-line text input.

    Args:
        label: What the text is for (Markdown).
        value: The starting text (converted with `str`); None starts empty and returns None
            until the user types.
        max_chars: The most characters the user may enter.
        key: Identifies the widget; its value is also `st.session_state[key]`.
        type: `"default"`, or `"password"` to mask what is typed.
        help: A tooltip next to the label.
        autocomplete: The input's `autocomplete` attribute (`"new-password"` for passwords by
            default).
        on_change: Called with `args` and `kwargs` when the text changes.
        args: Positional arguments for `on_change`.
        kwargs: Keyword arguments for `on_change`.
        placeholder: Shown while the input is empty.
        disabled: Grey the input out.
        label_visibility: `"visible"`, `"hidden"` (keeps the space) or `"collapsed"`.
        icon: An emoji or `:material/icon_name:` shown in the input.

    Returns:
        The text, or None while empty when `value` was None.

    Example:
        title = st.text_input("Movie title", "Life of Brian")
        st.write("The current movie title is", title)
    """
    if type not in ("default", "password"):
        raise RillAPIError(
            f"'{type}' is not a valid text_input type. Valid types are 'default' and 'password'."
        )
    props = widget_props(
        "text_input", label, help=help, disabled=disabled, label_visibility=label_visibility
    )
    start = None if value is None else str(value)
    limit = _max_chars(max_chars)
    if autocomplete is None:
        autocomplete = "new-password" if type == "password" else ""
    props.update(
        max_chars=limit,
        type=type,
        placeholder=_text_or_none(placeholder),
        autocomplete=autocomplete,
        icon=icon,
    )
    params = {
        "label": label,
        "value": start,
        "max_chars": limit,
        "type": type,
        "help": help,
        "autocomplete": autocomplete,
        "placeholder": placeholder,
        "icon": icon,
    }
    return _text("text_input", props, start, limit, params, key, on_change, args, kwargs)


@command("widgets")
def text_area(
    label: str,
    value: Any = "",
    height: int | None = None,
    max_chars: int | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
) -> str | None:
    """Display a multi-line text input.

    Args:
        label: What the text is for (Markdown).
        value: The starting text (converted with `str`); None starts empty and returns None
            until the user types.
        height: The height in pixels (at least 68); None fits about three lines.
        max_chars: The most characters the user may enter.
        key: Identifies the widget; its value is also `st.session_state[key]`.
        help: A tooltip next to the label.
        on_change: Called with `args` and `kwargs` when the text changes.
        args: Positional arguments for `on_change`.
        kwargs: Keyword arguments for `on_change`.
        placeholder: Shown while the area is empty.
        disabled: Grey the area out.
        label_visibility: `"visible"`, `"hidden"` (keeps the space) or `"collapsed"`.

    Returns:
        The text, or None while empty when `value` was None.

    Example:
        txt = st.text_area("Text to analyze", "It was the best of times...")
        st.write(f"You wrote {len(txt)} characters.")
    """
    props = widget_props(
        "text_area", label, help=help, disabled=disabled, label_visibility=label_visibility
    )
    if height is not None and (
        isinstance(height, bool) or not isinstance(height, int) or height < MIN_TEXT_AREA_HEIGHT
    ):
        raise RillAPIError(
            f"Invalid height {height}px for `st.text_area` - must be at least "
            f"{MIN_TEXT_AREA_HEIGHT} pixels."
        )
    start = None if value is None else str(value)
    limit = _max_chars(max_chars)
    props.update(height=height, max_chars=limit, placeholder=_text_or_none(placeholder))
    params = {
        "label": label,
        "value": start,
        "height": height,
        "max_chars": limit,
        "help": help,
        "placeholder": placeholder,
    }
    return _text("text_area", props, start, limit, params, key, on_change, args, kwargs)


def _max_chars(max_chars: Any) -> int | None:
    if max_chars is None:
        return None
    if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1:
        raise RillAPIError(f"`max_chars` must be a positive integer or None, not {max_chars!r}.")
    return max_chars


def _text_or_none(text: Any) -> str | None:
    return None if text is None else str(text)


def _text(
    kind: str,
    props: dict[str, Any],
    start: str | None,
    limit: int | None,
    params: dict[str, Any],
    key: str | int | None,
    on_change: Callable[..., Any] | None,
    args: Iterable[Any] | None,
    kwargs: dict[str, Any] | None,
) -> str | None:
    def deserialize(wire: Any) -> str | None:
        if wire is None:
            if start is not None:
                raise ValueError("this input returns text, not None")
            return None
        if not isinstance(wire, str):
            raise ValueError("expected a string")
        if limit is not None and len(wire) > limit:
            raise ValueError(f"longer than max_chars ({limit})")
        return wire

    value = register_widget(
        kind,
        props,
        key=key,
        params=params,
        default=start,
        deserialize=deserialize,
        serialize=lambda v: None if v is None else str(v),
        on_change=on_change,
        args=callback_args(args),
        kwargs=kwargs,
        has_explicit_value=start not in ("", None),
    )
    return None if value is None else str(value)
