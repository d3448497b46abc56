"""`st.container`, `st.expander`, `st.empty`, `st.sidebar` and `st.bottom`."""

from __future__ import annotations

from typing import Any

from rill.builtin_plugins.layout import sizing
from rill.builtin_plugins.layout.nesting import check_expander, note_block
from rill.plugins import (
    BOTTOM,
    EVENT,
    SIDEBAR,
    Container,
    RillAPIError,
    add_element,
    command,
    require_ctx,
    validate_icon,
)


class Sidebar(Container):
    """The sidebar, owned by the layout plugin: unusable while the operator disables it."""

    __slots__ = ()

    def __enter__(self) -> Container:
        require_ctx("sidebar").kernel.require("layout", "st.sidebar")
        return super().__enter__()

    def __getattr__(self, name: str) -> Any:
        if not name.startswith("_"):
            require_ctx("sidebar").kernel.require("layout", "st.sidebar")
        return super().__getattr__(name)


#: The sidebar: `st.sidebar.button(...)` or `with st.sidebar:` writes there, from anywhere.
sidebar = Sidebar((SIDEBAR,), kind="sidebar")


class Bottom(Container):
    """The bar pinned to the bottom of the main area (owned by the layout plugin).

    Only the main area may write to it: inside `st.sidebar`, a dialog or the event layer it
    raises, as the documentation of `st.bottom` says.
    """

    __slots__ = ()

    def _check(self) -> None:
        ctx = require_ctx("bottom")
        ctx.kernel.require("layout", "st.bottom")
        if ctx.containers[-1].path[0] in (SIDEBAR, EVENT):
            raise RillAPIError(
                "st.bottom can only be used in the main area of the app, not inside "
                "st.sidebar, a dialog or an event container such as st.toast."
            )

    def __enter__(self) -> Container:
        self._check()
        return super().__enter__()

    def __getattr__(self, name: str) -> Any:
        if not name.startswith("_"):
            self._check()
        return super().__getattr__(name)


#: The bottom bar: `st.bottom.chat_input(...)` or `with st.bottom:` pins elements to the bottom
#: of the main area, where they stay in view while the page scrolls.
bottom = Bottom((BOTTOM,), kind="bottom")


@command("layout")
def container(
    *,
    border: bool | None = None,
    key: str | None = None,
    width: int | str = "stretch",
    height: int | str = "content",
    horizontal: bool = False,
    horizontal_alignment: str = "left",
    vertical_alignment: str = "top",
    gap: str | None = "small",
) -> Container:
    """A container for several elements, written to now or later.

    Elements go into it with `with` or by calling commands on it. Since it keeps its place,
    it can be filled after elements that come below it: that is how to write out of order.

    Args:
        border: Draw a border around it; None draws one only when `height` is fixed.
        key: A stable name for the container, unique among the run's elements; the browser
            gives the container the CSS classes `st-key-<key>` and `rill-key-<key>`.
        width: `"stretch"` (the parent's width), `"content"` (as wide as what it holds) or
            pixels (at most the parent's width).
        height: `"content"` (grows with what it holds), `"stretch"` (at least the parent's
            height) or pixels: beyond that height the contents scroll, and the container is a
            region the keyboard can reach and scroll.
        horizontal: Lay the elements out in a row, wrapping to the next line when they do
            not fit, instead of one below the other.
        horizontal_alignment: `"left"`, `"center"`, `"right"` or `"distribute"` (spread
            over the width; the same as `"left"` in a vertical container).
        vertical_alignment: `"top"`, `"center"`, `"bottom"` or `"distribute"` (spread over
            the height; the same as `"top"` in a horizontal container).
        gap: The space between elements: `"small"` (1rem), `"medium"` (2rem), `"large"`
            (4rem) or None.

    Returns:
        The container.

    Example:
        summary = st.container(border=True)
        st.write("Details, computed first...")
        summary.write("...and the summary, shown above them.")

        with st.container(horizontal=True, horizontal_alignment="right"):
            st.button("Cancel")
            st.button("Save", type="primary")
    """
    ctx = require_ctx("container")
    props = {
        "border": None,
        "height": sizing.height(height, "st.container"),
        "width": sizing.width(width, "st.container"),
        "horizontal": bool(horizontal),
        "horizontal_alignment": sizing.alignment(
            horizontal_alignment,
            "horizontal_alignment",
            sizing.HORIZONTAL_ALIGNMENTS,
            "st.container",
        ),
        "vertical_alignment": sizing.alignment(
            vertical_alignment, "vertical_alignment", sizing.VERTICAL_ALIGNMENTS, "st.container"
        ),
        "gap": sizing.gap(gap, "st.container"),
        "key": _claim_key(ctx, key),
    }
    props["border"] = bool(border) if border is not None else isinstance(props["height"], int)
    block = add_element("container", props, block=True)
    note_block(ctx, block)
    return block


def _claim_key(ctx: Any, key: Any) -> str | None:
    """The container's key as text, unique among this run's widget and element keys."""
    if key is None:
        return None
    text = str(key)
    if text in ctx.widget_keys:
        raise RillAPIError(
            f"There are multiple elements with the same `key='{text}'`. To fix this, please "
            "make sure that the `key` argument is unique for each element you create."
        )
    ctx.widget_keys.add(text)
    return text


@command("layout")
def expander(
    label: str,
    expanded: bool = False,
    *,
    icon: str | None = None,
    width: Any = "stretch",
) -> Container:
    """A container that the user can open and close; closed, only its label shows.

    Expanders cannot be nested inside other expanders.

    Args:
        label: The header, as inline Markdown.
        expanded: Start open.
        icon: An emoji or Material icon (`":material/info:"`) shown before the label.
        width: Accepted for compatibility; the expander fills the width of its parent.

    Returns:
        The expander, a container.

    Example:
        with st.expander("See the raw data"):
            st.write({"rows": 120, "columns": 4})
    """
    if label is None:
        raise RillAPIError("A label is required for an expander")
    ctx = require_ctx("expander")
    check_expander(ctx, ctx.containers[-1])
    props = {"label": str(label), "expanded": bool(expanded), "icon": validate_icon(icon)}
    block = add_element("expander", props, block=True)
    note_block(ctx, block)
    return block


@command("layout")
def empty() -> Container:
    """A placeholder that holds one element at a time.

    Each write to it replaces what it holds; `placeholder.container()` puts several elements
    in it, and `placeholder.empty()` clears it.

    Returns:
        The placeholder.

    Example:
        import time

        placeholder = st.empty()
        for seconds in range(3, 0, -1):
            placeholder.write(f"⏳ {seconds}")
            time.sleep(1)
        placeholder.write("Done!")
    """
    return add_element("empty", {})
