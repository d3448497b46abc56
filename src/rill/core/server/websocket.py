"""`/_rill/stream`: one WebSocket per browser tab, the `SessionClient` of the tab's session.

The script thread hands messages to `StreamHandler.send`, which encodes them at once (on the
script thread, so the event loop only writes) and schedules a single flush on the event loop for
everything that arrives before it runs: a run that produces a thousand deltas costs a handful of
loop callbacks, not a thousand.

Messages from the browser are validated against `rill.schemas.protocol.BrowserMessage`. Anything
else (bad JSON, a binary frame, an unknown `t`, wrong field types) is logged as one warning line
and answered with a `message_rejected` session event; it never raises out of the handler and
never touches another session. Frames over `server.maxMessageSize` are refused by Tornado,
which closes that socket (code 1009); the session waits for a reconnect as after any close.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import orjson
from pydantic import ValidationError
from tornado.httputil import HTTPHeaders, split_host_and_port
from tornado.ioloop import IOLoop
from tornado.websocket import WebSocketClosedError, WebSocketHandler

from rill.core.runtime.run import RerunData
from rill.core.runtime.session import Session
from rill.core.server.connection import Network, capture, read_hello
from rill.core.server.wire import DigestMemory, batch_frames, encode
from rill.schemas.protocol import (
    PROTOCOL_VERSION,
    ClearCache,
    ClientSettings,
    NewSession,
    Rerun,
    SetRunOnSave,
    Stop,
    browser_message,
)

if TYPE_CHECKING:
    from asyncio import Future

    from rill.core.server.hub import SessionHub

log = logging.getLogger("rill.server")

#: Close code for a browser that speaks another protocol version (a stale cached client).
CLOSE_PROTOCOL_MISMATCH = 4000

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})

#: Seconds between keep-alive pings, and without any sign of life before a socket is dropped.
PING_INTERVAL = 30.0
PING_TIMEOUT = 2 * PING_INTERVAL + 15

#: Seconds a run's first messages wait for the rest before they leave. A short run's whole
#: reply, `script_started` to `script_finished`, then reaches the browser as one frame, drawn
#: once; split in two, the browser renders the first part before it shows the result (half of
#: the slowest clicks in benchmarks/click_breakdown.py). A longer run streams as before.
RUN_BATCH_WINDOW = 0.010


class StreamHandler(WebSocketHandler):
    """The WebSocket of one browser tab.

    Query parameters: the browser's hello (`rill.schemas.protocol.BrowserHello`): `v`, the
    protocol version the client speaks (must equal `PROTOCOL_VERSION`), optionally `session`,
    the id of a session to resume, and what `st.context` reports (locale, time zone, URL,
    theme). The handshake's headers, cookies and address are captured into the session's
    `Connection` before the request is let go.
    """

    def initialize(
        self,
        hub: SessionHub,
        cors: bool,
        compression: bool,
        trusted: list[Network],
    ) -> None:
        self.hub = hub
        #: `server.trustedProxies`, whose `X-Forwarded-For` names the client.
        self.trusted = trusted
        self.cors = cors
        self.compression = compression
        self.session: Session | None = None
        self._loop = IOLoop.current()
        self._lock = threading.Lock()
        self._outbox: list[tuple[bytes, bool]] = []
        #: Which big elements' props this browser already holds (`add_element(digest=...)`).
        self._digests = DigestMemory()
        self._flushing = False
        self._closed = False
        #: Event loop time of the last frame or pong from the browser (see `keep_alive`).
        self.last_seen = self._loop.time()

    # -- security ------------------------------------------------------------------------------

    def check_origin(self, origin: str) -> bool:
        """Whether a browser page served from `origin` may open this socket.

        With `server.enableCORS = true` (the default; the name follows Streamlit, where it means
        "protect against cross-origin requests"), only the app's own origin may connect: the
        `Origin` header must name the host and port of the request's `Host` header. The loopback
        names `localhost`, `127.0.0.1` and `[::1]` count as one host when their ports are the
        same, so an app opened as `http://localhost:8501` works with a server that printed
        `http://127.0.0.1:8501`. Clients that send no `Origin` header (not browsers) are not
        checked.

        With `server.enableCORS = false`, any origin may connect.

        .. warning::

           Turning the check off lets any web page a user visits open a session of your app in
           that user's browser, with the user's cookies, and drive it: click its buttons, read
           what it shows. Only do it behind a proxy that enforces its own origin policy, or for
           an app that holds nothing worth protecting. This is the WebSocket's whole defence:
           it is not subject to XSRF tokens, which protect POST routes (uploads) instead.

        Example:
            With `enableCORS` on and a request whose `Host` is `127.0.0.1:8501`:

            - `http://127.0.0.1:8501` and `http://localhost:8501` are accepted;
            - `http://localhost:3000` and `https://evil.example` are refused (HTTP 403).
        """
        if not self.cors:
            return True
        return same_origin(origin, self.request.host)

    def get_compression_options(self) -> dict[str, Any] | None:
        return {} if self.compression else None

    # -- the session -----------------------------------------------------------------------------

    def open(self, *args: str, **kwargs: str) -> None:
        self.hub.sockets.add(self)
        # A run's messages leave in a few small writes; with Nagle's algorithm on, each write
        # after the first waits for the browser's delayed ACK (~40 ms). Tornado leaves
        # TCP_NODELAY off unless a handler asks.
        self.set_nodelay(True)
        query = {name: self.get_query_argument(name, "") for name in self.request.query_arguments}
        hello = read_hello(query)
        version = hello.v
        if version != str(PROTOCOL_VERSION):
            log.warning(
                "refused a client speaking protocol %r (this server speaks %s)",
                version,
                PROTOCOL_VERSION,
            )
            reason = f"protocol {version or '(none)'} is not {PROTOCOL_VERSION}: reload the page"
            self.close(CLOSE_PROTOCOL_MISMATCH, reason)
            return
        session, resumed = self.hub.attach(self, hello.session)
        session.connection = capture(
            self.request.headers.get_all(),
            self.request.remote_ip,
            self.request.host,
            hello,
            self.trusted,
        )
        self.session = session
        self.send(self._new_session(session, resumed))
        # The handshake is over and nothing reads the request's headers or arguments again;
        # idle connections are what a server holds most of, so let them go (~2 KB each).
        self.request.headers = HTTPHeaders()
        self.request.query_arguments = {}
        self.request.arguments = {}

    def _new_session(self, session: Session, resumed: bool) -> dict[str, Any]:
        kernel = self.hub.kernel
        config = kernel.config
        toolbar = config.get("client.toolbarMode")
        settings = ClientSettings(
            toolbar_mode=toolbar,
            show_error_details=config.get("client.showErrorDetails"),
            show_sidebar_navigation=config.get("client.showSidebarNavigation"),
            run_on_save=session.run_on_save,
            developer=toolbar == "developer" or (toolbar == "auto" and self._from_loopback()),
            max_upload_size=config.get("server.maxUploadSize"),
        )
        theme: dict[str, Any] = {}
        if kernel.is_enabled("theme") and "theme" in config.sections:
            theme = config.section("theme").model_dump(by_alias=True, exclude_none=True)
        message = NewSession(
            session_id=session.id,
            resumed=resumed,
            settings=settings,
            theme=theme,
            elements=kernel.element_modules(),
            app_name=self.hub.script.stem,
        )
        return message.model_dump(mode="json")

    def _from_loopback(self) -> bool:
        host, _ = split_host_and_port(self.request.host.lower())
        return _is_loopback(self.request.remote_ip or "") and host.strip("[]") in LOOPBACK_NAMES

    def on_pong(self, data: bytes) -> None:
        self.last_seen = self._loop.time()

    def on_message(self, message: str | bytes) -> None:
        self.last_seen = self._loop.time()
        session = self.session
        if session is None:
            return
        try:
            self._handle(session, message)
        except Exception:  # one bad message must not take the connection down
            log.exception("session %s: handling a message failed", session.id)

    def _handle(self, session: Session, raw: str | bytes) -> None:
        if isinstance(raw, bytes):
            self._reject(session, "binary frames are not accepted")
            return
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            self._reject(session, f"not JSON: {exc}")
            return
        try:
            message = browser_message.validate_python(data)
        except ValidationError as exc:
            self._reject(session, _summary(exc))
            return
        if isinstance(message, Rerun):
            session.request_rerun(
                RerunData(message.widgets, message.page, message.query, message.fragment_id)
            )
        elif isinstance(message, Stop):
            session.request_stop()
        elif isinstance(message, ClearCache):
            cache = self.hub.kernel.backends.cache
            if cache is not None:
                cache.clear()
            self.send({"t": "session_event", "event": "cache_cleared", "detail": None})
        elif isinstance(message, SetRunOnSave):
            session.run_on_save = message.value
        # Heartbeat: receiving it was the point.

    def _reject(self, session: Session, reason: str) -> None:
        log.warning("session %s: rejected a message: %s", session.id, reason)
        self.send({"t": "session_event", "event": "message_rejected", "detail": reason})

    def shutdown(self) -> None:
        """The server is stopping: send what is queued and a `shutdown` event, then close."""
        if self.session is not None:
            self.send({"t": "session_event", "event": "shutdown", "detail": None})
            self._flush()
        self.close(1001, "the server is shutting down")

    def abort(self) -> None:
        """Drop the connection without waiting for the browser to acknowledge the close."""
        connection = self.ws_connection
        if connection is not None and connection.stream is not None:
            connection.stream.close()
        self.on_close()

    def on_close(self) -> None:
        self.hub.sockets.discard(self)
        with self._lock:
            self._closed = True
            self._outbox.clear()
        if self.session is not None:
            self.hub.detach(self.session)

    # -- SessionClient ---------------------------------------------------------------------------

    def send(self, message: dict[str, Any]) -> None:
        """Queue one protocol message for the browser; safe from any thread, never blocks."""
        kind = message.get("t")
        digested = kind == "delta" and "digest" in message["element"]
        try:
            frame = None if digested else encode(message)
        except TypeError as exc:
            log.error("could not encode a %r message: %s", kind, exc)
            return
        with self._lock:
            if self._closed:
                return
            if frame is None:
                # The digest memory must change in the order the browser reads the frames.
                try:
                    frame = encode(self._digests.slim(message))
                except TypeError as exc:
                    log.error("could not encode a %r message: %s", kind, exc)
                    return
            self._outbox.append(frame)
            # A finished run's reply leaves at once, even when a flush is already due.
            if self._flushing and kind != "script_finished":
                return
            self._flushing = True
        if kind == "script_started":
            self._loop.add_callback(self._loop.call_later, RUN_BATCH_WINDOW, self._flush)
        else:
            self._loop.add_callback(self._flush)

    def _flush(self) -> None:
        with self._lock:
            frames, self._outbox = self._outbox, []
            self._flushing = False
        for data, binary in batch_frames(frames):
            try:
                future = self.write_message(data, binary=binary)
            except WebSocketClosedError:
                return
            future.add_done_callback(_consume)


def keep_alive(sockets: Iterable[StreamHandler]) -> None:
    """Ping every socket; drop those silent for `PING_TIMEOUT` (their browser is gone).

    One periodic call for the whole server (`Server` runs it every `PING_INTERVAL` seconds)
    rather than Tornado's `websocket_ping_interval`, which keeps a coroutine per connection:
    idle sessions are what a server has most of, so each one should cost as little as possible.
    Browsers answer pings by themselves; the client's own heartbeats count too.
    """
    now = IOLoop.current().time()
    for handler in list(sockets):
        if now - handler.last_seen > PING_TIMEOUT:
            log.info(
                "dropping a silent connection (session %s)", getattr(handler.session, "id", "-")
            )
            handler.abort()
            continue
        with contextlib.suppress(WebSocketClosedError):
            handler.ping()


def same_origin(origin: str, host: str) -> bool:
    """Whether the `Origin` header `origin` names the host and port of the `Host` header.

    Default ports (80, 443) count as no port, so a TLS-terminating proxy's plain-HTTP `Host`
    still matches its `https://` origin; the loopback names are one host.

    Example:
        >>> same_origin("http://localhost:8501", "127.0.0.1:8501")
        True
        >>> same_origin("http://localhost:3000", "localhost:8501")
        False
        >>> same_origin("https://apps.example.com", "apps.example.com")
        True
    """
    try:
        parsed = urlsplit(origin.strip())
        origin_host = (parsed.hostname or "").lower()
        origin_port = parsed.port
    except ValueError:
        return False
    request_host, request_port = split_host_and_port(host.lower())
    request_host = request_host.strip("[]")
    if origin_port in (80, 443):
        origin_port = None
    if request_port in (80, 443):
        request_port = None
    if origin_port != request_port or not origin_host:
        return False
    if origin_host == request_host:
        return True
    return origin_host in LOOPBACK_NAMES and request_host in LOOPBACK_NAMES


def _is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def _summary(exc: ValidationError) -> str:
    """One line from a pydantic error: where and what, for the first problem."""
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"]) or "message"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{where}: {error['msg']}{more}"[:300]


def _consume(future: Future[None]) -> None:
    # A socket that closes mid-write fails its pending writes; nobody waits for them.
    if not future.cancelled():
        future.exception()
