"""`st.button`: a trigger, True for the one run that follows a click."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Literal

from rill.builtin_plugins.widgets.labels import callback_args, widget_props
from rill.plugins import RillAPIError, command, register_widget, require_ctx

BUTTON_TYPES = ("primary", "secondary", "tertiary")


@command("widgets")
def button(
    label: str,
    key: str | int | None = None,
    help: str | None = None,
    on_click: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    type: Literal["primary", "secondary", "tertiary"] = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Literal["content", "stretch"] | int = "content",
) -> bool:
    """Display a button; True on the run right after it was clicked, False otherwise.

    Args:
        label: The button's text (Markdown).
        key: Identifies the button among identical ones; stable across label changes.
        help: A tooltip shown on hover.
        on_click: Called with `args` and `kwargs` before the rerun the click causes.
        args: Positional arguments for `on_click`.
        kwargs: Keyword arguments for `on_click`.
        type: `"primary"`, `"secondary"` or `"tertiary"` emphasis.
        icon: An emoji or `:material/icon_name:` shown before the label.
        disabled: Grey the button out and ignore clicks.
        use_container_width: Deprecated spelling of `width="stretch"` (True) or
            `width="content"` (False).
        width: `"content"` (as wide as the label), `"stretch"` (the container's width) or a
            width in pixels (drawn as `"content"`).

    Returns:
        True on the run that follows a click.

    Raises:
        RillAPIError: inside `st.form` (use `st.form_submit_button`), or a bad `type`.

    Example:
        if st.button("Say hello", type="primary"):
            st.write("Hello!")
    """
    ctx = require_ctx("button")
    if ctx.form_id is not None:
        raise RillAPIError(
            "`st.button()` can't be used in an `st.form()`. Use `st.form_submit_button()` to "
            "submit a form."
        )
    if type not in BUTTON_TYPES:
        raise RillAPIError(
            'The type argument to st.button must be "primary", "secondary", or "tertiary". '
            f'\nThe argument passed was "{type}".'
        )
    stretch = _stretches(width) if use_container_width is None else bool(use_container_width)
    props = widget_props("button", label, help=help, disabled=disabled, label_visibility="visible")
    props.update(type=type, icon=icon, use_container_width=stretch)
    return bool(
        register_widget(
            "button",
            props,
            key=key,
            params={"label": label, "help": help, "type": type, "icon": icon, "stretch": stretch},
            default=False,
            deserialize=_click,
            serialize=bool,
            on_change=on_click,
            args=callback_args(args),
            kwargs=kwargs,
            trigger=True,
            settable=False,
        )
    )


def _stretches(width: Any) -> bool:
    if width in ("content", "stretch"):
        return bool(width == "stretch")
    if isinstance(width, bool) or not isinstance(width, int) or width <= 0:
        raise RillAPIError(
            f"Invalid width value: {width!r}. Width must be either an integer (pixels), "
            "'stretch', or 'content'."
        )
    return False


def _click(wire: Any) -> bool:
    if not isinstance(wire, bool):
        raise ValueError("a click is sent as true")
    return wire
