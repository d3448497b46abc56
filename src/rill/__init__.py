"""rill: turn Python scripts into interactive web apps.

    import rill as st

    st.title("Hello")
    if st.button("Click me"):
        st.write("Clicked!")

This module is the public command API: explicit re-exports of every builtin command, typed and
documented where they are defined. Commands contributed by installed plugins are reached the
same way (`st.<name>`); they resolve through the kernel of the running session.
"""

from __future__ import annotations

from typing import Any

# -- text (builtin_plugins/text) -------------------------------------------------------------
# -- alerts (builtin_plugins/alerts) ---------------------------------------------------------
# -- write (builtin_plugins/write) -----------------------------------------------------------
# -- layout (builtin_plugins/layout) ---------------------------------------------------------
# -- page config (builtin_plugins/page_config) -----------------------------------------------
# -- widgets (builtin_plugins/widgets) -------------------------------------------------------
# -- forms, fragments, query params ---------------------------------------------------------
from rill.builtin_plugins.forms.commands import form as form
from rill.builtin_plugins.forms.commands import form_submit_button as form_submit_button
from rill.builtin_plugins.fragments.commands import fragment as fragment
from rill.builtin_plugins.query_params.proxy import query_params as query_params
from rill.core.runtime.context import add_script_run_ctx, get_script_run_ctx

# -- execution and state (core) --------------------------------------------------------------
from rill.core.runtime.control import rerun as rerun
from rill.core.runtime.control import stop as stop
from rill.core.runtime.state_proxy import session_state as session_state
from rill.version import __version__

__all__ = [
    "__version__",
    "add_script_run_ctx",
    "form",
    "form_submit_button",
    "fragment",
    "get_script_run_ctx",
    "query_params",
    "rerun",
    "session_state",
    "stop",
]


def __getattr__(name: str) -> Any:
    """Commands that plugins register (`rill_register_commands`)."""
    if name.startswith("__"):
        raise AttributeError(name)
    from rill.core.runtime.context import current_kernel

    kernel = current_kernel()
    try:
        return kernel.commands[name]
    except KeyError:
        hint = ""
        if kernel.disabled:
            names = ", ".join(kernel.disabled)
            hint = f" (disabled plugins, whose commands are unavailable: {names})"
        raise AttributeError(f"module 'rill' has no attribute {name!r}{hint}") from None
