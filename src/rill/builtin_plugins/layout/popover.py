"""`st.popover`: a button that opens a floating container.

Opening and closing happen in the browser and rerun nothing; widgets inside rerun the app as
anywhere else, and the popover stays open across those reruns.
"""

from __future__ import annotations

from typing import Literal

from rill.builtin_plugins.layout import sizing
from rill.builtin_plugins.layout.nesting import note_block
from rill.plugins import Container, RillAPIError, add_element, command, require_ctx, validate_icon

BUTTON_TYPES = ("primary", "secondary", "tertiary")


@command("layout")
def popover(
    label: str,
    *,
    type: Literal["primary", "secondary", "tertiary"] = "secondary",
    help: str | None = None,
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: int | Literal["stretch", "content"] = "content",
) -> Container:
    """A button that opens a container floating over the app.

    The container opens when the button is clicked (or pressed with Enter or Space) and closes
    when the user clicks outside it, presses Escape or clicks the button again; keyboard focus
    moves into it on opening and back to the button on closing. Its contents are computed and
    sent on every run, open or not.

    Args:
        label: The button's label, as inline Markdown.
        type: `"primary"`, `"secondary"` or `"tertiary"` emphasis, as for `st.button`.
        help: A tooltip shown when the button is hovered or focused (Markdown).
        icon: An emoji or `":material/icon_name:"` shown before the label.
        disabled: Grey the button out; the popover cannot be opened.
        use_container_width: Deprecated spelling of `width="stretch"` (True) or
            `width="content"` (False); when given, it wins over `width`.
        width: The button's width: `"content"`, `"stretch"` or pixels. The floating container
            is at least as wide as the button.

    Returns:
        The popover's container.

    Example:
        with st.popover("Filters"):
            red = st.checkbox("Show red items", True)
            blue = st.checkbox("Show blue items", True)
        st.write("Showing:", "red" if red else "", "blue" if blue else "")
    """
    if label is None:
        raise RillAPIError("A label is required for a popover")
    if type not in BUTTON_TYPES:
        raise RillAPIError(
            'The type argument to st.popover must be "primary", "secondary", or "tertiary". '
            f'\nThe argument passed was "{type}".'
        )
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    props = {
        "label": str(label),
        "type": type,
        "help": str(help) if help else None,
        "icon": validate_icon(icon),
        "disabled": bool(disabled),
        "width": sizing.width(width, "st.popover"),
    }
    ctx = require_ctx("popover")
    block = add_element("popover", props, block=True)
    note_block(ctx, block)
    return block
