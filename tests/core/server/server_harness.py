"""A real rill server on a free loopback port, run by a background event loop, and browser tabs.

Not a conftest (a second `conftest` module would shadow `tests/conftest.py` for `from conftest
import ...`): test modules import what they need from here.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import websocket

from rill.core.kernel import Kernel
from rill.core.server.server import Server
from rill.core.server.wire import decode_all

Message = dict[str, Any]

#: A script that counts its runs in session state and shows the count.
COUNTER = """
from rill.core.runtime.context import get_script_run_ctx
from rill.core.runtime.tree import add_element

state = get_script_run_ctx().state
state["n"] = state.get("n", 0) + 1
add_element("text", {"body": f"n={state['n']}"})
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Served:
    """A running server: its URL (with a trailing slash) and its parts."""

    server: Server
    loop: asyncio.AbstractEventLoop
    url: str

    @property
    def port(self) -> int:
        return self.server.port

    def http(self, path: str = "", method: str = "GET") -> Response:
        return fetch(self.url + path, method)

    def tab(self, **kwargs: Any) -> Tab:
        return Tab(self, **kwargs)

    def call(self, fn: Callable[[], Any]) -> Any:
        """Run `fn` on the server's event loop thread and return its result."""

        async def run() -> Any:
            return fn()

        return asyncio.run_coroutine_threadsafe(run(), self.loop).result(10)


@dataclass
class Response:
    status: int
    headers: Any
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


def fetch(url: str, method: str = "GET", headers: dict[str, str] | None = None) -> Response:
    request = urllib.request.Request(url, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return Response(answer.status, answer.headers, answer.read())
    except urllib.error.HTTPError as error:
        with error:
            return Response(error.code, error.headers, error.read())


@contextmanager
def serving(
    tmp_path: Path,
    source: str = COUNTER,
    flags: Sequence[str] = (),
    extra_plugins: Iterable[tuple[str, object]] = (),
    static: Path | None = None,
    port: int | None = None,
) -> Iterator[Served]:
    """Serve `source` as `tmp_path/app.py` until the block ends.

    The server listens on `port`, a free port when None, or the default port (not set
    explicitly, so it may move on to the next) when 0.
    """
    script = tmp_path / "app.py"
    script.write_text(source, encoding="utf-8")
    all_flags = ["--server.headless", "true", *flags]
    if port != 0 and "--server.port" not in flags:
        all_flags += ["--server.port", str(port or free_port())]
    kernel = Kernel.load(
        cwd=tmp_path, home=tmp_path, env={}, flags=all_flags, extra_plugins=extra_plugins
    )
    server = Server(kernel, script, static or tmp_path / "no-static")
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="test-server-loop", daemon=True)
    thread.start()
    try:
        url = asyncio.run_coroutine_threadsafe(server.start(), loop).result(10)
        yield Served(server, loop, url if url.endswith("/") else url + "/")
    finally:
        asyncio.run_coroutine_threadsafe(server.stop(), loop).result(10)
        asyncio.run_coroutine_threadsafe(loop.shutdown_default_executor(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        loop.close()


class Tab:
    """A browser tab's WebSocket, speaking the rill protocol."""

    def __init__(
        self,
        served: Served,
        session: str | None = None,
        origin: str | None = None,
        version: str = "1",
    ) -> None:
        url = served.url.replace("http://", "ws://", 1) + f"_rill/stream?v={version}"
        if session:
            url += f"&session={session}"
        self.ws = websocket.create_connection(url, timeout=10, origin=origin)
        self.seen: list[Message] = []
        self._pending: list[Message] = []

    def __enter__(self) -> Tab:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with contextlib.suppress(OSError):  # the server may have dropped the connection
            self.ws.close(timeout=2)
        self.ws.shutdown()  # close() skips the socket when the server closed first

    def send(self, message: Message) -> None:
        self.ws.send(json.dumps(message))

    def send_raw(self, data: str | bytes) -> None:
        if isinstance(data, bytes):
            self.ws.send_binary(data)
        else:
            self.ws.send(data)

    def recv(self, timeout: float = 10) -> Message:
        if not self._pending:
            self.ws.settimeout(timeout)
            frame = self.ws.recv()
            self._pending = decode_all(frame if isinstance(frame, str) else bytes(frame))
        message = self._pending.pop(0)
        self.seen.append(message)
        return message

    def until(self, done: Callable[[Message], bool], timeout: float = 10) -> list[Message]:
        """Messages up to and including the first for which `done` is true."""
        deadline = time.monotonic() + timeout
        got = []
        while True:
            message = self.recv(max(0.05, deadline - time.monotonic()))
            got.append(message)
            if done(message):
                return got

    def new_session(self) -> Message:
        message = self.recv()
        assert message["t"] == "new_session", message
        return message

    def run(self, **rerun: Any) -> list[Message]:
        """Ask for a run and return its messages, up to its `script_finished`."""
        self.send({"t": "rerun", **rerun})
        return self.finished()

    def finished(self, timeout: float = 10) -> list[Message]:
        return self.until(lambda m: m["t"] == "script_finished", timeout)


def texts(messages: Iterable[Message]) -> list[str]:
    """The bodies of the `text` elements in `messages`."""
    return [
        m["element"]["props"]["body"]
        for m in messages
        if m["t"] == "delta" and m["element"]["kind"] == "text"
    ]


def wait_for(condition: Callable[[], bool], timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()
