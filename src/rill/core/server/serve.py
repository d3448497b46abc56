"""`serve_script`: run an app until Ctrl+C or SIGTERM (what `rill run` and `rill hello` call)."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import signal
import sys
import threading
import webbrowser
from collections.abc import Sequence
from pathlib import Path

from rill.core.kernel import Kernel
from rill.core.server.server import Server

log = logging.getLogger("rill.server")

#: Seconds after the server listens at which start-up's heap is settled (`settle_startup_heap`).
SETTLE_AFTER = 1.0


def serve_script(
    kernel: Kernel, script_path: Path, script_args: Sequence[str], *, quiet: bool = False
) -> None:
    """Serve the app `script_path` until the process is told to stop.

    Sets `sys.argv` to the script and its arguments and puts the script's directory first on
    `sys.path` (as `python script.py` would), configures logging from `[logger]`, listens,
    prints the URL (unless `quiet`), opens a browser tab (unless `server.headless`), and on
    SIGINT or SIGTERM stops every session and returns (the process exits 0).

    Raises:
        ServerError: the server could not start (port taken, bad certificate); the CLI prints
            it as one line.

    Example:
        serve_script(Kernel.load(flags=["--server.headless", "true"]), Path("app.py"), [])
    """
    script = Path(script_path).resolve()
    sys.argv = [str(script_path), *script_args]
    directory = str(script.parent)
    if directory in sys.path:
        sys.path.remove(directory)
    sys.path.insert(0, directory)
    configure_logging(kernel)
    asyncio.run(_serve(kernel, script, quiet))


async def _serve(kernel: Kernel, script: Path, quiet: bool) -> None:
    server = Server(kernel, script)
    url = await server.start()
    asyncio.get_running_loop().call_later(SETTLE_AFTER, settle_startup_heap)
    if not quiet:
        print(f"\n  You can now view your app at {url}\n", flush=True)
    if not kernel.config.get("server.headless"):
        open_browser(url)
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()

    def on_signal() -> None:
        if stopping.is_set():  # a second Ctrl+C: the user does not want to wait
            os._exit(1)
        stopping.set()

    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, on_signal)
    await stopping.wait()
    if not quiet:
        print("  Stopping...", flush=True)
    await server.stop()


def settle_startup_heap() -> None:
    """Collect start-up's garbage once, freeze what survives, and turn the cyclic GC (back) on.

    The CLI runs start-up with the GC off (`rill.core.cli.main`); this runs `SETTLE_AFTER`
    seconds after the server listens, off the way of the first requests. What start-up made
    (modules, classes, validators: some 75,000 objects) lives as long as the process; frozen
    (`gc.freeze`), it is never scanned again, so the collections that sessions trigger while
    serving stay short instead of pausing every request for tens of milliseconds now and then.
    The collection first frees the cyclic leftovers of imports, whose memory sessions reuse.
    """
    gc.collect()
    gc.freeze()
    gc.enable()


def configure_logging(kernel: Kernel) -> None:
    """Send rill's and Tornado's log lines to stderr with `[logger]`'s level and format.

    Tornado logs at warning and above only (below, it would log every request), unless
    `logger.level` is `debug`.
    """
    level = getattr(logging, str(kernel.config.get("logger.level")).upper())
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(str(kernel.config.get("logger.messageFormat"))))
    for name, minimum in (("rill", level), ("tornado", max(level, logging.WARNING))):
        logger = logging.getLogger(name)
        logger.handlers = [handler]
        logger.setLevel(level if level == logging.DEBUG else minimum)
        logger.propagate = False


def open_browser(url: str) -> None:
    """Open `url` in the user's browser, unless there is no display to show one on."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return
    threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
