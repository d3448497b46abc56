"""Checking the sizing arguments layout commands share: `width`, `height`, `gap`, alignments.

Each check returns the value in the form the props carry, or raises a `RillAPIError` that names
the argument, the command and what it accepts.
"""

from __future__ import annotations

from typing import Any

from rill.plugins import RillAPIError

GAPS = ("small", "medium", "large")
HORIZONTAL_ALIGNMENTS = ("left", "center", "right", "distribute")
VERTICAL_ALIGNMENTS = ("top", "center", "bottom", "distribute")


def _pixels(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def width(value: Any, command: str, *, allow_content: bool = True) -> str | int:
    """`"stretch"`, `"content"` (when allowed) or a positive number of pixels."""
    allowed = ("stretch", "content") if allow_content else ("stretch",)
    if value in allowed or _pixels(value):
        checked: str | int = value
        return checked
    words = "a positive integer (pixels), 'stretch', or 'content'"
    if not allow_content:
        words = "a positive integer (pixels) or 'stretch'"
    raise RillAPIError(f"Invalid width value: {value!r}. The width of {command} must be {words}.")


def height(value: Any, command: str) -> str | int | None:
    """None for `"content"`, `"stretch"`, or a positive number of pixels."""
    if value is None or value == "content":
        return None
    if value == "stretch" or _pixels(value):
        checked: str | int = value
        return checked
    raise RillAPIError(
        f"Invalid height value: {value!r}. The height of {command} must be a positive integer "
        "(pixels), 'stretch', or 'content'."
    )


def gap(value: Any, command: str) -> str | None:
    """`"small"`, `"medium"`, `"large"` (any case) or None for no gap."""
    if value is None:
        return None
    if isinstance(value, str) and value.lower() in GAPS:
        return value.lower()
    raise RillAPIError(
        f'The gap argument to {command} must be "small", "medium", "large", or None. \n'
        f"The argument passed was {value!r}."
    )


def alignment(value: Any, argument: str, allowed: tuple[str, ...], command: str) -> str:
    """One of `allowed`, else an error listing them."""
    if isinstance(value, str) and value in allowed:
        return value
    choices = ", ".join(f'"{choice}"' for choice in allowed[:-1]) + f', or "{allowed[-1]}"'
    raise RillAPIError(
        f"The {argument} argument to {command} must be {choices}. \n"
        f"The argument passed was {value!r}."
    )
