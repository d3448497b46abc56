"""`st.space`: empty space, vertical or horizontal as its container lays elements out."""

from __future__ import annotations

from typing import Literal

from rill.plugins import Container, RillAPIError, add_element, command

SIZES = ("small", "medium", "large", "stretch")


@command("layout")
def space(size: int | Literal["small", "medium", "large", "stretch"] = "small") -> Container:
    """Add empty space in the direction of the container: down in a column of elements,
    across in a horizontal container.

    Args:
        size: `"small"` (0.75rem, a widget label's height: lines a button up with labelled
            widgets), `"medium"` (2.5rem, a button's height), `"large"` (4.25rem, a labelled
            input's height), `"stretch"` (all the room left in the container) or pixels.

    Returns:
        The element's handle (a placeholder its next write replaces).

    Example:
        with st.container(horizontal=True):
            st.button("Left")
            st.space("stretch")
            st.button("Right")
    """
    pixels = isinstance(size, int) and not isinstance(size, bool) and size > 0
    if not (pixels or size in SIZES):
        raise RillAPIError(
            f"Invalid size value: {size!r}. The size of st.space must be a positive integer "
            "(pixels), 'small', 'medium', 'large', or 'stretch'."
        )
    return add_element("space", {"size": size})
