"""Serving the browser client (`rill/static/`, built by Vite) and plugin element modules.

- `/<base>/` and page URLs (`/<base>/charts`: one path segment, no dot, not starting with `_`)
  get `index.html`, its `<base href="/">` rewritten to `/<base>/` so that the client's relative
  URLs resolve under the base path, never cached, with the Content-Security-Policy of `edge.py`.
  Every other path that is not a file of the client is a 404 with a short body: a scanner's
  `/.env`, `/wp-admin/` or `/_stcore/x` never gets the app page.
- Hidden files (any path segment starting with `.`) are never served, even when they exist.
- `/<base>/assets/...` are Vite's content-hashed bundles: cached for a year.
- `/<base>/_rill/elements/<kind>/<file>` are the files (ES modules first) of element types
  that have `assets`: third-party renderers and custom components.

When the frontend was not built (a source checkout before `pip install -e .`), a small page
says so, with status 200 so that health checks of a deployment still pass.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tornado.web import HTTPError, RequestHandler, StaticFileHandler

if TYPE_CHECKING:
    from rill.core.kernel import Kernel

#: Where the Python build puts the frontend (`frontend/vite.config.ts`, `build.outDir`).
STATIC_DIR = Path(__file__).resolve().parent.parent.parent / "static"

#: A page URL of the app: one path segment, no dot (files have one), not `_`-prefixed (reserved
#: for rill's own routes, and for Streamlit's `_stcore/` that old clients and scanners probe).
PAGE_PATH = re.compile(r"[^/._][^/.]*")

_BASE_HREF = re.compile(rb"""<base\s+href\s*=\s*["']/["']\s*/?>""", re.IGNORECASE)

NOT_BUILT = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>rill: frontend not built</title></head>
<body style="font-family: sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>rill's frontend is not built</h1>
<p>The server runs, but the browser client was not found in <code>{static}</code>.</p>
<p>From a source checkout, build it with <code>pip install -e .</code> (needs Node.js), or run
<code>npm ci &amp;&amp; npm run build</code> in <code>frontend/</code>. Installing rill from a
wheel ships it ready-built.</p>
</body>
</html>
"""


def index_html(static: Path, base: str) -> bytes | None:
    """`index.html` with its base href pointing at `/<base>/`, or None when not built.

    Example:
        >>> index_html(Path("/nonexistent"), "apps/x") is None
        True
    """
    try:
        html = (static / "index.html").read_bytes()
    except OSError:
        return None
    href = f"/{base}/" if base else "/"
    return _BASE_HREF.sub(f'<base href="{href}" />'.encode(), html, count=1)


def is_hidden(path: str) -> bool:
    """Whether `path` (URL-decoded, relative) names a hidden file or folder.

    Example:
        >>> is_hidden(".env"), is_hidden("assets/.git/config"), is_hidden("assets/app.js")
        (True, True, False)
    """
    return any(part.startswith(".") for part in re.split(r"[/\\]", path))


def refuse_hidden(path: str) -> None:
    """Answer 404 for a hidden path, as if it did not exist."""
    if is_hidden(path):
        raise HTTPError(404)


def set_xsrf_cookie(handler: RequestHandler) -> None:
    """Give the browser its XSRF token cookie (when `server.enableXsrfProtection`)."""
    if handler.application.settings.get("xsrf_cookies"):
        handler.xsrf_token  # noqa: B018 - reading the token is what sets the cookie


class FrontendHandler(StaticFileHandler):
    """Files of the built client; `index.html` for every path that is not one of them."""

    def initialize(
        self,
        path: str,
        default_filename: str | None = None,
        allowed_symlink_directory: str | list[str] | None = None,
        *,
        base: str = "",
        policy: str | None = None,
    ) -> None:
        super().initialize(path, default_filename, allowed_symlink_directory)
        self.base = base
        #: The app page's Content-Security-Policy (None: no header).
        self.policy = policy

    async def get(self, path: str, include_body: bool = True) -> None:
        refuse_hidden(path)
        if path.startswith(("assets/", "_rill/")):
            raise HTTPError(404)
        if path and path != "index.html" and os.path.isfile(os.path.join(self.root, path)):
            await super().get(path, include_body)
        elif path in ("", "index.html") or PAGE_PATH.fullmatch(path):
            self.send_index(include_body)
        else:
            raise HTTPError(404)

    def compute_etag(self) -> str | None:
        # index.html is rewritten per base path and must never be cached: no ETag for it.
        return super().compute_etag() if getattr(self, "absolute_path", None) else None

    def send_index(self, include_body: bool) -> None:
        html = index_html(Path(self.root), self.base)
        if html is None:
            html = NOT_BUILT.format(static=self.root).encode()
        set_xsrf_cookie(self)
        self.set_header("Content-Type", "text/html; charset=UTF-8")
        self.set_header("Cache-Control", "no-cache")
        if self.policy is not None:
            self.set_header("Content-Security-Policy", self.policy)
        if include_body:
            self.write(html)
        else:
            self.set_header("Content-Length", str(len(html)))
        self.finish()


class AssetsHandler(StaticFileHandler):
    """Vite's content-hashed bundles: a new build has new names, so cache them for a year."""

    async def get(self, path: str, include_body: bool = True) -> None:
        refuse_hidden(path)
        await super().get(path, include_body)

    def get_cache_time(self, path: str, modified: Any, mime_type: str) -> int:
        return self.CACHE_MAX_AGE

    def set_extra_headers(self, path: str) -> None:
        self.set_header("Cache-Control", f"public, max-age={self.CACHE_MAX_AGE}, immutable")


class ElementAssetHandler(StaticFileHandler):
    """`_rill/elements/<kind>/<file>`: a file of an element type's `assets` directory.

    The kind is looked up in the kernel on every request, so a type a script declared a moment
    ago is served like one registered at start-up, and a disabled plugin's kinds are not there
    at all (404). Hidden files and paths out of the directory are refused.
    """

    def initialize(  # type: ignore[override]
        self, kernel: Kernel, default_filename: str | None = None
    ) -> None:
        super().initialize(path="", default_filename=default_filename)
        self.kernel = kernel

    async def get(self, kind: str, path: str, include_body: bool = True) -> None:  # type: ignore[override]
        refuse_hidden(path)
        element = self.kernel.elements.get(kind)
        if element is None or element.assets is None:
            raise HTTPError(404)
        self.root = element.assets
        await super().get(path, include_body)

    async def head(self, kind: str, path: str) -> None:  # type: ignore[override]
        await self.get(kind, path, include_body=False)

    def get_content_type(self) -> str:
        # Browsers refuse to import an ES module served with a non-JavaScript type, and `.mjs`
        # is missing from some systems' MIME tables.
        if self.absolute_path and self.absolute_path.endswith((".js", ".mjs")):
            return "text/javascript; charset=utf-8"
        return super().get_content_type()
