"""`st.skeleton`: a shimmering placeholder for content that is still loading."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rill.builtin_plugins.status.sizes import check_height, check_width
from rill.builtin_plugins.status.spinner import clear
from rill.plugins import Container, add_element, command, get_script_run_ctx


class SkeletonPlaceholder(Container):
    """A slot showing a skeleton until something is written into it.

    Calling a command on it (`placeholder.dataframe(df)`) replaces the skeleton, as with
    `st.empty()`. Used with `with`, it is a loading indicator instead: what the block writes
    goes to the container around it, and the skeleton goes away when the block ends.
    """

    __slots__ = ("_filled",)

    def __init__(self, slot: Container) -> None:
        super().__init__(
            slot.path,
            slot=True,
            kind="skeleton",
            fragment_id=slot.fragment_id,
            form_id=slot.form_id,
        )
        self._filled = False

    def __enter__(self) -> SkeletonPlaceholder:
        return self  # the block writes where it is, not into the skeleton

    def __exit__(self, *exc: object) -> None:
        if not self._filled and get_script_run_ctx() is not None:
            clear(self)
            self._filled = True

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name.startswith("_"):
            raise AttributeError(name)
        slot = Container(
            self.path,
            slot=True,
            kind="skeleton",
            fragment_id=self.fragment_id,
            form_id=self.form_id,
        )
        write = getattr(slot, name)

        def bound(*args: Any, **kwargs: Any) -> Any:
            self._filled = True
            return write(*args, **kwargs)

        bound.__name__ = name
        bound.__doc__ = write.__doc__
        return bound


@command("status")
def skeleton(height: Any = None, *, width: Any = "stretch") -> SkeletonPlaceholder:
    """Show a skeleton: an animated placeholder that holds the room of content still loading.

    Either write into what it returns, which replaces the skeleton (like `st.empty()`), or use
    it with `with`: the skeleton shows while the block runs, the block's elements go to the
    container around it, and the skeleton is removed when the block ends, even by an error.

    Args:
        height: None for the height of one widget, a height in pixels, or `"stretch"` to fill
            a parent of fixed height.
        width: `"stretch"` to fill the container, or a width in pixels.

    Returns:
        The placeholder.

    Example:
        import time

        with st.skeleton(height=200):
            time.sleep(2)
            st.line_chart([1, 3, 2, 4])
    """
    props: dict[str, Any] = {"height": check_height(height, "skeleton")}
    if width != "stretch":
        props["width"] = check_width(width, "skeleton")
    return SkeletonPlaceholder(add_element("skeleton", props))
