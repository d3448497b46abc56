"""`st.menu_button`: a button that opens a menu; the chosen option is the value for one run.

Like `st.button`, the value lasts one run: the option picked, in the run that follows the pick,
then None again. The browser sends the option's index (`MenuButtonProps`); the widget keeps the
option as its value through that run, so that `on_click` and the script read it in
`st.session_state[key]`, and puts None back when the run ends. Every pick is a change, even of
the option picked last time, so `on_click` runs for each.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Literal

from rill.builtin_plugins.widgets.labels import callback_args, widget_props
from rill.builtin_plugins.widgets.options import Choices, enum_coercion_mode
from rill.builtin_plugins.widgets.widths import check_width
from rill.plugins import (
    RillAPIError,
    command,
    register_widget,
    require_ctx,
    validate_icon,
    widget_id,
)

BUTTON_TYPES = ("primary", "secondary", "tertiary")

#: Session stash key: widget id → (run id, option) of the last pick a run returned, so that
#: AppTest can tell what the run that drew the menu button got.
PICKS = "widgets.menu_button.picks"


@command("widgets")
def menu_button(
    label: str,
    options: Iterable[Any],
    *,
    key: str | int | None = None,
    help: str | None = None,
    on_click: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    type: Literal["primary", "secondary", "tertiary"] = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    width: Literal["content", "stretch"] | int = "content",
    format_func: Callable[[Any], Any] = str,
    wrap: bool | None = None,
) -> Any:
    """Display a button that opens a menu of options; picking one reruns the app.

    Opening and closing the menu without picking does nothing. The label stays as it is after
    a pick, and the value goes back to None on the next run, as a button's goes back to False.

    Args:
        label: The button's text (Markdown).
        options: The menu's options: any iterable (list, tuple, set, dict keys, Enum class,
            pandas Series or DataFrame, its first column). At least one.
        key: Identifies the widget; the pick is also `st.session_state[key]` (read-only).
        help: A tooltip shown on hover.
        on_click: Called with `args` and `kwargs` when an option is picked, before the rerun.
        args: Positional arguments for `on_click`.
        kwargs: Keyword arguments for `on_click`.
        type: `"primary"`, `"secondary"` or `"tertiary"` emphasis.
        icon: An emoji or `:material/icon_name:` shown before the label.
        disabled: Grey the button out.
        width: `"content"`, `"stretch"` (the container's width) or a width in pixels.
        format_func: Option → the label shown for it in the menu (labels must differ).
        wrap: Whether a long label wraps (True) or is cut with an ellipsis (False); None lets
            the layout decide.

    Returns:
        The option picked, in the run that follows the pick; None otherwise.

    Raises:
        RillAPIError: inside `st.form`, no options, two options with the same label, or a bad
            `type` or `icon`.

    Example:
        action = st.menu_button("Export", options=["CSV", "JSON", "PDF"])
        if action is not None:
            st.write(f"Exporting as {action}...")
    """
    ctx = require_ctx("menu_button")
    if ctx.form_id is not None:
        raise RillAPIError(
            "`st.menu_button()` can't be used in an `st.form()`. Use `st.form_submit_button()` "
            "to submit a form."
        )
    if type not in BUTTON_TYPES:
        raise RillAPIError(
            'The type argument to st.menu_button must be "primary", "secondary", or '
            f'"tertiary". \nThe argument passed was "{type}".'
        )
    choices = Choices(options, format_func, enum_coercion_mode(ctx))
    if not len(choices):
        raise RillAPIError("`options` of st.menu_button is required: provide at least one option.")
    if len(set(choices.labels)) != len(choices.labels):
        raise RillAPIError(
            "The `format_func` produced duplicate labels for the menu button options. Each "
            "formatted option label must be unique."
        )
    if wrap is not None and not isinstance(wrap, bool):
        raise RillAPIError(f"`wrap` must be True, False or None, not {wrap!r}.")
    props = widget_props(
        "menu_button", label, help=help, disabled=disabled, label_visibility="visible"
    )
    props.update(
        options=list(choices.labels),
        type=type,
        icon=validate_icon(icon),
        width=check_width(width),
        wrap=wrap,
    )
    params = {
        "label": label,
        "options": tuple(choices.labels),
        "help": help,
        "type": type,
        "icon": icon,
        "width": props["width"],
    }
    picked = register_widget(
        "menu_button",
        props,
        key=key,
        params=params,
        default=None,
        deserialize=choices.at,
        serialize=lambda _value: None,
        on_change=on_click,
        args=callback_args(args),
        kwargs=kwargs,
        settable=False,
        valid=lambda value: value is None or choices.find(value) is not None,
        coerce=lambda value: value if value is None else choices.coerce(value),
    )
    if picked is not None:
        wid = widget_id("menu_button", None if key is None else str(key), params, str(ctx.page))
        state = ctx.state
        ctx.on_finish.append(lambda: state.set_value(wid, None))
        ctx.session.stash.setdefault(PICKS, {})[wid] = (ctx.run_id, picked)
    return picked
