"""`st.spinner`: a spinner and a message, shown while a block of code runs."""

from __future__ import annotations

import contextlib
import textwrap
from typing import Any

from rill.builtin_plugins.status.sizes import check_bool, check_width
from rill.plugins import Container, add_element, command, get_script_run_ctx


def clear(slot: Container) -> None:
    """Empty the slot an element took, even while an exception (a rerun, a stop) unwinds."""
    add_element("empty", {}, container=slot, interruptible=False)


class Spinner(contextlib.ContextDecorator):
    """What `st.spinner(...)` returns: a context manager, and a decorator for functions."""

    def __init__(self, props: dict[str, Any]) -> None:
        self._props = props
        # One slot per active use: a decorated function may call itself.
        self._slots: list[Container | None] = []

    def __enter__(self) -> None:
        ctx = get_script_run_ctx()
        self._slots.append(add_element("spinner", self._props) if ctx is not None else None)

    def __exit__(self, *exc: object) -> None:
        slot = self._slots.pop() if self._slots else None
        if slot is not None and get_script_run_ctx() is not None:
            clear(slot)


@command("status")
def spinner(
    text: str = "In progress...", *, show_time: bool = False, width: Any = "content"
) -> Spinner:
    """Show a spinner with a message while a block of code runs.

    The spinner takes the place where `st.spinner` was entered; what the block writes goes below
    it, and the spinner is gone when the block ends (normally or with an exception). The browser
    shows it only after half a second, so quick blocks do not flicker. It also decorates
    functions: the spinner shows while each call runs.

    Args:
        text: The message, as Markdown.
        show_time: Show the time elapsed since the block began, to a tenth of a second.
        width: `"content"` (as wide as the message), `"stretch"` or a width in pixels.

    Returns:
        A context manager (and decorator).

    Example:
        import time

        with st.spinner("Loading the data...", show_time=True):
            time.sleep(3)
        st.success("Done!")
    """
    props: dict[str, Any] = {
        "text": textwrap.dedent(str(text)).strip(),
        "show_time": check_bool(show_time, "show_time", "spinner"),
    }
    if width != "content":
        props["width"] = check_width(width, "spinner", content=True)
    return Spinner(props)
