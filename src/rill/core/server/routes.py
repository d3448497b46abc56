"""The Tornado adapter of `rill.core.routes`: one `RequestHandler` that runs a `Route`.

Plugins never see Tornado: `RouteHandler` turns Tornado's request into a `Request`, awaits the
route's handler and writes its `Response`. XSRF checks stay Tornado's (a state-changing method
needs the `_xsrf` token when `server.enableXsrfProtection` is on), unless the route says
`xsrf=False`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from tornado.web import Finish, HTTPError, RequestHandler

from rill.core.routes import Request, Response, Route
from rill.core.runtime.connection import Headers
from rill.core.server.connection import Network, client_address

if TYPE_CHECKING:
    from rill.core.kernel import Kernel
    from rill.core.server.directory import ServerDirectory

log = logging.getLogger("rill.server")

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class RouteHandler(RequestHandler):
    """Runs one plugin `Route` for every method it answers."""

    SUPPORTED_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")

    def initialize(
        self,
        route: Route,
        kernel: Kernel,
        directory: ServerDirectory,
        trusted: list[Network],
        prefix: str,
    ) -> None:
        self.route = route
        self.kernel = kernel
        self.directory = directory
        self.trusted = trusted
        self.prefix = prefix

    def check_xsrf_cookie(self) -> None:
        # Tornado checks XSRF before the handler runs: answer a method the route does not
        # take with 405 first, so that the answer does not depend on a token.
        self._refuse_other_methods()
        if self.route.xsrf:
            super().check_xsrf_cookie()

    def _refuse_other_methods(self) -> None:
        if (self.request.method or "GET") not in self.route.methods:
            # Not HTTPError: its error page would drop the Allow header.
            self.set_status(405)
            self.set_header("Allow", ", ".join(self.route.methods))
            raise Finish("405: Method Not Allowed")

    async def _serve(self, **params: str) -> None:
        method = self.request.method or "GET"
        self._refuse_other_methods()
        headers = Headers(list(self.request.headers.get_all()))
        query = {
            name: [value.decode("utf-8", "replace") for value in values]
            for name, values in self.request.query_arguments.items()
        }
        request = Request(
            method=method,
            path=unquote((self.request.path or "/").removeprefix(self.prefix)) or "/",
            params=params,
            query=query,
            headers=headers,
            cookies={name: morsel.value for name, morsel in self.request.cookies.items()},
            body=self.request.body or b"",
            remote_ip=client_address(
                self.request.remote_ip, headers.get("X-Forwarded-For"), self.trusted
            ),
            sessions=self.directory,
            kernel=self.kernel,
        )
        response = await self.route.handler(request)
        if not isinstance(response, Response):
            log.error("route %s answered %r, not a Response", self.route.path, response)
            raise HTTPError(500)
        self.set_status(response.status)
        self.set_header("Content-Type", response.content_type)
        for name, value in response.headers:
            self.add_header(name, value)
        body = response.body.encode("utf-8") if isinstance(response.body, str) else response.body
        if method != "HEAD":
            self.write(body)

    async def get(self, **params: str) -> None:
        await self._serve(**params)

    async def head(self, **params: str) -> None:
        await self._serve(**params)

    async def post(self, **params: str) -> None:
        await self._serve(**params)

    async def put(self, **params: str) -> None:
        await self._serve(**params)

    async def patch(self, **params: str) -> None:
        await self._serve(**params)

    async def delete(self, **params: str) -> None:
        await self._serve(**params)

    async def options(self, **params: str) -> None:
        await self._serve(**params)


def tornado_rule(
    route: Route,
    prefix: str,
    kernel: Kernel,
    directory: ServerDirectory,
    trusted: list[Network],
) -> tuple[str, type[RequestHandler], dict[str, Any]]:
    """The Tornado URL rule mounting `route` under `prefix` (`/<baseUrlPath>` or "")."""
    kwargs = {
        "route": route,
        "kernel": kernel,
        "directory": directory,
        "trusted": trusted,
        "prefix": prefix,
    }
    return (f"{prefix}{route.regex()}", RouteHandler, kwargs)
