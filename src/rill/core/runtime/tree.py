"""Where elements go: containers, the cursor of each container, and deltas to the browser.

Every element a run produces is addressed by its path in the container tree and sent at once.
A `Container` is a handle on a path: the main area, the sidebar, a column, a placeholder. Using
one as a context manager (`with col:`) makes commands write into it, and calling a command on it
(`col.button("Go")`) does the same for one call.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rill.core.errors import RillError
from rill.core.runtime.context import get_script_run_ctx, require_ctx

if TYPE_CHECKING:
    from rill.core.runtime.run import ScriptRunContext

MAIN, SIDEBAR, EVENT, BOTTOM = 0, 1, 2, 3
ROOTS = ((MAIN,), (SIDEBAR,), (EVENT,), (BOTTOM,))

PathT = tuple[int, ...]


class RillAPIError(RillError):
    """A command was used in a way the API does not allow (shown in the app like Streamlit's
    `StreamlitAPIException`)."""


class Container:
    """A place in the element tree that commands can write to.

    Attributes:
        path: The container's address for the current run, or the root it stands for.
        slot: True for a single-element slot (`st.empty()`, or the handle an element command
            returns): each write replaces what the slot holds instead of appending.
    """

    __slots__ = ("form_id", "fragment_id", "kind", "path", "slot")

    def __init__(
        self,
        path: PathT,
        *,
        slot: bool = False,
        kind: str = "container",
        fragment_id: str | None = None,
        form_id: str | None = None,
    ) -> None:
        self.path = path
        self.slot = slot
        self.kind = kind
        #: The fragment whose elements this container holds, if any (inherited by children).
        self.fragment_id = fragment_id
        #: The form this container is or is inside, if any (inherited by children).
        self.form_id = form_id

    def __enter__(self) -> Container:
        require_ctx("container").containers.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        ctx = get_script_run_ctx()
        if ctx is not None and ctx.containers and ctx.containers[-1] is self:
            ctx.containers.pop()

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name.startswith("_"):
            raise AttributeError(name)
        fn = find_command(name)

        def bound(*args: Any, **kwargs: Any) -> Any:
            with self:
                return fn(*args, **kwargs)

        bound.__name__ = name
        bound.__doc__ = fn.__doc__
        return bound

    def add_rows(self, data: Any = None, **datasets: Any) -> Container:
        """Append rows to the table or chart this handle shows (`st.dataframe`, `st.table`,
        `st.line_chart`...), without rerunning the script; returns the handle.

        Args:
            data: The rows to append, of any type the element's command accepts, with the
                element's columns. A single keyword argument (`add_rows(name=df)`) names the
                dataset instead; None appends nothing.
        """
        ctx = require_ctx("add_rows")
        if datasets:
            if data is not None or len(datasets) > 1:
                raise RillAPIError(
                    "add_rows() takes one dataset: either `data` or a single keyword argument, "
                    f"got {len(datasets) + (data is not None)}."
                )
            (data,) = datasets.values()
        extender = ctx.extenders.get(self.path) if self.slot else None
        if extender is None:
            raise RillAPIError(
                "add_rows() works on what st.dataframe, st.table, st.data_editor and the built-in "
                f"charts return; this handle holds a {self.kind!r} element."
            )
        if data is None:
            return self
        ctx.checkpoint()
        element: dict[str, Any] = {"kind": extender.kind, "props": extender.extend(data)}
        if extender.id is not None:
            element["id"] = extender.id
        ctx.send({"t": "delta", "run_id": ctx.run_id, "path": list(self.path), "element": element})
        return self

    def __repr__(self) -> str:
        return f"Container(kind={self.kind!r}, path={list(self.path)})"


class Extender:
    """How `add_rows` grows the element at one path: `extend(rows)` returns its new props."""

    __slots__ = ("extend", "id", "kind")

    def __init__(self, kind: str, extend: Callable[[Any], dict[str, Any]], id: str | None):
        self.kind = kind
        self.extend = extend
        self.id = id


def find_command(name: str) -> Callable[..., Any]:
    """The command `name`: a plugin's (from the kernel) or one imported by `rill`."""
    from rill.core.runtime.commands import KNOWN_COMMANDS

    ctx = get_script_run_ctx()
    if ctx is not None and name in ctx.kernel.commands:
        fn: Callable[..., Any] = ctx.kernel.commands[name]
        return fn
    known = KNOWN_COMMANDS.get(name)
    if known is not None:
        # A command imported in this process belongs to this app only if its plugin is one of
        # the app's, enabled or disabled (a disabled one raises FeatureDisabledError when called).
        plugin: str = getattr(known, "__rill_plugin__", "")
        kernel = ctx.kernel if ctx is not None else None
        if kernel is None or plugin in kernel.disabled or kernel.pm.has_plugin(plugin):
            return known
    if known is None and not name.startswith("_"):
        # Not imported yet: a disabled plugin's command (enabled plugins' modules are imported
        # when the kernel loads them). The public facade imports builtin commands on first
        # read; calling the command then raises FeatureDisabledError naming its plugin.
        facade = importlib.import_module("rill")
        if name in getattr(facade, "__all__", ()):
            getattr(facade, name)  # imports the command's module, which registers the command
            if name in KNOWN_COMMANDS:
                return KNOWN_COMMANDS[name]
    raise AttributeError(f"{name!r} is not a rill command")


