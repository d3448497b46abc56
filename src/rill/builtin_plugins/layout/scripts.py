"""Scripts of `st.html(..., unsafe_allow_javascript=True)`, run under the app's strict policy.

The app page's Content-Security-Policy allows scripts from the app's own origin only, never
inline ones. So before such HTML is sent, each inline `<script>` is stored as a file in the
media storage (shared by every server of an app, kept while the session shows it) and pointed
to by a same-origin URL, `_rill/html/<id>.js`, which `serve_script` answers. The browser then
runs the scripts in document order. Scripts that already have a `src`, and data blocks
(`type="application/json"`...), are left as they are.
"""

from __future__ import annotations

import asyncio
import re

from rill.plugins import Request, Response, add_media

#: The route that serves the scripts (under `server.baseUrlPath`).
SCRIPT_ROUTE = "/_rill/html/{name}"
MIMETYPE = "text/javascript"

_SCRIPT = re.compile(
    r"<script\b((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL
)
_ATTRIBUTE = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"'=<`]+)))?""")
#: `type` values a browser runs as script (the empty string: no `type` at all).
_JS_TYPES = frozenset(
    {
        "",
        "module",
        "text/javascript",
        "application/javascript",
        "text/ecmascript",
        "application/ecmascript",
        "application/x-javascript",
        "text/jscript",
    }
)
_NAME = re.compile(r"([0-9a-f]{56})\.js")


def _attributes(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(text):
        name = match.group(1).lower()
        value = next((v for v in match.group(2, 3, 4) if v is not None), "")
        found.setdefault(name, value)
    return found


def externalize_scripts(html: str) -> str:
    """`html` with each inline script replaced by a `<script src>` of the same code.

    Example:
        externalize_scripts("<p>Hi</p><script>alert(1)</script>")
        # '<p>Hi</p><script src="_rill/html/4f2c….js"></script>'
    """

    def replace(match: re.Match[str]) -> str:
        attributes, code = match.group(1), match.group(2)
        found = _attributes(attributes)
        kind = found.get("type", "").strip().lower()
        if "src" in found or kind not in _JS_TYPES or not code.strip():
            return match.group(0)
        url = add_media(code.encode("utf-8"), MIMETYPE)
        file_id = url.rsplit("/", 1)[-1].split(".", 1)[0]
        return f'<script src="_rill/html/{file_id}.js"{attributes.rstrip("/")}></script>'

    return _SCRIPT.sub(replace, html)


async def serve_script(request: Request) -> Response:
    """`GET _rill/html/<id>.js`: a script `externalize_scripts` stored, as JavaScript."""
    match = _NAME.fullmatch(request.params.get("name", ""))
    media = request.kernel.backends.media
    if match is None or media is None:
        return Response("no such script", status=404)
    found = await asyncio.to_thread(media.get, match.group(1))
    if found is None or found.mimetype != MIMETYPE:
        return Response("no such script", status=404)
    return Response(
        found.data,
        content_type=f"{MIMETYPE}; charset=utf-8",
        headers=[("Cache-Control", "private, max-age=86400, immutable")],
    )
