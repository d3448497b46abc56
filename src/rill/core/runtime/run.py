"""One script run: its context (what commands look up) and the signals that end it early."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rill.core.runtime.tree import MAIN, ROOTS, Container, Extender, PathT, RillAPIError

if TYPE_CHECKING:
    from rill.core.kernel import Kernel
    from rill.core.runtime.session import Session
    from rill.core.runtime.state import SessionState


class RerunRequested(BaseException):
    """Ends the run so another can start (`st.rerun()`, or a rerun request from the browser).

    A BaseException so that a script's `except Exception:` does not swallow it.
    """

    def __init__(self, fragment_id: str | None = None) -> None:
        super().__init__(fragment_id)
        self.fragment_id = fragment_id


class StopRequested(BaseException):
    """Ends the run where it is (`st.stop()`, or the Stop button)."""


@dataclass
class RerunData:
    """What a rerun request carries: widget values from the browser and where to run."""

    widgets: dict[str, Any] = field(default_factory=dict)
    page: str | None = None
    query: str | None = None
    fragment_id: str | None = None

    def merge(self, newer: RerunData) -> RerunData:
        """Two requests that arrive before a run starts become one."""
        fragment = self.fragment_id if self.fragment_id == newer.fragment_id else None
        return RerunData(
            {**self.widgets, **newer.widgets},
            newer.page if newer.page is not None else self.page,
            newer.query if newer.query is not None else self.query,
            fragment,
        )


@dataclass
class Fragment:
    """A fragment seen in the last full run: where its elements go and how to run it again."""

    path: PathT
    run: Callable[[], None]
    run_every: float | None = None


class ScriptRunContext:
    """What commands find through `get_script_run_ctx()` during a run.

    Attributes:
        session: The session whose script runs.
        kernel: Its kernel (config, plugins).
        run_id: Increases with every run of the session.
        page: The page script being run.
        fragment_id: For a fragment run, the fragment; None for a full run.
        containers: The stack of containers commands write into; the bottom is the run's root.
        cursors: Container path → how many children this run has put in it.
    """

    def __init__(
        self,
        session: Session,
        run_id: int,
        page: Path,
        fragment_id: str | None = None,
        root: Container | None = None,
    ) -> None:
        self.session = session
        self.kernel: Kernel = session.kernel
        self.state: SessionState = session.state
        self.run_id = run_id
        self.page = page
        self.fragment_id = fragment_id
        self.root = root or Container((MAIN,))
        self.containers: list[Container] = [self.root]
        self.cursors: dict[PathT, int] = (
            {self.root.path: 0} if root is not None else dict.fromkeys(ROOTS, 0)
        )
        #: Widget ids and keys created this run, for duplicate detection.
        self.widget_keys: set[str] = set()
        #: Per-run storage for plugins, under keys they choose (`"forms"`).
        self.stash: dict[str, Any] = {}
        #: Called when the run completes (status ok or error), before stale elements go.
        self.on_finish: list[Callable[[], None]] = []
        #: Media ids this run's elements show (`add_media`); retained by the session at its end.
        self.media: set[str] = set()
        #: Path → how `add_rows` grows the table or chart there (`add_element(extend=...)`).
        self.extenders: dict[PathT, Extender] = {}
        self._send = session.client.send

    def place(self, parent: Container) -> PathT:
        """The path of the next element written into `parent`."""
        root = self.root.path
        if self.fragment_id is not None and parent.path[: len(root)] != root:
            raise RillAPIError("Fragments cannot write to elements outside of their container.")
        if parent.slot:
            return parent.path
        index = self.cursors.get(parent.path, 0)
        self.cursors[parent.path] = index + 1
        return (*parent.path, index)

    def send(self, message: dict[str, Any]) -> None:
        """Send a protocol message to the session's browser (or AppTest)."""
        self._send(message)

    def checkpoint(self) -> None:
        """Where a pending stop or rerun request ends the run; called by every command."""
        self.session.checkpoint()

    @property
    def fragment(self) -> str | None:
        """The fragment the current container belongs to, if any."""
        return self.containers[-1].fragment_id

    @property
    def form_id(self) -> str | None:
        """The form the current container is in, if any."""
        return self.containers[-1].form_id
