"""Noticing that the app's source changed, and telling its sessions.

The watcher follows the main script's directory (recursively, without hidden directories,
`__pycache__`, `site-packages` and `server.folderWatchBlacklist`). A change to the main script,
a page a session shows, or a local module (one imported from a file under that directory)
makes every local module be dropped from `sys.modules`, so that the next run imports the new
code (dropping them all, not just the changed one, keeps a module that imported the changed one
from holding on to its old version), and the compiled script be forgotten. Then each connected
session reruns if its "run on save" is on (`server.runOnSave`, or the user's choice in the
browser), or is told with a `source_changed` event. Bursts of events (an editor's save is often
several) are debounced into one.

`server.fileWatcherType`: `auto` and `watchdog` use the operating system's notifications,
`poll` stats the files periodically (network drives, some containers), `none` watches nothing.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tornado.ioloop import IOLoop
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

from rill.core.runtime.script import forget
from rill.core.server.hub import SessionHub

log = logging.getLogger("rill.server")

#: Seconds without further events before a change is acted on.
DEBOUNCE = 0.1

#: Directory names never watched.
IGNORED_DIRS = frozenset({"__pycache__", "site-packages", "node_modules"})


class SourceWatcher(FileSystemEventHandler):
    """Watches the app's directory and reruns or notifies the hub's sessions on changes.

    Args:
        hub: The sessions to tell.
        kind: `server.fileWatcherType`.
        blacklist: `server.folderWatchBlacklist`, relative to the app's directory or absolute.

    Example:
        watcher = SourceWatcher(hub, "auto")
        watcher.start()  # on the server's event loop
        ...
        watcher.stop()
    """

    def __init__(self, hub: SessionHub, kind: str, blacklist: Iterable[str] = ()) -> None:
        self.hub = hub
        self.kind = kind
        self.root = hub.script.parent.resolve()
        self.ignored = [(self.root / entry).resolve() for entry in blacklist]
        self._loop = IOLoop.current()
        self._observer: BaseObserver | None = None
        self._changed: set[Path] = set()
        self._timer: object | None = None

    def start(self) -> None:
        """Start watching (nothing for `none`); call on the event loop thread."""
        if self.kind == "none":
            return
        observer: BaseObserver = PollingObserver() if self.kind == "poll" else Observer()
        observer.schedule(self, str(self.root), recursive=True)
        observer.daemon = True
        try:
            observer.start()
        except OSError as exc:  # e.g. the inotify watch limit
            log.warning("not watching %s for changes: %s", self.root, exc)
            return
        self._observer = observer

    def stop(self) -> None:
        """Stop watching."""
        observer, self._observer = self._observer, None
        if observer is not None:
            observer.stop()
            observer.join(timeout=1)
        if self._timer is not None:
            self._loop.remove_timeout(self._timer)
            self._timer = None

    # -- the observer's thread -------------------------------------------------------------------

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory or event.event_type in ("opened", "closed_no_write", "deleted"):
            return
        for raw in (event.src_path, getattr(event, "dest_path", "")):
            path = raw.decode() if isinstance(raw, bytes) else raw
            if path.endswith(".py") and not self._is_ignored(Path(path)):
                self._loop.add_callback(self._note, Path(path))

    def _is_ignored(self, path: Path) -> bool:
        try:
            parts = path.relative_to(self.root).parts[:-1]
        except ValueError:
            return True
        if any(part.startswith(".") or part in IGNORED_DIRS for part in parts):
            return True
        return any(path.is_relative_to(folder) for folder in self.ignored)

    # -- the event loop --------------------------------------------------------------------------

    def _note(self, path: Path) -> None:
        self._changed.add(path)
        if self._timer is not None:
            self._loop.remove_timeout(self._timer)
        self._timer = self._loop.call_later(DEBOUNCE, self._fire)

    def _fire(self) -> None:
        self._timer = None
        changed, self._changed = self._changed, set()
        modules = local_modules(self.root)
        sources = {self.hub.script.resolve(), *(s.page.resolve() for s in self.hub)}
        relevant = sorted(p for p in changed if p.resolve() in sources or p.resolve() in modules)
        if not relevant:
            return
        for names in modules.values():
            for name in names:
                sys.modules.pop(name, None)
        for path in {*relevant, *sources}:
            forget(path)
        detail = ", ".join(_relative(p, self.root) for p in relevant)
        log.info("source changed: %s", detail)
        event = {"t": "session_event", "event": "source_changed", "detail": detail}
        for session in self.hub:
            if session.run_on_save:
                session.request_rerun()
            else:
                session.client.send(event)


def local_modules(root: Path) -> dict[Path, list[str]]:
    """Modules imported from files under `root`: file → module names (a file may be two).

    rill's own modules are left out.

    Example:
        >>> import json
        >>> local_modules(Path(json.__file__).parent)[Path(json.__file__).resolve()]
        ['json']
    """
    found: dict[Path, list[str]] = {}
    for name, module in list(sys.modules.items()):
        file: Any = getattr(module, "__file__", None)
        if not isinstance(file, str) or not file.endswith(".py") or _is_rill(name):
            continue
        path = Path(file).resolve()
        if path.is_relative_to(root) and "site-packages" not in path.parts:
            found.setdefault(path, []).append(name)
    return found


def _is_rill(name: str) -> bool:
    # rill itself is never reloaded, even when an app lives in rill's own source tree.
    return name == "rill" or name.startswith("rill.")


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root))
    except ValueError:
        return str(path)
