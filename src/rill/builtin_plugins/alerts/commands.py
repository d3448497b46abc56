"""`st.success`, `st.info`, `st.warning`, `st.error` and `st.exception`."""

from __future__ import annotations

import textwrap
from typing import Any

from rill.plugins import (
    Container,
    RillAPIError,
    add_element,
    command,
    exception_props,
    validate_icon,
)


def _alert(kind: str, body: object, icon: str | None) -> Container:
    props = {"body": textwrap.dedent(str(body)).strip(), "icon": validate_icon(icon)}
    return add_element(kind, props)


@command("alerts")
def success(body: object, *, icon: str | None = None, width: Any = "stretch") -> Container:
    """Show a green box with a success message.

    Args:
        body: The message, as Markdown (any object is turned into text with `str`).
        icon: An emoji (`"✅"`) or Material icon (`":material/check:"`) shown before the text.
        width: Accepted for compatibility; alerts fill the width of their container.

    Returns:
        The element's handle: writing to it replaces the box.

    Example:
        st.success("Saved!", icon="✅")
    """
    return _alert("success", body, icon)


@command("alerts")
def info(body: object, *, icon: str | None = None, width: Any = "stretch") -> Container:
    """Show a blue box with an informational message.

    Args:
        body: The message, as Markdown (any object is turned into text with `str`).
        icon: An emoji (`"💡"`) or Material icon (`":material/info:"`) shown before the text.
        width: Accepted for compatibility; alerts fill the width of their container.

    Returns:
        The element's handle: writing to it replaces the box.

    Example:
        st.info("The data refreshes every hour.", icon="💡")
    """
    return _alert("info", body, icon)


@command("alerts")
def warning(body: object, *, icon: str | None = None, width: Any = "stretch") -> Container:
    """Show a yellow box with a warning.

    Args:
        body: The message, as Markdown (any object is turned into text with `str`).
        icon: An emoji (`"⚠️"`) or Material icon (`":material/warning:"`) shown before the text.
        width: Accepted for compatibility; alerts fill the width of their container.

    Returns:
        The element's handle: writing to it replaces the box.

    Example:
        st.warning("Only the first 1,000 rows are shown.", icon="⚠️")
    """
    return _alert("warning", body, icon)


@command("alerts")
def error(body: object, *, icon: str | None = None, width: Any = "stretch") -> Container:
    """Show a red box with an error message.

    Args:
        body: The message, as Markdown (any object is turned into text with `str`).
        icon: An emoji (`"🚨"`) or Material icon (`":material/error:"`) shown before the text.
        width: Accepted for compatibility; alerts fill the width of their container.

    Returns:
        The element's handle: writing to it replaces the box.

    Example:
        st.error("The file could not be read.", icon="🚨")
    """
    return _alert("error", body, icon)


@command("alerts")
def exception(exception: BaseException, width: Any = "stretch") -> Container:
    """Show an exception: its type, message and traceback, in an error box.

    Unlike an uncaught exception, which is shown only as far as `client.showErrorDetails`
    allows, an exception passed here is always shown in full: the app chose to show it.

    Args:
        exception: The exception to show.
        width: Accepted for compatibility; the box fills the width of its container.

    Returns:
        The element's handle: writing to it replaces the box.

    Example:
        try:
            1 / 0
        except ZeroDivisionError as exc:
            st.exception(exc)
    """
    if not isinstance(exception, BaseException):
        raise RillAPIError(f"st.exception() expects an exception, not {type(exception).__name__}.")
    return add_element("exception", exception_props(exception, "full"))
