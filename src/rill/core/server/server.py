"""`Server`: one app listening on its address, from bound sockets to a clean shutdown."""

from __future__ import annotations

import asyncio
import errno
import logging
import socket
import ssl
from pathlib import Path

from tornado.httpserver import HTTPServer
from tornado.ioloop import PeriodicCallback
from tornado.netutil import bind_sockets

from rill.core.errors import RillError
from rill.core.kernel import Kernel
from rill.core.server.app import make_app
from rill.core.server.frontend import STATIC_DIR
from rill.core.server.hub import SessionHub
from rill.core.server.watch import SourceWatcher
from rill.core.server.websocket import PING_INTERVAL, keep_alive

log = logging.getLogger("rill.server")

#: How many ports after `server.port` are tried when it is taken and was not set explicitly.
PORT_ATTEMPTS = 100

#: Seconds a stopping server waits for browsers to acknowledge its closing the sockets.
CLOSE_GRACE = 0.3

WILDCARD_ADDRESSES = frozenset({"", "0.0.0.0", "::"})


class ServerError(RillError):
    """The server cannot start: its port is taken, its certificate does not load..."""


class Server:
    """One app's HTTP and WebSocket server, started and stopped on an asyncio event loop.

    Args:
        kernel: Plugins and config (`[server]` decides address, port, TLS, limits).
        script: The app's main script.
        static: The built frontend.

    Example:
        server = Server(kernel, Path("app.py"))
        url = await server.start()   # listening; rill_server_started was called
        ...
        await server.stop()          # sessions stopped, sockets closed
    """

    def __init__(self, kernel: Kernel, script: Path, static: Path = STATIC_DIR) -> None:
        self.kernel = kernel
        self.script = script.resolve()
        self.static = static
        self.hub = SessionHub(kernel, self.script)
        self.port = 0
        self.url = ""
        self._http: HTTPServer | None = None
        self._watcher: SourceWatcher | None = None
        self._sockets: list[socket.socket] = []
        self._pinger: PeriodicCallback | None = None

    async def start(self) -> str:
        """Bind, listen, start watching the source; returns the app's URL.

        Raises:
            ServerError: the port is taken (and was set explicitly, or the next
                `PORT_ATTEMPTS` are taken too), or the TLS certificate does not load.
        """
        config = self.kernel.config
        tls = tls_context(config.get("server.sslCertFile"), config.get("server.sslKeyFile"))
        address = str(config.get("server.address"))
        origin = config.origins.get(("server", "port"))
        self._sockets, self.port = bind(address, int(config.get("server.port")), origin)
        app = make_app(self.kernel, self.hub, self.static, tls=tls is not None)
        self._http = HTTPServer(app, ssl_options=tls)
        self._http.add_sockets(self._sockets)
        self.url = app_url(address, self.port, str(config.get("server.baseUrlPath")), bool(tls))
        self._watcher = SourceWatcher(
            self.hub,
            str(config.get("server.fileWatcherType")),
            config.get("server.folderWatchBlacklist"),
        )
        self._watcher.start()
        self._pinger = PeriodicCallback(lambda: keep_alive(self.hub.sockets), PING_INTERVAL * 1000)
        self._pinger.start()
        log.debug("listening on %s", self.url)
        self.kernel.pm.hook.rill_server_started(kernel=self.kernel, url=self.url)
        return self.url

    async def stop(self) -> None:
        """Tell plugins, stop every session, close every socket (within about two seconds)."""
        http, self._http = self._http, None
        if http is None:
            return
        self.kernel.pm.hook.rill_server_stopping(kernel=self.kernel)
        if self._watcher is not None:
            self._watcher.stop()
        if self._pinger is not None:
            self._pinger.stop()
        http.stop()
        for handler in list(self.hub.sockets):
            handler.shutdown()
        await self.hub.shutdown()
        # Browsers answer a close at once; whoever has not by now is not waited for.
        deadline = asyncio.get_running_loop().time() + CLOSE_GRACE
        while self.hub.sockets and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.02)
        for handler in list(self.hub.sockets):
            handler.abort()
        try:
            await asyncio.wait_for(http.close_all_connections(), timeout=0.5)
        except TimeoutError:
            log.debug("some connections did not close in time")


def bind(address: str, port: int, origin: str | None) -> tuple[list[socket.socket], int]:
    """Listening sockets on `address:port`, or on the next free port if `origin` is None.

    Like Streamlit, a port left at its default moves on to the next free one; a port the user
    chose (`origin` says where) is kept or the start fails.
    """
    attempts = 1 if origin is not None else PORT_ATTEMPTS
    for candidate in range(port, min(port + attempts, 65536)):
        try:
            _probe(address, candidate)
            return bind_sockets(candidate, address or None), candidate
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                problem = f"cannot listen on {address}:{candidate}: {exc.strerror or exc}"
                raise ServerError(problem) from None
            if origin is not None:
                raise ServerError(
                    f"port {port} is already in use (server.port, set by {origin}); "
                    "choose another with --server.port"
                ) from None
            log.debug("port %s is in use, trying the next one", candidate)
    raise ServerError(
        f"ports {port} to {port + attempts - 1} are all in use; choose one with --server.port"
    )


def _probe(address: str, port: int) -> None:
    """Raise `OSError(EADDRINUSE)` if `port` is taken on `address`.

    Tornado's `bind_sockets` does not close the socket it made when binding fails; trying
    first with sockets of our own keeps a taken port from leaking one per attempt.
    """
    flags = socket.AI_PASSIVE
    for family, kind, proto, _, sockaddr in socket.getaddrinfo(
        address or None, port, socket.AF_UNSPEC, socket.SOCK_STREAM, 0, flags
    ):
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6:
                probe.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            probe.bind(sockaddr)


def tls_context(cert: str | None, key: str | None) -> ssl.SSLContext | None:
    """The TLS context for `server.sslCertFile` and `server.sslKeyFile`, or None for HTTP."""
    if not cert or not key:
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        context.load_cert_chain(cert, key)
    except (OSError, ssl.SSLError) as exc:
        raise ServerError(
            f"server.sslCertFile/server.sslKeyFile: cannot load {cert} and {key}: {exc}"
        ) from None
    return context


def app_url(address: str, port: int, base: str, tls: bool) -> str:
    """The URL a person on this machine opens.

    Example:
        >>> app_url("0.0.0.0", 8501, "apps/sales", False)
        'http://127.0.0.1:8501/apps/sales'
        >>> app_url("::1", 8443, "", True)
        'https://[::1]:8443/'
    """
    host = "127.0.0.1" if address in WILDCARD_ADDRESSES else address
    if ":" in host:
        host = f"[{host}]"
    scheme = "https" if tls else "http"
    return f"{scheme}://{host}:{port}/{base}"
