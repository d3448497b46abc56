"""Ending a run early: `st.rerun()` and `st.stop()`."""

from __future__ import annotations

from typing import Literal, NoReturn

from rill.core.runtime.context import require_ctx
from rill.core.runtime.run import RerunRequested, StopRequested
from rill.core.runtime.tree import RillAPIError


def rerun(*, scope: Literal["app", "fragment"] = "app") -> NoReturn:
    """Stop the current run and start a new one at once.

    Args:
        scope: `"app"` reruns the whole script; `"fragment"` reruns only the fragment this call
            is in (an error outside a fragment).

    Example:
        if st.button("Reset"):
            st.session_state.clear()
            st.rerun()
    """
    ctx = require_ctx("rerun")
    if scope not in ("app", "fragment"):
        raise RillAPIError(
            f"'{scope}' is not a valid rerun scope. Valid scopes are 'app' and 'fragment'."
        )
    if scope == "fragment":
        if ctx.fragment_id is None:
            raise RillAPIError(
                'scope="fragment" can only be specified from `@st.fragment`-decorated '
                "functions during fragment reruns."
            )
        raise RerunRequested(ctx.fragment)
    raise RerunRequested


def stop() -> NoReturn:
    """Stop the script here. Elements after this point are not shown.

    Example:
        name = st.text_input("Name")
        if not name:
            st.warning("Please enter a name.")
            st.stop()
        st.success(f"Thanks, {name}!")
    """
    require_ctx("stop")
    raise StopRequested
