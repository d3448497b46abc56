"""`st.container`, `st.expander`, `st.empty` and `st.sidebar`."""

from __future__ import annotations

from typing import Any

from rill.builtin_plugins.layout.nesting import check_expander, note_block
from rill.plugins import (
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


def _height(height: Any) -> int | None:
    if height is None or height in ("content", "stretch"):
        return None
    if isinstance(height, int) and not isinstance(height, bool) and height > 0:
        return height
    raise RillAPIError(
        f'The height of st.container must be a positive number of pixels, "content" or '
        f'"stretch", not {height!r}.'
    )


@command("layout")
def container(
    *,
    border: bool | None = None,
    key: str | None = None,
    height: int | str | None = None,
    width: Any = "stretch",
) -> Container:
    """A container for several elements, written to now or later.

    Elements go into it with `with` or by calling commands on it. Since it keeps its place,
    it can be filled after elements that come below it: that is how to write out of order.

    Args:
        border: Draw a border around it; None draws one only when `height` is fixed.
        key: Accepted for compatibility (a name for styling the container).
        height: A height in pixels, beyond which the contents scroll; None or `"content"`
            grows with the contents.
        width: Accepted for compatibility; the container fills the width of its parent.

    Returns:
        The container.

    Example:
        summary = st.container(border=True)
        st.write("Details, computed first...")
        summary.write("...and the summary, shown above them.")
    """
    ctx = require_ctx("container")
    pixels = _height(height)
    props = {"border": border if border is not None else pixels is not None, "height": pixels}
    block = add_element("container", props, block=True)
    note_block(ctx, block)
    return block


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
