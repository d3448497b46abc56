"""The Tornado application: every route of one app, under `/<server.baseUrlPath>/`.

| path                             | what                                                    |
| -------------------------------- | ------------------------------------------------------- |
| `_rill/health`                   | `200 ok` while the server runs (GET, HEAD)              |
| `_rill/stream`                   | the WebSocket of a browser tab (`websocket.py`)         |
| `_rill/plugins/<plugin>/<file>`  | ES modules and files of plugin element renderers        |
| plugin routes                    | `rill_register_routes`, of enabled plugins only         |
| `assets/<file>`                  | the client's hashed bundles, cached for a year          |
| `<page>` (one segment, no dot)   | `index.html`: the app page (multipage URLs)             |
| anything else                    | the client's files (never hidden ones), else 404        |

Every response carries the headers of `edge.py` (no server version, `nosniff`, a referrer
policy, HSTS under TLS); the app page also carries its Content-Security-Policy.

XSRF: with `server.enableXsrfProtection`, Tornado's `xsrf_cookies` is on, so every POST, PUT
or DELETE route (uploads, plugin routes) needs the `_xsrf` token that the page load and the
health check set as a cookie. The WebSocket is not subject to it; `server.enableCORS` guards it
with an origin check instead (`StreamHandler.check_origin`).
"""

from __future__ import annotations

import re
import secrets
from collections import defaultdict
from pathlib import Path
from typing import Any

from tornado.web import Application, GZipContentEncoding, RedirectHandler, RequestHandler

from rill.core.errors import PluginError
from rill.core.kernel import Kernel
from rill.core.server.edge import edge_transform, page_policy
from rill.core.server.frontend import (
    STATIC_DIR,
    AssetsHandler,
    FrontendHandler,
    PluginAssetHandler,
    set_xsrf_cookie,
)
from rill.core.server.hub import SessionHub
from rill.core.server.websocket import StreamHandler
from rill.core.types import ElementType, Route

Rule = tuple[str, type[RequestHandler], dict[str, Any]]


class HealthHandler(RequestHandler):
    """`GET /_rill/health` → `200 ok`; for load balancers and container health checks."""

    def get(self) -> None:
        set_xsrf_cookie(self)
        self.set_header("Cache-Control", "no-cache")
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.write("ok")

    def head(self) -> None:
        self.set_header("Cache-Control", "no-cache")
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.set_header("Content-Length", "2")


def make_app(
    kernel: Kernel, hub: SessionHub, static: Path = STATIC_DIR, tls: bool = False
) -> Application:
    """Build the application serving `hub`'s app with `kernel`'s config and plugins.

    Args:
        kernel: Plugins and config.
        hub: The server's sessions.
        static: The built frontend (`index.html` and `assets/`).
        tls: The server speaks HTTPS (cookies are marked `Secure`).

    Example:
        app = make_app(kernel, SessionHub(kernel, Path("app.py")))
        app.listen(8501)
    """
    config = kernel.config
    base = str(config.get("server.baseUrlPath"))
    prefix = f"/{base}" if base else ""
    element_roots, modules = _plugin_elements(kernel)
    stream = {
        "hub": hub,
        "cors": bool(config.get("server.enableCORS")),
        "compression": bool(config.get("server.enableWebsocketCompression")),
        "elements": modules,
    }
    rules: list[Rule] = [
        (f"{prefix}/_rill/health", HealthHandler, {}),
        (f"{prefix}/_rill/stream", StreamHandler, stream),
    ]
    for plugin, roots in element_roots.items():
        pattern = f"{prefix}/_rill/plugins/{re.escape(plugin)}/(.*)"
        rules.append((pattern, PluginAssetHandler, {"path": roots[0], "roots": roots}))
    rules.extend(_plugin_routes(kernel, prefix))
    rules.append((f"{prefix}/assets/(.*)", AssetsHandler, {"path": str(static / "assets")}))
    if base:
        rules.append((prefix, RedirectHandler, {"url": f"{prefix}/", "permanent": False}))
    page = {"path": str(static), "base": base, "policy": page_policy(config)}
    rules.append((f"{prefix}/(.*)", FrontendHandler, page))

    settings: dict[str, Any] = {
        "websocket_max_message_size": int(config.get("server.maxMessageSize")) * 1024 * 1024,
    }
    if config.get("server.enableXsrfProtection"):
        secret = config.get("server.cookieSecret") or secrets.token_hex(32)
        settings.update(
            xsrf_cookies=True,
            cookie_secret=secret,
            xsrf_cookie_kwargs={"samesite": "Strict", "secure": tls},
        )
    transforms = [GZipContentEncoding, edge_transform(tls)]
    return Application(rules, transforms=transforms, **settings)


def _plugin_elements(kernel: Kernel) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Asset directories per plugin, and each plugin element's module URL (relative)."""
    roots: dict[str, list[str]] = defaultdict(list)
    modules: dict[str, str] = {}
    for plugin, elements in kernel.collect("rill_register_elements"):
        for element in elements:
            if not isinstance(element, ElementType) or element.assets is None:
                continue
            if element.assets not in roots[plugin]:
                roots[plugin].append(element.assets)
            if element.module is not None:
                modules[element.kind] = f"_rill/plugins/{plugin}/{element.module}"
    return dict(roots), modules


def _plugin_routes(kernel: Kernel, prefix: str) -> list[Rule]:
    rules: list[Rule] = []
    for plugin, routes in kernel.collect("rill_register_routes", kernel=kernel):
        for route in routes:
            if not isinstance(route, Route):
                raise PluginError(f"plugin {plugin!r} registered {route!r}, which is not a Route")
            pattern = route.pattern if route.pattern.startswith("/") else f"/{route.pattern}"
            rules.append((f"{prefix}{pattern}", route.handler, dict(route.kwargs)))
    return rules
