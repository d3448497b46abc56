"""`st.status`: a container showing the state of a long task, updated as the task goes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, Self

from rill.builtin_plugins.status.sizes import check_bool, check_width
from rill.plugins import Container, RillAPIError, add_element, command, get_script_run_ctx

STATES = ("running", "complete", "error")


def _state(state: Any, where: str) -> str:
    if isinstance(state, str) and state in STATES:
        return state
    raise RillAPIError(
        f'The `state` argument of {where} must be "running", "complete" or "error", not {state!r}.'
    )


def _label(label: Any, where: str) -> str:
    if label is None:
        return ""
    if isinstance(label, str):
        return label
    raise RillAPIError(f"The label of {where} must be a string, not {type(label).__name__}.")


class StatusContainer(Container):
    """The container `st.status` returns: write into it like any container; `update()` changes
    its label, state and whether it is open.

    Used with `with`, it turns to `"complete"` when the block ends, or to `"error"` when the
    block raises, unless the block already set another state than `"running"`.
    """

    __slots__ = ("_props",)

    def __init__(self, block: Container, props: dict[str, Any]) -> None:
        super().__init__(
            block.path, kind="status", fragment_id=block.fragment_id, form_id=block.form_id
        )
        self._props = props

    def update(
        self,
        *,
        label: str | None = None,
        expanded: bool | None = None,
        state: Literal["running", "complete", "error"] | None = None,
    ) -> None:
        """Change the status container; what it holds, and each argument left None, stay.

        Args:
            label: A new label.
            expanded: Open (True) or close (False) it.
            state: `"running"` (a spinner), `"complete"` (a check mark) or `"error"`.

        Example:
            with st.status("Downloading data...") as status:
                st.write("Searching for data...")
                status.update(label="Download complete!", state="complete", expanded=False)
        """
        props = dict(self._props)
        if label is not None:
            props["label"] = _label(label, "StatusContainer.update()")
        if expanded is not None:
            props["expanded"] = check_bool(expanded, "expanded", "status")
        if state is not None:
            props["state"] = _state(state, "StatusContainer.update()")
        self._props = props
        ctx = get_script_run_ctx()
        if ctx is None:
            return
        # Sent as is (no checkpoint): __exit__ updates while an exception unwinds. A block
        # rewritten with the same kind keeps its children in the browser.
        element = {"kind": "status", "props": props, "block": True}
        ctx.send({"t": "delta", "run_id": ctx.run_id, "path": list(self.path), "element": element})

    def __getattr__(self, name: str) -> Callable[..., Any]:
        # `status.write(...)` writes into it without leaving it: only the end of a `with`
        # block changes its state, so the command runs in a plain container at its path.
        if name.startswith("_"):
            raise AttributeError(name)
        plain = Container(
            self.path, kind="status", fragment_id=self.fragment_id, form_id=self.form_id
        )
        command: Callable[..., Any] = getattr(plain, name)
        return command

    def __enter__(self) -> Self:
        super().__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        # `exc` is (type, value, traceback): all None when the block ended normally.
        try:
            if self._props["state"] == "running":
                self.update(state="error" if exc and exc[0] is not None else "complete")
        finally:
            super().__exit__(*exc)


@command("status")
def status(
    label: str,
    *,
    expanded: bool = False,
    state: Literal["running", "complete", "error"] = "running",
    width: Any = "stretch",
) -> StatusContainer:
    """A container for the output of a long task, with the task's state in its header.

    The user opens and closes it like an expander. Used with `with`, it shows a spinner while
    the block runs and a check mark when it ends (an error mark if it raises); `update()`
    changes the label, the state and whether it is open at any time.

    Args:
        label: The header, as inline Markdown.
        expanded: Start open.
        state: `"running"` (default), `"complete"` or `"error"`.
        width: `"stretch"` to fill the container, or a width in pixels.

    Returns:
        The status container.

    Example:
        import time

        with st.status("Downloading data...", expanded=True) as status:
            st.write("Searching for data...")
            time.sleep(1)
            st.write("Found a URL.")
            status.update(label="Download complete!", expanded=False)
    """
    props: dict[str, Any] = {
        "label": _label(label, "st.status"),
        "expanded": check_bool(expanded, "expanded", "status"),
        "state": _state(state, "st.status"),
    }
    if width != "stretch":
        props["width"] = check_width(width, "status")
    return StatusContainer(add_element("status", props, block=True), props)