def current_container(ctx: ScriptRunContext) -> Container:
    return ctx.containers[-1]


def add_element(
    kind: str,
    props: dict[str, Any],
    *,
    id: str | None = None,
    block: bool = False,
    container: Container | None = None,
    interruptible: bool = True,
    digest: str | None = None,
    extend: Callable[[Any], dict[str, Any]] | None = None,
) -> Container:
    """Put an element into the current container and send it to the browser.

    Args:
        kind: The element kind (`"markdown"`); its renderer draws it.
        props: The kind's props, JSON-serialisable except for `bytes` payloads, which travel
            as binary.
        id: The widget id, for widgets.
        block: True for containers: the returned handle appends children under it.
        container: Write here instead of the current container.
        interruptible: False where the runtime itself writes (an exception box) and a pending
            stop or rerun must not cut in.
        digest: A hash of everything the props hold, for big payloads (a table, a chart's
            data). When the browser already holds an element with this digest, the server
            sends only the digest and the browser reuses the props it has.
        extend: For tables and charts: `extend(rows)` returns the element's props with `rows`
            appended; the handle's `add_rows(rows)` calls it and resends the element.

    Returns:
        A handle on the new element: for a block, a container to write into; otherwise a slot
        whose next write replaces the element (as with `st.empty()`).
    """
    ctx = require_ctx(kind)
    if interruptible:
        ctx.checkpoint()
    parent = container or ctx.containers[-1]
    path = ctx.place(parent)
    element: dict[str, Any] = {"kind": kind, "props": props}
    if id is not None:
        element["id"] = id
    if digest is not None:
        element["digest"] = digest
    if extend is not None:
        ctx.extenders[path] = Extender(kind, extend, id)
    else:
        ctx.extenders.pop(path, None)
    if block:
        element["block"] = True
        if path in ctx.cursors:
            # The same block is written twice in one run (a placeholder refilled): what it held
            # from the first write must go now, not at the end of the run.
            ctx.send({"t": "trim", "path": list(path), "length": 0})
        ctx.cursors[path] = 0
    ctx.send({"t": "delta", "run_id": ctx.run_id, "path": list(path), "element": element})
    return Container(
        path,
        slot=not block,
        kind=kind,
        fragment_id=(props.get("fragment_id") if block else None) or parent.fragment_id,
        form_id=(props.get("form_id") if kind == "form" else None) or parent.form_id,
    )


def settle_sizes(
    sizes: dict[PathT, int], cursors: dict[PathT, int], scope: PathT, interrupted: bool
) -> tuple[dict[PathT, int], list[dict[str, Any]]]:
    """After a run: how many children each container has now, and the trims that say so.

    Args:
        sizes: Container path → children the browser holds, before the run.
        cursors: Container path → children the run wrote.
        scope: The part of the tree the run rewrote (a fragment's container; `()` for all).
        interrupted: The run was cut short for a rerun: nothing is trimmed yet (the next run
            finishes the job), so sizes only grow.
    """
    if interrupted:
        grown = dict(sizes)
        for path, count in cursors.items():
            grown[path] = max(grown.get(path, 0), count)
        return grown, []
    trims = [
        {"t": "trim", "path": list(path), "length": new}
        for path, old in sorted(sizes.items())
        if (new := cursors.get(path)) is not None and new < old and path[: len(scope)] == scope
    ]
    kept = {p: n for p, n in sizes.items() if p[: len(scope)] != scope}
    kept.update(cursors)
    return kept, trims
