"""A session: one browser tab (or one AppTest), its state, and the thread that runs its script.

The session knows nothing of Tornado. Whoever owns it (the server, AppTest) gives it a
`SessionClient` that receives protocol messages as plain dicts, from the script thread.

A session can be put into a `SessionSnapshot` (its state, detached from threads and callbacks)
and a new session built from one (`Session.resume`): that is how a tab that reconnects gets its
state back, from whichever store kept it. Its storage backends are its kernel's
(`session.backends`), the same objects for every session of a server or of an AppTest.
"""

from __future__ import annotations

import ctypes
import logging
import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from rill.core.runtime.connection import NO_CONNECTION, Connection
from rill.core.runtime.context import set_script_run_ctx
from rill.core.runtime.exceptions import exception_props
from rill.core.runtime.media import release_files, settle_files
from rill.core.runtime.run import (
    Fragment,
    RerunData,
    RerunRequested,
    ScriptRunContext,
    StopRequested,
)
from rill.core.runtime.script import compile_script, exec_script
from rill.core.runtime.state import SessionState
from rill.core.runtime.tree import Container, PathT, add_element, settle_sizes
from rill.core.storage.snapshot import SessionSnapshot, SnapshotEntries

if TYPE_CHECKING:
    from rill.core.kernel import Kernel
    from rill.core.storage.backends import Backends

log = logging.getLogger("rill.session")

#: How long the Stop button waits for the script to reach a command before interrupting it
#: wherever it is (a loop that calls no command).
FORCE_STOP_AFTER = 1.0


class SessionClient(Protocol):
    """Receives a session's protocol messages (the server's WebSocket, or AppTest)."""

    def send(self, message: dict[str, Any]) -> None:
        """Take one message; called from the script thread, must not block for long."""


