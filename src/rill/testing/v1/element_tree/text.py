"""Display elements: text, headings, code, alerts, exceptions, toasts.

Their `value` is what they show: the Markdown or text body for text-like elements, the message
for an exception. Tables are in `data`.
"""

from __future__ import annotations

from rill.testing.v1.element_tree.base import Element


class Markdown(Element):
    """`st.markdown` (and `st.write` of text)."""

    TYPE = "markdown"

    @property
    def value(self) -> str:
        return str(self.props.get("body", ""))

    @property
    def allow_html(self) -> bool:
        """Whether the Markdown may contain raw HTML (`unsafe_allow_html`)."""
        return bool(self.props.get("unsafe_allow_html", False))

    @property
    def is_caption(self) -> bool:
        return self.kind == "caption"


class Caption(Markdown):
    """`st.caption`."""

    TYPE = "caption"


class Latex(Markdown):
    """`st.latex`: `value` is the LaTeX source."""

    TYPE = "latex"


class Divider(Markdown):
    """`st.divider`: `value` is the Markdown rule it stands for."""

    TYPE = "divider"

    @property
    def value(self) -> str:
        return str(self.props.get("body", "---"))


class Heading(Element):
    """Base of `st.title`, `st.header` and `st.subheader`."""

    TAG = "h1"

    @property
    def value(self) -> str:
        return str(self.props.get("body", ""))

    @property
    def tag(self) -> str:
        """The HTML heading level: `"h1"`, `"h2"` or `"h3"`."""
        return self.TAG

    @property
    def anchor(self) -> str | None:
        anchor = self.props.get("anchor")
        return anchor if isinstance(anchor, str) else None

    @property
    def hide_anchor(self) -> bool:
        return self.props.get("anchor") is False


class Title(Heading):
    """`st.title`."""

    TYPE = "title"
    TAG = "h1"


class Header(Heading):
    """`st.header`."""

    TYPE = "header"
    TAG = "h2"


class Subheader(Heading):
    """`st.subheader`."""

    TYPE = "subheader"
    TAG = "h3"


class Text(Element):
    """`st.text`: fixed-width text."""

    TYPE = "text"

    @property
    def value(self) -> str:
        return str(self.props.get("body", ""))


class Code(Element):
    """`st.code`: `value` is the code."""

    TYPE = "code"

    @property
    def value(self) -> str:
        return str(self.props.get("body", ""))

    @property
    def language(self) -> str | None:
        language: str | None = self.props.get("language")
        return language

    @property
    def show_line_numbers(self) -> bool:
        return bool(self.props.get("line_numbers", False))


class Json(Element):
    """`st.json`: `value` is the JSON text shown; `expanded` is True, False or a depth."""

    TYPE = "json"

    @property
    def value(self) -> str:
        return str(self.props.get("body", ""))

    @property
    def expanded(self) -> bool | int:
        expanded: bool | int = self.props.get("expanded", True)
        return expanded


class Alert(Element):
    """Base of `st.success`, `st.info`, `st.warning` and `st.error`: `value` is the body."""

    @property
    def value(self) -> str:
        return str(self.props.get("body", ""))

    @property
    def icon(self) -> str | None:
        icon: str | None = self.props.get("icon")
        return icon


class Success(Alert):
    TYPE = "success"


class Info(Alert):
    TYPE = "info"


class Warning(Alert):
    TYPE = "warning"


class Error(Alert):
    TYPE = "error"


class Exception(Element):
    """An exception shown in the app (one the script raised, or `st.exception`).

    Attributes:
        message: The exception's message (`str(exc)`); also `value`.
        stack_trace: The formatted traceback lines.
        is_warning: Shown as a warning rather than an error.
    """

    TYPE = "exception"

    @property
    def message(self) -> str:
        return str(self.props.get("message", ""))

    @property
    def value(self) -> str:
        return self.message

    @property
    def stack_trace(self) -> list[str]:
        return list(self.props.get("traceback") or [])

    @property
    def is_warning(self) -> bool:
        return bool(self.props.get("is_warning", False))

    @property
    def is_markdown(self) -> bool:
        return False


class Toast(Element):
    """`st.toast`: `value` is its body."""

    TYPE = "toast"

    @property
    def value(self) -> str:
        return str(self.props.get("body", ""))
