"""Checking the `width` and `height` arguments of the status commands."""

from __future__ import annotations

from typing import Any

from rill.plugins import RillAPIError


def _pixels(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def check_width(width: Any, command: str, *, content: bool = False) -> str | int:
    """`width` as the props carry it: `"stretch"`, `"content"` (where allowed) or pixels."""
    if width == "stretch" or (content and width == "content") or _pixels(width):
        result: str | int = width
        return result
    allowed = '"stretch", "content"' if content else '"stretch"'
    raise RillAPIError(
        f"The `width` argument of st.{command} must be {allowed} or a positive number of pixels, "
        f"not {width!r}."
    )


def check_height(height: Any, command: str) -> str | int | None:
    """`height` as the props carry it: None (the element's own height), `"stretch"` or pixels."""
    if height is None or height == "stretch" or _pixels(height):
        result: str | int | None = height
        return result
    raise RillAPIError(
        f'The `height` argument of st.{command} must be None, "stretch" or a positive number of '
        f"pixels, not {height!r}."
    )


def check_bool(value: Any, name: str, command: str) -> bool:
    """`value` if it is a bool; a RillAPIError naming the argument otherwise."""
    # NumPy's booleans are not `bool`, but they are what a comparison on an array gives.
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return bool(value)
    raise RillAPIError(
        f"The `{name}` argument of st.{command} must be True or False, not {value!r}."
    )