class Session:
    """One user's app: session state, the script thread, the element bookkeeping.

    Args:
        kernel: Plugins and config.
        script: The main script.
        client: Where protocol messages go.
        source: Run this source text instead of reading `script` (AppTest.from_string).
        session_id: The id to use instead of a new one.
        snapshot: State to start from (see `resume`).
    """

    #: True for a session resumed from a snapshot after its tab reconnected.
    resumed = False
    #: The media ids this session's elements show, as last retained (see runtime/media.py).
    media_ids: frozenset[str] = frozenset()
    _entries: SnapshotEntries | None = None

    def __init__(
        self,
        kernel: Kernel,
        script: Path,
        client: SessionClient,
        *,
        source: str | None = None,
        session_id: str | None = None,
        snapshot: SessionSnapshot | None = None,
    ) -> None:
        self.id = session_id or uuid.uuid4().hex
        self.kernel = kernel
        self.script = script
        self.page = script
        self.source = source
        self.client = client
        self.state = SessionState()
        #: `st.query_params`: key → values, kept in step with the browser's URL.
        self.query: dict[str, list[str]] = {}
        #: Upper bound of each container's children in the browser, for trimming.
        self.sizes: dict[PathT, int] = {}
        self.fragments: dict[str, Fragment] = {}
        #: Per-plugin storage (typed keys chosen by each plugin).
        self.stash: dict[str, Any] = {}
        #: The browser connection behind the session (`st.context`); set by the server.
        self.connection: Connection = NO_CONNECTION
        self.run_on_save = kernel.config.get("server.runOnSave")
        self._run_id = 0
        self._cond = threading.Condition()
        self._pending: RerunData | None = None
        self._stop = False
        self._closed = False
        self._running = False
        self._thread: threading.Thread | None = None
        self._fast = bool(kernel.config.get("runner.fastReruns"))
        self._magic = bool(kernel.config.get("runner.magicEnabled"))
        self._details = str(kernel.config.get("client.showErrorDetails"))
        if snapshot is not None:
            self._restore(snapshot)
        kernel.pm.hook.rill_session_started(session=self)

    # -- snapshots and storage ---------------------------------------------------------------

    @classmethod
    def resume(
        cls, kernel: Kernel, script: Path, client: SessionClient, snapshot: SessionSnapshot
    ) -> Session:
        """A new session carrying on from `snapshot`: its id, state, query, page and entries.

        Nothing runs until a rerun is requested; its first complete run forgets the widget
        values no widget claimed.
        """
        return cls(kernel, script, client, session_id=snapshot.session_id, snapshot=snapshot)

    def snapshot(self) -> SessionSnapshot:
        """This session's state as plain data (copies), for a `SessionStore`.

        Safe to call while the script runs (each mapping is copied in one step), though the
        values are whatever the run had made of them so far.
        """
        user, widgets, keys = self.state.dump()
        return SessionSnapshot(
            session_id=self.id,
            user=user,
            widgets=widgets,
            keys=keys,
            query={key: list(values) for key, values in dict(self.query).items()},
            page=None if self.page == self.script else str(self.page),
            entries=self._entries.copy() if self._entries is not None else SnapshotEntries(),
        )

    def _restore(self, snapshot: SessionSnapshot) -> None:
        self.state.restore(snapshot.user, snapshot.widgets, snapshot.keys)
        self.query = {key: list(values) for key, values in snapshot.query.items()}
        if snapshot.page is not None:
            self.page = Path(snapshot.page)
        if len(snapshot.entries):
            self._entries = snapshot.entries.copy()
        self.resumed = True

    @property
    def entries(self) -> SnapshotEntries:
        """Plugins' values that survive a reconnect: copied into the snapshot, and restored.

        Unlike `stash` (live objects, lost when the session is resumed in a new object),
        values here must pickle.
        """
        if self._entries is None:
            self._entries = SnapshotEntries()
        return self._entries

    @property
    def backends(self) -> Backends:
        """The storage backends (the kernel's, shared by every session)."""
        return self.kernel.backends

    # -- requests, from any thread ------------------------------------------------------------

    def request_rerun(self, data: RerunData | None = None) -> None:
        """Run the script (again) with `data`; interrupts a running script if fast reruns."""
        data = data or RerunData()
        with self._cond:
            if self._closed:
                return
            self._pending = data if self._pending is None else self._pending.merge(data)
            self._cond.notify_all()
        self._ensure_thread()

    def request_stop(self) -> None:
        """Stop the running script at its next command, or wherever it is after a second."""
        with self._cond:
            if not self._running:
                return
            self._stop = True
            run_id = self._run_id
        timer = threading.Timer(FORCE_STOP_AFTER, self._force_stop, args=(run_id,))
        timer.daemon = True
        timer.start()

    def close(self) -> None:
        """End the session: stop its script and let its thread exit."""
        with self._cond:
            self._closed = True
            self._stop = self._running
            self._pending = None
            self._cond.notify_all()
        with self._cond:
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=2)
        self.kernel.pm.hook.rill_session_ended(session=self)
        release_files(self)

    def retire(self) -> None:
        """Let this object go without ending the session, which carries on in a new object
        resumed from its snapshot: stop the script (without waiting), release nothing, and
        call no `rill_session_ended`."""
        with self._cond:
            self._closed = True
            self._stop = self._running
            self._pending = None
            self._cond.notify_all()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until no run is running or pending; False on timeout."""
        with self._cond:
            return self._cond.wait_for(self._is_idle, timeout)

    def _is_idle(self) -> bool:
        # The script thread clears `_thread` as it ends, under the same lock.
        return self._pending is None and not self._running and self._thread is None

    @property
    def running(self) -> bool:
        return self._running

    @property
    def closed(self) -> bool:
        """Closed or retired: the object runs nothing more."""
        return self._closed

    def checkpoint(self) -> None:
        """Raise the pending stop or rerun signal, if any (called at every command)."""
        if self._stop:
            self._stop = False
            raise StopRequested
        if self._pending is not None and self._fast:
            raise RerunRequested

    # -- the script thread ------------------------------------------------------------------

    def _ensure_thread(self) -> None:
        with self._cond:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._loop, name=f"rill-script-{self.id[:8]}", daemon=True
                )
                self._thread.start()

    def _loop(self) -> None:
        """Run pending runs, then end: an idle session holds no thread (~20 KB each)."""
        while True:
            with self._cond:
                if self._pending is None or self._closed:
                    if self._thread is threading.current_thread():
                        self._thread = None
                    self._cond.notify_all()
                    return
                data, self._pending = self._pending, None
                assert data is not None
                self._stop = False
                self._running = True
                self._run_id += 1
                run_id = self._run_id
            try:
                follow_up = self._run(data, run_id)
            except BaseException:  # the loop must survive anything a run throws
                log.exception("script run %s of session %s failed", run_id, self.id)
                follow_up = None
            with self._cond:
                self._running = False
                self._stop = False
                if follow_up is not None and not self._closed:
                    self._pending = (
                        follow_up if self._pending is None else follow_up.merge(self._pending)
                    )
                self._cond.notify_all()

    def _force_stop(self, run_id: int) -> None:
        with self._cond:
            if not (self._running and self._run_id == run_id and self._stop):
                return
            thread = self._thread
        if thread is not None and thread.ident is not None:
            ctypes.pythonapi.PyThreadState_SetAsyncExc(
                ctypes.c_ulong(thread.ident), ctypes.py_object(StopRequested)
            )

    def _run(self, data: RerunData, run_id: int) -> RerunData | None:
        """One run; returns the rerun to start next, if the run asked for one."""
        fragment = self.fragments.get(data.fragment_id) if data.fragment_id else None
        fragment_id = data.fragment_id if fragment is not None else None
        root = Container(fragment.path, fragment_id=fragment_id) if fragment else None
        ctx = ScriptRunContext(self, run_id, self.page, fragment_id, root)
        set_script_run_ctx(ctx)
        hook = self.kernel.pm.hook
        status = "ok"
        follow_up: RerunData | None = None
        try:
            self.client.send({"t": "script_started", "run_id": run_id, "fragment_id": fragment_id})
            if data.query is not None:
                self.query = _parse_query(data.query)
            self.state.start_run()
            hook.rill_script_run_starting(session=self, run=ctx)
            callbacks = self._take_widget_values(data.widgets)
            if fragment is None:
                self.fragments = {}
            try:
                for callback in callbacks:
                    callback()
                if fragment is not None:
                    with ctx.root:
                        fragment.run()
                else:
                    self._exec_script(ctx)
            except RerunRequested as rerun:
                status = "interrupted"
                follow_up = RerunData(fragment_id=rerun.fragment_id)
            except StopRequested:
                status = "stopped"
            except Exception as exc:  # the script's own error, shown in the app
                status = "error"
                log.debug("script raised", exc_info=exc)
                self._show_exception(ctx, exc)
        except StopRequested:  # a forced stop that landed outside the script
            status = "stopped"
        finally:
            self._finish(ctx, status)
            set_script_run_ctx(None)
        hook.rill_script_run_finished(session=self, run=ctx, status=status)
        return follow_up

    def _take_widget_values(self, widgets: dict[str, Any]) -> list[Callable[[], None]]:
        callbacks, rejected = self.state.apply_browser_values(widgets)
        for problem in rejected:
            log.warning("session %s: ignored a widget value: %s", self.id, problem)
        return callbacks

    def _exec_script(self, ctx: ScriptRunContext) -> None:
        try:
            code = compile_script(self.page, self._magic, self.source)
        except SyntaxError as exc:
            self._show_exception(ctx, exc)
            raise StopRequested from None
        exec_script(code, self.page)

    def _show_exception(self, ctx: ScriptRunContext, exc: BaseException) -> None:
        props = exception_props(exc, self._details)
        try:
            add_element("exception", props, container=ctx.containers[-1], interruptible=False)
        except Exception:
            log.exception("could not show an exception in the app")

    def _finish(self, ctx: ScriptRunContext, status: str) -> None:
        completed = status in ("ok", "error")
        if completed:
            for callback in ctx.on_finish:
                try:
                    callback()
                except Exception:
                    log.exception("an end-of-run callback failed")
        forgotten = self.state.finish_run(ctx.fragment_id, completed)
        settle_files(self, ctx, forgotten, completed)
        scope = ctx.root.path if ctx.fragment_id else ()
        self.sizes, trims = settle_sizes(self.sizes, ctx.cursors, scope, status == "interrupted")
        for message in trims:
            self.client.send(message)
        self.client.send(
            {
                "t": "script_finished",
                "run_id": ctx.run_id,
                "status": status,
                "fragment_id": ctx.fragment_id,
            }
        )


def _parse_query(query: str) -> dict[str, list[str]]:
    from urllib.parse import parse_qs

    return parse_qs(query.lstrip("?"), keep_blank_values=True)
