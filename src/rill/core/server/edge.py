"""The HTTP edge: headers every response carries, and the Content-Security-Policy of the app page.

Every response, whichever handler wrote it (the app page, assets, health, plugin routes, the
WebSocket handshake, Tornado's own 404s), passes through `EdgeHeaders`, a Tornado output
transform, so no route can forget them:

- `Server: rill`, never the framework and its version (one less fact for a scanner);
- `X-Content-Type-Options: nosniff`: a browser uses the declared type, so a file served as
  `text/plain` is never run as a script;
- `Referrer-Policy: strict-origin-when-cross-origin`: links out of an app reveal the origin
  only, never the page's path and query string (which may carry state);
- `Strict-Transport-Security` when this server terminates TLS itself (`server.sslCertFile`).

The app page (`index.html`) also carries `Content-Security-Policy`: by default
`default_policy(frame_ancestors)`, under which the whole client works with no inline script and
no `eval`. `server.contentSecurityPolicy` replaces it as a whole, and `server.frameAncestors`
says which sites may embed the app in a frame.

Security warning: loosening the policy (`'unsafe-eval'`, `'unsafe-inline'` scripts, `*` sources)
lets any HTML an app shows, from `st.markdown(unsafe_allow_html=True)` to a component, run
script with the app's cookies. Loosen only for what you serve yourself.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from tornado.httputil import HTTPHeaders, HTTPServerRequest
from tornado.web import OutputTransform

#: What every response carries, whatever wrote it.
HEADERS = {
    "Server": "rill",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}

#: Sent over HTTPS only: browsers then refuse plain HTTP to this host for a year.
HSTS = "max-age=31536000"


def default_policy(frame_ancestors: str) -> str:
    """The default Content-Security-Policy of the app page.

    Scripts only from the app's own origin (the client's bundles and plugin element modules),
    and WebAssembly compiled from them (`'wasm-unsafe-eval'`: Graphviz runs as WebAssembly for
    `st.graphviz_chart`; it lets pages compile WebAssembly, never run JavaScript `eval`);
    styles inline too, because the widget library sets CSS variables in `style` attributes and
    `<style>` tags at run time; images and media also from `data:`/`blob:` URLs (generated
    media) and any HTTPS site (`st.image("https://...")`); frames from the app and HTTPS sites
    (`st.iframe`, components); connections to the app's origin only (its WebSocket included).

    Example:
        >>> "frame-ancestors 'self'" in default_policy("'self'")
        True
    """
    directives = {
        "default-src": "'self'",
        "script-src": "'self' 'wasm-unsafe-eval'",
        "style-src": "'self' 'unsafe-inline'",
        "img-src": "'self' data: blob: https:",
        "media-src": "'self' data: blob: https:",
        "font-src": "'self' data:",
        "connect-src": "'self'",
        "frame-src": "'self' blob: data: https:",
        "worker-src": "'self' blob:",
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
        "frame-ancestors": frame_ancestors,
    }
    return "; ".join(f"{name} {sources}" for name, sources in directives.items())


def page_policy(config: Any) -> str | None:
    """The app page's policy under `config`: the configured one, the default, or None (off).

    `server.contentSecurityPolicy` unset means the default policy; set to `""` it turns the
    header off (documented as unsafe).
    """
    custom = config.get("server.contentSecurityPolicy")
    if custom is not None:
        return str(custom) or None
    return default_policy(str(config.get("server.frameAncestors")))


class EdgeHeaders(OutputTransform):
    """Puts `HEADERS` (and HSTS under TLS) on every response, replacing Tornado's `Server`."""

    def __init__(self, request: HTTPServerRequest, tls: bool = False) -> None:
        super().__init__(request)
        self.tls = tls

    def transform_first_chunk(
        self, status_code: int, headers: HTTPHeaders, chunk: bytes, finishing: bool
    ) -> tuple[int, HTTPHeaders, bytes]:
        for name, value in HEADERS.items():
            headers[name] = value
        if self.tls:
            headers["Strict-Transport-Security"] = HSTS
        return status_code, headers, chunk


def edge_transform(tls: bool) -> Any:
    """The transform factory Tornado's `Application(transforms=...)` calls once per request."""
    return partial(EdgeHeaders, tls=tls)
