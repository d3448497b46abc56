"""`st.pagination`: numbered page buttons between previous and next arrows; the value is the
page, from 1.

The page travels as it is (`PaginationProps`). A page kept from an earlier run that no longer
exists (fewer pages now, or a bad value set through `st.session_state`) falls back to
`default`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Literal

from rill.builtin_plugins.widgets.labels import callback_args
from rill.builtin_plugins.widgets.widths import check_width
from rill.plugins import RillAPIError, command, register_widget, require_ctx


@command("widgets")
def pagination(
    num_pages: int,
    *,
    default: int = 1,
    max_visible_pages: int | None = 7,
    width: Literal["content", "stretch"] | int = "content",
    key: str | int | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
) -> int:
    """Display page buttons to move through pages of content; one page is always selected.

    Args:
        num_pages: How many pages there are (at least 1).
        default: The page selected at first, from 1 to `num_pages`.
        max_visible_pages: How many page buttons to show besides the arrows (the first and
            last pages always show, with "…" for the pages left out); None shows them all, 0
            only the arrows.
        width: `"content"`, `"stretch"` (the container's width) or a width in pixels.
        key: Identifies the widget; its value is also `st.session_state[key]`.
        on_change: Called with `args` and `kwargs` when the page changes.
        args: Positional arguments for `on_change`.
        kwargs: Keyword arguments for `on_change`.
        disabled: Grey the buttons out.

    Returns:
        The selected page, from 1 to `num_pages`.

    Raises:
        RillAPIError: `num_pages` below 1, a `default` out of range, or a negative
            `max_visible_pages`.

    Example:
        rows = list(range(95))
        page = st.pagination(num_pages=10)
        st.write(rows[(page - 1) * 10 : page * 10])
    """
    require_ctx("pagination")
    if not _whole(num_pages) or num_pages < 1:
        raise RillAPIError(f"`num_pages` must be an integer of at least 1. Got {num_pages!r}.")
    if not _whole(default):
        raise RillAPIError(
            f"`default` must be of type int, not {type(default).__name__} ({default!r})."
        )
    if not 1 <= default <= num_pages:
        raise RillAPIError(
            f"The value {default} for `default` is out of range: it must be between 1 and "
            f"{num_pages}, inclusive."
        )
    if max_visible_pages is not None and (not _whole(max_visible_pages) or max_visible_pages < 0):
        raise RillAPIError(
            "`max_visible_pages` must be a non-negative integer or None. Got "
            f"{max_visible_pages!r}."
        )
    props = {
        "num_pages": num_pages,
        "max_visible_pages": max_visible_pages,
        "disabled": bool(disabled),
        "width": check_width(width),
    }

    def fits(page: Any) -> bool:
        return _whole(page) and 1 <= page <= num_pages

    def deserialize(wire: Any) -> int:
        if not fits(wire):
            raise ValueError(f"expected a page from 1 to {num_pages}")
        return int(wire)

    result = register_widget(
        "pagination",
        props,
        key=key,
        params={
            "num_pages": num_pages,
            "default": default,
            "max_visible_pages": max_visible_pages,
        },
        default=default,
        deserialize=deserialize,
        serialize=lambda page: page,
        on_change=on_change,
        args=callback_args(args),
        kwargs=kwargs,
        valid=fits,
        has_explicit_value=default != 1,
    )
    return int(result)


def _whole(value: Any) -> bool:
    """An int that is not a bool (True is not page 1)."""
    return isinstance(value, int) and not isinstance(value, bool)
