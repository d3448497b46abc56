"""Marking a function as an st.* command, and the table of every command imported so far."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from rill.core.runtime.context import current_kernel, get_script_run_ctx

P = ParamSpec("P")
R = TypeVar("R")

#: Command name → the wrapped command, for every command whose module was imported. Containers
#: (`col.button(...)`) resolve attribute names here after the kernel's plugin commands.
KNOWN_COMMANDS: dict[str, Callable[..., Any]] = {}


def command(plugin: str, name: str | None = None) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Make a function an st.* command owned by `plugin`.

    Calling the command while the operator has disabled `plugin` (`[plugins]` in config) raises
    `FeatureDisabledError` naming the plugin and the setting, instead of running it. Inside a
    script run, the call is also where a pending rerun or stop request interrupts the script.

    Example:
        @command("greeting")
        def greeting(name: str) -> None:
            st.markdown(f"Hello, {name}!")
    """

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        command_name = name or fn.__name__
        what = f"st.{command_name}()"

        @functools.wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            ctx = get_script_run_ctx()
            if ctx is None:
                current_kernel().require(plugin, what)
            else:
                ctx.checkpoint()
                ctx.kernel.require(plugin, what)
            return fn(*args, **kwargs)

        wrapper.__rill_plugin__ = plugin  # type: ignore[attr-defined]
        KNOWN_COMMANDS.setdefault(command_name, wrapper)
        return wrapper

    return decorate
