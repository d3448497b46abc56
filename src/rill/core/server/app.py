"""The Tornado application: every route of one app, under `/<server.baseUrlPath>/`.

| path                             | what                                                    |
| -------------------------------- | ------------------------------------------------------- |
| `_rill/health`                   | `200 ok` while the server runs (GET, HEAD)              |
| `_rill/stream`                   | the WebSocket of a browser tab (`websocket.py`)         |
| `_rill/elements/<kind>/<file>`   | an element type's `assets`: its renderer's ES module... |
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

from pathlib import Path
from typing import Any

from tornado.web import Application, GZipContentEncoding, RedirectHandler, RequestHandler

from rill.core.errors import PluginError
from rill.core.kernel import Kernel
from rill.core.server.connection import Network, trusted_networks
from rill.core.server.directory import ServerDirectory
from rill.core.server.edge import edge_transform, page_policy
from rill.core.server.frontend import (
    STATIC_DIR,
    AssetsHandler,
    ElementAssetHandler,
    FrontendHandler,
    set_xsrf_cookie,
)
from rill.core.server.hub import SessionHub
from rill.core.server.routes import tornado_rule
from rill.core.server.websocket import StreamHandler
from rill.core.signing import Signer
from rill.core.types import Route

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
    stream: dict[str, Any] = {
        "hub": hub,
        "cors": bool(config.get("server.enableCORS")),
        "compression": bool(config.get("server.enableWebsocketCompression")),
        "trusted": trusted_networks(config.get("server.trustedProxies")),
    }
    rules: list[Rule] = [
        (f"{prefix}/_rill/health", HealthHandler, {}),
        (f"{prefix}/_rill/stream", StreamHandler, stream),
    ]
    # By kind, looked up per request: element types declared while a script runs are served
    # by the same route as those registered at start-up.
    rules.append((f"{prefix}/_rill/elements/([^/]+)/(.*)", ElementAssetHandler, {"kernel": kernel}))
    signer = Signer(config.get("server.cookieSecret"))
    directory = ServerDirectory(hub, signer)
    rules.extend(_plugin_routes(kernel, prefix, directory, stream["trusted"]))
    rules.append((f"{prefix}/assets/(.*)", AssetsHandler, {"path": str(static / "assets")}))
    if base:
        rules.append((prefix, RedirectHandler, {"url": f"{prefix}/", "permanent": False}))
    page = {"path": str(static), "base": base, "policy": page_policy(config)}
    rules.append((f"{prefix}/(.*)", FrontendHandler, page))

    settings: dict[str, Any] = {
        "websocket_max_message_size": int(config.get("server.maxMessageSize")) * 1024 * 1024,
    }
    if config.get("server.enableXsrfProtection"):
        settings.update(
            xsrf_cookies=True,
            cookie_secret=signer.secret,
            xsrf_cookie_kwargs={"samesite": "Strict", "secure": tls},
        )
    transforms = [GZipContentEncoding, edge_transform(tls)]
    return Application(rules, transforms=transforms, **settings)


def _plugin_routes(
    kernel: Kernel, prefix: str, directory: ServerDirectory, trusted: list[Network]
) -> list[Rule]:
    rules: list[Rule] = []
    for plugin, routes in kernel.collect("rill_register_routes", kernel=kernel):
        for route in routes:
            if not isinstance(route, Route):
                raise PluginError(f"plugin {plugin!r} registered {route!r}, which is not a Route")
            rules.append(tornado_rule(route, prefix, kernel, directory, trusted))
    return rules
