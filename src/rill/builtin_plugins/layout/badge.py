"""`st.badge`: a small colored label."""

from __future__ import annotations

from typing import Literal

from rill.builtin_plugins.layout import sizing
from rill.plugins import Container, RillAPIError, add_element, command, validate_icon

COLORS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "primary")

BadgeColor = Literal[
    "red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "primary"
]


@command("layout")
def badge(
    label: str,
    *,
    icon: str | None = None,
    color: BadgeColor = "blue",
    width: int | Literal["content", "stretch"] = "content",
    help: str | None = None,
) -> Container:
    """Show a colored badge: a short label, with an optional icon.

    The same badge can be written inline in any Markdown as `:blue-badge[Home]`; `st.badge`
    shows one on its own line.

    Args:
        label: The text, as inline Markdown (bold, italics, code...). Square brackets are
            shown as they are.
        icon: An emoji or `":material/icon_name:"` shown before the label.
        color: `"blue"` (the default), `"green"`, `"orange"`, `"red"`, `"violet"`,
            `"yellow"`, `"gray"` (or `"grey"`), or `"primary"` (the theme's primary color).
        width: `"content"` (as wide as the badge), `"stretch"` or pixels.
        help: A tooltip shown next to the badge (Markdown).

    Returns:
        The element's handle (a placeholder its next write replaces).

    Example:
        st.badge("New")
        st.badge("Success", icon=":material/check:", color="green")
    """
    if color not in COLORS:
        choices = ", ".join(f'"{c}"' for c in COLORS)
        raise RillAPIError(
            f"The color argument to st.badge must be one of {choices}, not {color!r}."
        )
    props = {
        "label": str(label),
        "icon": validate_icon(icon),
        "color": "gray" if color == "grey" else color,
        "width": sizing.width(width, "st.badge"),
        "help": str(help) if help else None,
    }
    return add_element("badge", props)
