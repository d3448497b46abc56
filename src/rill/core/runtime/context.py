"""The script run context: how commands find the session whose script called them."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from rill.core.errors import NoSessionContext

if TYPE_CHECKING:
    from rill.core.kernel import Kernel
    from rill.core.runtime.run import ScriptRunContext

_local = threading.local()
_bare_kernel: Kernel | None = None
_bare_lock = threading.Lock()


def get_script_run_ctx() -> ScriptRunContext | None:
    """The run context of the calling thread, or None outside a script thread."""
    return getattr(_local, "ctx", None)


def add_script_run_ctx(thread: threading.Thread | None = None, ctx: Any | None = None) -> Any:
    """Give `thread` (default: the calling thread) the run context `ctx` (default: the caller's).

    Use it for threads a script starts itself so that they may call commands:

        t = threading.Thread(target=work)
        add_script_run_ctx(t)
        t.start()
    """
    ctx = ctx if ctx is not None else get_script_run_ctx()
    if thread is None or thread is threading.current_thread():
        _local.ctx = ctx
    else:
        # The context is installed when the thread starts running, inside its own thread.
        target = thread.run

        def run_with_ctx() -> None:
            _local.ctx = ctx
            target()

        thread.run = run_with_ctx  # type: ignore[method-assign]
    return thread


def set_script_run_ctx(ctx: Any | None) -> None:
    """Install (or, with None, remove) the calling thread's run context."""
    _local.ctx = ctx


def require_ctx(command: str) -> ScriptRunContext:
    """The caller's run context, or `NoSessionContext` naming the command."""
    ctx = get_script_run_ctx()
    if ctx is None:
        raise NoSessionContext(
            f"st.{command}() was called from a thread without a script run context; run it "
            "from the script's own thread, or pass the thread to add_script_run_ctx() first"
        )
    return ctx


def current_kernel() -> Kernel:
    """The kernel of the calling script's session, or one loaded from the working directory."""
    ctx = get_script_run_ctx()
    if ctx is not None:
        kernel: Kernel = ctx.kernel
        return kernel
    global _bare_kernel
    with _bare_lock:
        if _bare_kernel is None:
            from rill.core.kernel import Kernel

            _bare_kernel = Kernel.load()
        return _bare_kernel
