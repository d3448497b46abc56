"""`st.markdown`, `st.caption`, `st.text`, `st.code`, `st.latex` and `st.divider`."""

from __future__ import annotations

import textwrap
from typing import Any

from rill.plugins import Container, add_element, command


def clean_text(body: object) -> str:
    """`body` as text without its common indentation or surrounding blank space, so that a
    triple-quoted string indented with the code around it renders as intended."""
    return textwrap.dedent(str(body)).strip()


@command("text")
def markdown(
    body: object,
    unsafe_allow_html: bool = False,
    *,
    help: str | None = None,
    width: Any = "stretch",
) -> Container:
    """Show Markdown.

    Besides GitHub-flavored Markdown, the body may hold emoji shortcodes (`:tada:`), Material
    icons (`:material/home:`), colored text and backgrounds (`:red[text]`,
    `:blue-background[text]`), badges (`:green-badge[OK]`), small text (`:small[text]`) and
    math (`$x^2$`, `$$...$$`).

    Args:
        body: The Markdown (any object is turned into text with `str`). Indentation common to
            every line is removed.
        unsafe_allow_html: Render HTML tags in the body instead of showing them as text. Only
            for HTML you wrote yourself: user input rendered as HTML can attack your users.
        help: A tooltip shown next to the text.
        width: Accepted for compatibility; the text fills the width of its container.

    Returns:
        The element's handle: writing to it replaces the text.

    Example:
        st.markdown("Streamlit apps run **unchanged** on :blue[rill] :tada:")
    """
    props = {"body": clean_text(body), "unsafe_allow_html": bool(unsafe_allow_html), "help": help}
    return add_element("markdown", props)


@command("text")
def caption(
    body: object,
    unsafe_allow_html: bool = False,
    *,
    help: str | None = None,
    width: Any = "stretch",
) -> Container:
    """Show small, muted Markdown: for notes under a chart, footnotes, asides.

    Args:
        body: The Markdown (any object is turned into text with `str`).
        unsafe_allow_html: Render HTML tags in the body instead of showing them as text.
        help: A tooltip shown next to the text.
        width: Accepted for compatibility; the text fills the width of its container.

    Returns:
        The element's handle: writing to it replaces the caption.

    Example:
        st.caption("Source: the 2024 survey, *n* = 1,204")
    """
    props = {"body": clean_text(body), "unsafe_allow_html": bool(unsafe_allow_html), "help": help}
    return add_element("caption", props)


@command("text")
def text(body: object, *, help: str | None = None, width: Any = "content") -> Container:
    """Show fixed-width text, exactly as given: no Markdown.

    Args:
        body: The text (any object is turned into text with `str`).
        help: A tooltip shown next to the text.
        width: Accepted for compatibility.

    Returns:
        The element's handle: writing to it replaces the text.

    Example:
        st.text("Processed 1,024 files in 3.2 s")
    """
    return add_element("text", {"body": clean_text(body), "help": help})


@command("text")
def code(
    body: object,
    language: str | None = "python",
    *,
    line_numbers: bool = False,
    wrap_lines: bool = False,
    height: Any = "content",
    width: Any = "stretch",
) -> Container:
    """Show a block of code with syntax highlighting and a copy button.

    Args:
        body: The code (any object is turned into text with `str`).
        language: The language to highlight as (`"python"`, `"sql"`, `"json"`...); None shows
            plain text.
        line_numbers: Number the lines.
        wrap_lines: Wrap long lines instead of scrolling sideways.
        height: Accepted for compatibility; the block is as tall as its code.
        width: Accepted for compatibility; the block fills the width of its container.

    Returns:
        The element's handle: writing to it replaces the block.

    Example:
        st.code("SELECT * FROM orders WHERE total > 100", language="sql")
    """
    props = {
        "body": clean_text(body),
        "language": language,
        "line_numbers": bool(line_numbers),
        "wrap_lines": bool(wrap_lines),
    }
    return add_element("code", props)


@command("text")
def latex(body: object, *, help: str | None = None, width: Any = "stretch") -> Container:
    """Show display math, typeset from LaTeX.

    Args:
        body: The LaTeX source, without `$$` delimiters; a SymPy expression is converted with
            `sympy.latex`.
        help: A tooltip shown next to the math.
        width: Accepted for compatibility; the math is centered in its container.

    Returns:
        The element's handle: writing to it replaces the math.

    Example:
        st.latex(r"\\sum_{k=0}^{n-1} ar^k = a \\frac{1 - r^n}{1 - r}")
    """
    if type(body).__module__.startswith("sympy"):
        import sympy

        body = sympy.latex(body)
    return add_element("latex", {"body": clean_text(body), "help": help})


@command("text")
def divider(*, width: Any = "stretch") -> Container:
    """Show a horizontal rule.

    Args:
        width: Accepted for compatibility; the rule spans its container.

    Returns:
        The element's handle: writing to it replaces the rule.

    Example:
        st.write("Above")
        st.divider()
        st.write("Below")
    """
    return add_element("divider", {})
