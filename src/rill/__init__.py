"""rill: turn Python scripts into interactive web apps.

    import rill as st

    st.title("Hello")
    if st.button("Click me"):
        st.write("Clicked!")

This module is the public command API. Commands contributed by installed plugins are reached
the same way (`st.<name>`); they resolve through the kernel of the running session.
"""

from __future__ import annotations

from typing import Any

from rill.version import __version__

__all__ = ["__version__"]


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
