"""`st.checkbox` and `st.toggle`: a bool the user switches."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Literal

from rill.builtin_plugins.widgets.labels import callback_args, widget_props
from rill.plugins import command, register_widget

LabelVisibility = Literal["visible", "hidden", "collapsed"]


@command("widgets")
def checkbox(
    label: str,
    value: bool = False,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
) -> bool:
    """Display a checkbox.

    Args:
        label: What the checkbox is for (Markdown).
        value: Whether it starts checked.
        key: Identifies the widget; its value is also `st.session_state[key]`.
        help: A tooltip next to the label.
        on_change: Called with `args` and `kwargs` when the value changes.
        args: Positional arguments for `on_change`.
        kwargs: Keyword arguments for `on_change`.
        disabled: Grey the checkbox out.
        label_visibility: `"visible"`, `"hidden"` (keeps the space) or `"collapsed"`.

    Returns:
        Whether the box is checked.

    Example:
        if st.checkbox("I agree"):
            st.write("Great!")
    """
    return _switch("checkbox", **locals())


@command("widgets")
def toggle(
    label: str,
    value: bool = False,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
) -> bool:
    """Display a toggle switch.

    Args:
        label: What the toggle is for (Markdown).
        value: Whether it starts on.
        key: Identifies the widget; its value is also `st.session_state[key]`.
        help: A tooltip next to the label.
        on_change: Called with `args` and `kwargs` when the value changes.
        args: Positional arguments for `on_change`.
        kwargs: Keyword arguments for `on_change`.
        disabled: Grey the toggle out.
        label_visibility: `"visible"`, `"hidden"` (keeps the space) or `"collapsed"`.

    Returns:
        Whether the toggle is on.

    Example:
        if st.toggle("Activate feature"):
            st.write("Feature activated!")
    """
    return _switch("toggle", **locals())


def _switch(
    kind: str,
    *,
    label: str,
    value: bool,
    key: str | int | None,
    help: str | None,
    on_change: Callable[..., Any] | None,
    args: Iterable[Any] | None,
    kwargs: dict[str, Any] | None,
    disabled: bool,
    label_visibility: LabelVisibility,
) -> bool:
    props = widget_props(
        kind, label, help=help, disabled=disabled, label_visibility=label_visibility
    )
    start = bool(value)
    result = register_widget(
        kind,
        props,
        key=key,
        params={"label": label, "value": start, "help": help},
        default=start,
        deserialize=_as_bool,
        serialize=bool,
        on_change=on_change,
        args=callback_args(args),
        kwargs=kwargs,
        has_explicit_value=start,
    )
    return bool(result)


def _as_bool(wire: Any) -> bool:
    if not isinstance(wire, bool):
        raise ValueError("expected true or false")
    return wire
