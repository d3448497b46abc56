"""The `width` argument of the picking widgets: `"content"`, `"stretch"` or pixels."""

from __future__ import annotations

from typing import Any

from rill.plugins import RillAPIError


def check_width(width: Any, *, content: bool = True) -> str | int:
    """`width` if it is valid, else the documented error.

    Args:
        width: `"stretch"`, `"content"` (where `content` is True) or a positive int of pixels.
        content: Whether `"content"` is allowed (`st.datetime_input` only stretches).

    Example:
        check_width("stretch")  # "stretch"
        check_width(240)  # 240
    """
    if isinstance(width, str) and (width == "stretch" or (content and width == "content")):
        return width
    if isinstance(width, int) and not isinstance(width, bool) and width > 0:
        return width
    allowed = (
        "an integer (pixels), 'stretch', or 'content'"
        if content
        else "an integer (pixels) or 'stretch'"
    )
    raise RillAPIError(f"Invalid width value: {width!r}. Width must be either {allowed}.")
