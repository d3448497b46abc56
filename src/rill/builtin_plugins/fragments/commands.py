"""`st.fragment`."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from datetime import timedelta
from typing import Any, TypeVar, overload

from rill.plugins import Fragment, RillAPIError, add_element, command, get_script_run_ctx

F = TypeVar("F", bound=Callable[..., Any])


@overload
def fragment(func: F, *, run_every: int | float | timedelta | str | None = None) -> F: ...


@overload
def fragment(
    func: None = None, *, run_every: int | float | timedelta | str | None = None
) -> Callable[[F], F]: ...


@command("fragments")
def fragment(
    func: F | None = None, *, run_every: int | float | timedelta | str | None = None
) -> F | Callable[[F], F]:
    """Make a function a fragment: interacting with its widgets reruns only the function.

    Args:
        func: The function (when used as `@st.fragment` without parentheses).
        run_every: Also rerun the fragment on this interval: seconds, a `timedelta`, or a
            string such as `"10s"` or `"1m"`.

    Example:
        @st.fragment
        def counter():
            if st.button("+1"):
                st.session_state.n = st.session_state.get("n", 0) + 1
            st.write(st.session_state.get("n", 0))

        counter()
    """
    interval = _seconds(run_every)

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def run_fragment(*args: Any, **kwargs: Any) -> Any:
            ctx = get_script_run_ctx()
            if ctx is None:
                return fn(*args, **kwargs)
            parent = ctx.containers[-1]
            position = (parent.path, ctx.cursors.get(parent.path, 0))
            basis = f"{fn.__module__}.{fn.__qualname__}:{position}"
            fragment_id = hashlib.md5(basis.encode(), usedforsecurity=False).hexdigest()
            props = {"fragment_id": fragment_id, "run_every": interval}
            block = add_element("container", props, block=True)
            result: list[Any] = []

            def body() -> None:
                result[:] = [fn(*args, **kwargs)]

            ctx.session.fragments[fragment_id] = Fragment(block.path, body, interval)
            with block:
                body()
            return result[0] if result else None

        return run_fragment  # type: ignore[return-value]

    return decorate(func) if func is not None else decorate


def _seconds(value: int | float | timedelta | str | None) -> float | None:
    if value is None:
        return None
    if isinstance(value, timedelta):
        seconds = value.total_seconds()
    elif isinstance(value, int | float):
        seconds = float(value)
    else:
        seconds = _parse_duration(value)
    if seconds <= 0:
        raise RillAPIError(f"run_every must be a positive duration, got {value!r}.")
    return seconds


_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "min": 60.0, "h": 3600.0, "d": 86400.0}


def _parse_duration(text: str) -> float:
    import re

    total = 0.0
    parts = re.findall(r"(\d+(?:\.\d+)?)\s*([a-z]+)", text.strip().lower())
    if not parts or "".join(n + u for n, u in parts) != re.sub(r"\s+", "", text.lower()):
        raise RillAPIError(f"run_every: cannot read {text!r} as a duration such as '10s' or '1m'.")
    for number, unit in parts:
        if unit not in _UNITS:
            raise RillAPIError(f"run_every: unknown unit {unit!r} in {text!r} (ms, s, m, h, d).")
        total += float(number) * _UNITS[unit]
    return total
