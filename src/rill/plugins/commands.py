"""Marking a function as the st.* command of a plugin."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from rill.core.runtime.context import current_kernel

P = ParamSpec("P")
R = TypeVar("R")


def command(plugin: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Make a function an st.* command owned by `plugin`.

    Calling the command while the operator has disabled `plugin` (`[plugins]` in config) raises
    `FeatureDisabledError` naming the plugin and the setting, instead of running it.

    Example:
        @command("greeting")
        def greeting(name: str) -> None:
            st.markdown(f"Hello, {name}!")
    """

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        what = f"st.{fn.__name__}()"

        @functools.wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            current_kernel().require(plugin, what)
            return fn(*args, **kwargs)

        return wrapper

    return decorate
