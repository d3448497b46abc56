"""`st.title`, `st.header` and `st.subheader`."""

from __future__ import annotations

from typing import Any, Literal

from rill.builtin_plugins.text.markdown import clean_text
from rill.plugins import Container, RillAPIError, add_element, command, require_ctx

#: Colors a divider may have.
DIVIDER_COLORS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "rainbow")
#: The colors `divider=True` cycles through, heading by heading within a container.
AUTO_COLORS = ("blue", "green", "orange", "red", "violet", "yellow")

Anchor = str | Literal[False] | None
Divider = bool | str


def _anchor(anchor: Anchor) -> str | Literal[False] | None:
    if anchor is None or anchor is False or isinstance(anchor, str):
        return anchor
    if anchor is True:
        raise RillAPIError(
            "Anchor parameter has invalid value: True. Supported values: None, any string or False"
        )
    raise RillAPIError(
        f"Anchor parameter has invalid type: {type(anchor).__name__}. Supported values: None, "
        "any string or False"
    )


def _divider(divider: Divider) -> str | None:
    """The divider's color: a named one, the next of the rotation for `True`, or None."""
    if divider is False or divider is None:
        return None
    if divider is True:
        ctx = require_ctx("header")
        counts: dict[tuple[int, ...], int] = ctx.stash.setdefault("text.divider", {})
        parent = ctx.containers[-1].path
        n = counts.get(parent, 0)
        counts[parent] = n + 1
        return AUTO_COLORS[n % len(AUTO_COLORS)]
    if isinstance(divider, str) and divider in DIVIDER_COLORS:
        return divider
    raise RillAPIError(
        f"Divider parameter has invalid value: `{divider}`. Please choose from: "
        f"{', '.join(DIVIDER_COLORS)}."
    )


def _heading(
    kind: str, body: object, anchor: Anchor, help: str | None, divider: Divider
) -> Container:
    props = {
        "body": clean_text(body),
        "anchor": _anchor(anchor),
        "help": help,
        "divider": _divider(divider),
    }
    return add_element(kind, props)


@command("text")
def title(
    body: object, anchor: Anchor = None, *, help: str | None = None, width: Any = "stretch"
) -> Container:
    """Show a title: the largest heading, usually once at the top of a page.

    Args:
        body: The heading, as inline Markdown (any object is turned into text with `str`).
        anchor: The heading's anchor (`#anchor` in the URL); None derives one from the text,
            False shows no link.
        help: A tooltip shown next to the heading.
        width: Accepted for compatibility; headings fill the width of their container.

    Returns:
        The element's handle: writing to it replaces the heading.

    Example:
        st.title("Sales dashboard :bar_chart:")
    """
    return _heading("title", body, anchor, help, False)


@command("text")
def header(
    body: object,
    anchor: Anchor = None,
    *,
    help: str | None = None,
    divider: Divider = False,
    width: Any = "stretch",
) -> Container:
    """Show a section heading.

    Args:
        body: The heading, as inline Markdown (any object is turned into text with `str`).
        anchor: The heading's anchor (`#anchor` in the URL); None derives one from the text,
            False shows no link.
        help: A tooltip shown next to the heading.
        divider: Draw a colored rule under the heading: a color (`"blue"`, `"green"`,
            `"orange"`, `"red"`, `"violet"`, `"yellow"`, `"gray"`/`"grey"`, `"rainbow"`), or
            True for the next color of a rotation that restarts in every container.
        width: Accepted for compatibility; headings fill the width of their container.

    Returns:
        The element's handle: writing to it replaces the heading.

    Example:
        st.header("Revenue", divider="green")
    """
    return _heading("header", body, anchor, help, divider)


@command("text")
def subheader(
    body: object,
    anchor: Anchor = None,
    *,
    help: str | None = None,
    divider: Divider = False,
    width: Any = "stretch",
) -> Container:
    """Show a subsection heading.

    Args:
        body: The heading, as inline Markdown (any object is turned into text with `str`).
        anchor: The heading's anchor (`#anchor` in the URL); None derives one from the text,
            False shows no link.
        help: A tooltip shown next to the heading.
        divider: Draw a colored rule under the heading: a color name as for `st.header`, or
            True for the next color of the rotation.
        width: Accepted for compatibility; headings fill the width of their container.

    Returns:
        The element's handle: writing to it replaces the heading.

    Example:
        st.subheader("By region", divider=True)
    """
    return _heading("subheader", body, anchor, help, divider)
