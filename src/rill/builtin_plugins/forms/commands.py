"""`st.form` and `st.form_submit_button`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from rill.plugins import (
    Container,
    RillAPIError,
    add_element,
    command,
    register_widget,
    require_ctx,
    resend_widget,
)


@command("forms")
def form(
    key: str,
    clear_on_submit: bool = False,
    *,
    enter_to_submit: bool = True,
    border: bool = True,
) -> Container:
    """A container that batches its widgets: their values reach the script together, when a
    submit button of the form is pressed.

    Args:
        key: Identifies the form; unique within the app.
        clear_on_submit: After a submission, reset every widget of the form to its default.
        enter_to_submit: Pressing Enter in a text input of the form submits it.
        border: Draw a border around the form.

    Example:
        with st.form("signup"):
            name = st.text_input("Name")
            age = st.slider("Age", 0, 120, 30)
            if st.form_submit_button("Sign up"):
                st.write(f"Welcome, {name} ({age})")
    """
    ctx = require_ctx("form")
    if ctx.form_id is not None:
        raise RillAPIError("Forms cannot be nested in other forms.")
    form_id = str(key)
    marker = f"form:{form_id}"
    if marker in ctx.widget_keys:
        raise RillAPIError(
            f"There are multiple identical forms with `key='{form_id}'`. To fix this, please "
            "make sure that the `key` argument is unique for each `st.form` you create."
        )
    ctx.widget_keys.add(marker)
    ctx.stash.setdefault("forms.clear_on_submit", {})[form_id] = bool(clear_on_submit)
    props = {
        "form_id": form_id,
        "clear_on_submit": bool(clear_on_submit),
        "enter_to_submit": bool(enter_to_submit),
        "border": bool(border),
    }
    return add_element("form", props, block=True)


@command("forms")
def form_submit_button(
    label: str = "Submit",
    help: str | None = None,
    on_click: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    key: str | int | None = None,
    type: Literal["primary", "secondary", "tertiary"] = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
) -> bool:
    """A button that submits its form: True on the run right after it is pressed.

    Args:
        label: The button's text.
        help: A tooltip.
        on_click: Called (with `args`/`kwargs`) before the rerun the click causes.
        args: Positional arguments for `on_click`.
        kwargs: Keyword arguments for `on_click`.
        key: Identifies the button among identical ones.
        type: `"primary"`, `"secondary"` or `"tertiary"` emphasis.
        icon: An emoji or `:material/name:` icon before the label.
        disabled: Show the button greyed out and ignore clicks.
        use_container_width: Stretch the button to the container's width.

    Example:
        with st.form("search"):
            query = st.text_input("Query")
            submitted = st.form_submit_button("Search")
        if submitted:
            st.write(f"Searching for {query}...")
    """
    ctx = require_ctx("form_submit_button")
    form_id = ctx.form_id
    if form_id is None:
        raise RillAPIError("`st.form_submit_button()` must be used inside an `st.form()`.")
    if type not in ("primary", "secondary", "tertiary"):
        raise RillAPIError(
            f'The type argument to st.form_submit_button must be "primary", "secondary", or '
            f'"tertiary". The argument passed was "{type}".'
        )
    props: dict[str, Any] = {
        "label": str(label),
        "help": help,
        "disabled": bool(disabled),
        "label_visibility": "visible",
        "type": type,
        "icon": icon,
        "use_container_width": bool(use_container_width),
    }
    submitted = bool(
        register_widget(
            "form_submit_button",
            props,
            key=key,
            params={"label": str(label), "form": form_id, "type": type, "icon": icon},
            default=False,
            deserialize=_as_click,
            serialize=bool,
            on_change=on_click,
            args=tuple(args) if args is not None else None,
            kwargs=kwargs,
            trigger=True,
            settable=False,
        )
    )
    if submitted and ctx.stash.get("forms.clear_on_submit", {}).get(form_id, False):
        marker = f"form-cleared:{form_id}"
        if marker not in ctx.widget_keys:
            ctx.widget_keys.add(marker)
            ctx.on_finish.append(lambda: _clear_form(ctx, form_id))
    return submitted


def _as_click(wire: Any) -> bool:
    if not isinstance(wire, bool):
        raise ValueError("a click is sent as true")
    return wire


def _clear_form(ctx: Any, form_id: str) -> None:
    """Reset the form's widgets to their defaults and show that in the browser."""
    for widget_id in ctx.state.form_widgets(form_id):
        meta = ctx.state.meta(widget_id)
        if meta is None or meta.trigger:
            continue
        ctx.state.reset_widget(widget_id)
        resend_widget(widget_id)
