"""`st.html`: HTML shown in the page itself (not in a frame).

The browser sanitizes it (scripts, event handler attributes and `javascript:` URLs go) unless
the app passes `unsafe_allow_javascript=True`. rill's app page forbids inline script
(`script-src 'self'`), so for that case each inline `<script>` of the body is stored as a file
in the session's media storage and rewritten as `<script src="_rill/html/<id>.js">`, a
same-origin URL the policy allows (served by `scripts.serve_script`). HTML that holds only
`<style>` elements goes to the event layer, where it takes no room in the app.
"""

from __future__ import annotations

import os
import re
import textwrap
from pathlib import Path
from typing import Any

from rill.builtin_plugins.layout import sizing
from rill.builtin_plugins.layout.scripts import externalize_scripts
from rill.plugins import EVENT, Container, RillAPIError, add_element, command, require_ctx

_COMMENTS = re.compile(r"<!--.*?-->", re.DOTALL)
_STYLES = re.compile(r"<style\b[^>]*>.*?</style\s*>", re.DOTALL | re.IGNORECASE)


@command("layout")
def html(
    body: Any, *, width: int | str = "stretch", unsafe_allow_javascript: bool = False
) -> Container:
    """Show HTML in the app.

    The HTML is part of the page, not framed. By default the browser removes what could run
    code from it: `<script>` elements, event handler attributes (`onclick=...`) and
    `javascript:` URLs. Styles stay; HTML made only of `<style>` elements (a CSS file, for
    example) is added out of the flow of the app, so it takes no room.

    Security warning: with `unsafe_allow_javascript=True` the HTML is shown as it is and its
    scripts run with the app's privileges. Pass only HTML you wrote yourself, never text from
    users. Under the app page's default Content-Security-Policy, inline `<script>` elements run
    (rill serves each one from the app's own origin) and `<script src>` from the app's origin
    does, but scripts from other sites, inline event handler attributes and `javascript:` URLs
    are still blocked: allow them with `server.contentSecurityPolicy` if you must.

    Args:
        body: The HTML: a string, the path of a file (`str` or `Path`) whose text is used
            (a `.css` file is wrapped in `<style>`), or an object: its `_repr_html_()` or
            `__html__()` if it has one, else `str(body)`.
        width: `"stretch"` (the parent's width), `"content"` (as wide as the HTML) or pixels.
        unsafe_allow_javascript: Run the HTML's scripts instead of removing them.

    Returns:
        The element's handle (a placeholder its next write replaces).

    Raises:
        RillAPIError: the HTML is empty, or `width` is not a width.

    Example:
        st.html("<p><span style='text-decoration: line-through double red'>Oops</span>!</p>")
    """
    text = _html_text(body)
    if text == "":
        raise RillAPIError("`st.html` body cannot be empty")
    checked_width = sizing.width(width, "st.html")
    ctx = require_ctx("html")
    if styles_only(text):
        # In a fragment's rerun, the event layer is out of reach: the styles stay in place
        # (the browser hides the element, the styles still apply).
        where = Container((EVENT,)) if ctx.fragment_id is None else None
        props = {"body": text, "width": "stretch", "unsafe_allow_javascript": False}
        return add_element("html", props, container=where)
    allow = bool(unsafe_allow_javascript)
    props = {
        "body": externalize_scripts(text) if allow else text,
        "width": checked_width,
        "unsafe_allow_javascript": allow,
    }
    return add_element("html", props)


def styles_only(text: str) -> bool:
    """Whether the HTML holds nothing but `<style>` elements and comments."""
    return _STYLES.sub("", _COMMENTS.sub("", text)).strip() == ""


def _html_text(body: Any) -> str:
    for method in ("_repr_html_", "__html__"):
        render = getattr(body, method, None)
        if callable(render) and not isinstance(body, type):
            return str(render())
    if isinstance(body, Path) or _is_file(body):
        path = Path(body)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise RillAPIError(f"st.html could not read {str(path)!r}: {exc.strerror}.") from exc
        return f"<style>{text}</style>" if path.suffix.lower() == ".css" else text
    return textwrap.dedent(str(body)).strip()


def _is_file(body: Any) -> bool:
    if not isinstance(body, str) or "\n" in body or "<" in body:
        return False
    try:
        return os.path.isfile(body)
    except (OSError, ValueError):
        return False
