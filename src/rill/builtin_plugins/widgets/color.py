"""`st.color_picker`: a color as a hex string."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, Literal

from rill.builtin_plugins.widgets.labels import callback_args, widget_props
from rill.plugins import RillAPIError, command, register_widget

LabelVisibility = Literal["visible", "hidden", "collapsed"]

_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")


def _full_hex(color: str) -> str:
    """`#rgb` or `#rrggbb` as lowercase `#rrggbb` (what the browser's picker shows)."""
    if len(color) == 4:
        color = "#" + "".join(c * 2 for c in color[1:])
    return color.lower()


@command("widgets")
def color_picker(
    label: str,
    value: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: LabelVisibility = "visible",
) -> str:
    """Display a color picker.

    Args:
        label: What the color is for (Markdown).
        value: The starting color, as `#rrggbb` or `#rgb` (default black, `#000000`).
        key: Identifies the widget; its value is also `st.session_state[key]`.
        help: A tooltip next to the label.
        on_change: Called with `args` and `kwargs` when the color changes.
        args: Positional arguments for `on_change`.
        kwargs: Keyword arguments for `on_change`.
        disabled: Grey the picker out.
        label_visibility: `"visible"`, `"hidden"` (keeps the space) or `"collapsed"`.

    Returns:
        The color as a hex string: the `value` given until the user picks one, then
        `#rrggbb`.

    Raises:
        RillAPIError: `value` is not a hex color string.

    Example:
        color = st.color_picker("Pick a color", "#00f900")
        st.write("The current color is", color)
    """
    props = widget_props(
        "color_picker", label, help=help, disabled=disabled, label_visibility=label_visibility
    )
    start = "#000000" if value is None else value
    if not isinstance(start, str):
        raise RillAPIError(
            f"Color Picker Value has invalid type: {type(start).__name__}. Expects a hex string "
            "like '#00FFAA' or '#000'."
        )
    if not _HEX.match(start):
        raise RillAPIError(
            f"'{start}' is not a valid hex code for colors. Valid ones are like '#00FFAA' or "
            "'#000'."
        )

    def deserialize(wire: Any) -> str:
        if not isinstance(wire, str) or not _HEX.match(wire):
            raise ValueError("expected a #rrggbb color")
        return _full_hex(wire)

    result = register_widget(
        "color_picker",
        props,
        key=key,
        params={"label": label, "value": start, "help": help},
        default=start,
        deserialize=deserialize,
        serialize=_full_hex,
        on_change=on_change,
        args=callback_args(args),
        kwargs=kwargs,
        valid=lambda kept: isinstance(kept, str) and bool(_HEX.match(kept)),
        has_explicit_value=value is not None,
    )
    return str(result)
