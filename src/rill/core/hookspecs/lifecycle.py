"""`rill_<event>(...)`: lifecycle notifications (see `rill.core.hookspecs`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rill.core.kernel import Kernel

from rill.core.hookspecs.markers import hookspec

# -- lifecycle, notifications ------------------------------------------------------------------


@hookspec
def rill_kernel_loaded(kernel: Kernel) -> None:
    """The kernel has loaded its plugins and validated config.

    When: once per kernel, main thread, after every `rill_register_*` result was collected.

    Args:
        kernel: The kernel; its `config`, `commands`, `elements` and `backends` are final.
    """


@hookspec
def rill_server_started(kernel: Kernel, url: str) -> None:
    """The server listens.

    When: once, on the server's event loop thread, after the socket is bound.

    Args:
        kernel: The running kernel.
        url: The local URL the server answers on.
    """


@hookspec
def rill_server_stopping(kernel: Kernel) -> None:
    """The server is about to stop (Ctrl+C, SIGTERM or a test's shutdown).

    When: once, on the server's event loop thread, before sessions are closed.
    """


@hookspec
def rill_session_started(session: Any) -> None:
    """A session began: a browser tab connected, or an AppTest started.

    Also called for a session resumed from its snapshot after a reconnect: a new `Session`
    object with the id, `st.session_state` and `session.entries` of the one that waited
    (`session.resumed` is True). The object that waited ends without `rill_session_ended`,
    which only comes when the session is gone for good.

    When: on the thread that created the session, before its first script run.

    Args:
        session: The `rill.core.runtime.session.Session`; `session.id` is stable across
            reconnects.
    """


@hookspec
def rill_session_ended(session: Any) -> None:
    """A session is gone for good: its tab closed and the reconnect grace period passed.

    When: on the server's event loop thread; the session's script is no longer running.
    """


@hookspec
def rill_script_run_starting(session: Any, run: Any) -> None:
    """A script run is about to start.

    When: on the session's script thread, before the first line of the script.

    Args:
        session: The session.
        run: The run's description: `run.id`, `run.page`, `run.fragment_id` (None for a full run).
    """


@hookspec
def rill_script_run_finished(session: Any, run: Any, status: str) -> None:
    """A script run ended.

    When: on the session's script thread, after stale elements were removed.

    Args:
        session: The session.
        run: The run's description, as for `rill_script_run_starting`.
        status: `"ok"`, `"error"`, `"stopped"` or `"interrupted"` (a rerun replaced it).
    """
