"""`AppTest`: run an app script headless, inspect what it shows, interact with its widgets.

An AppTest runs its script through the same runtime as the server: a `Session` whose client
applies the protocol messages to an element tree the way the browser does. Widget values,
callbacks, forms, fragments, `st.rerun`, `st.stop`, session state and query parameters behave
exactly as in a browser tab. Config comes from the project directory like the server's
(`.rill/config.toml` in the working directory, then environment variables): run tests from
the project directory, or set the working directory in the test.
"""

from __future__ import annotations

import sys
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from rill.core.kernel import Kernel
from rill.core.runtime.run import RerunData
from rill.core.runtime.session import FORCE_STOP_AFTER, Session
from rill.testing.v1.client import TreeClient
from rill.testing.v1.context import TestContext
from rill.testing.v1.element_tree.base import TreeContext
from rill.testing.v1.element_tree.blocks import Block, ElementTree
from rill.testing.v1.element_tree.build import build_tree, element_classes
from rill.testing.v1.element_tree.query import Queries
from rill.testing.v1.script import ARGS_KEY, function_script, resolve_script, write_script
from rill.testing.v1.staging import Staging
from rill.testing.v1.state import TestSessionState

if TYPE_CHECKING:
    from rill.testing.v1.element_tree.blocks import Node

#: Session stash key the secrets plugin reads `at.secrets` from.
SECRETS_KEY = "secrets"


class AppTest(Queries):
    """A simulated app: run its script, inspect its elements, interact with its widgets.

    Create one with `from_file` (recommended), `from_string` or `from_function`. Unlike an app in
    a browser, nothing reruns by itself: after changing a widget or switching pages, call
    `run()` (on the AppTest or on an element, `at.button[0].click().run()`).

    Attributes:
        secrets: What `st.secrets` holds in the app; set entries before `run()`. Empty: the
            project's secrets files apply.
        session_state: The app's `st.session_state`, read and written between runs.
        query_params: The URL's query parameters: set before `run()` (a string or a list of
            strings per key); after a run, what the app left in `st.query_params` (a string
            per key, a list for a key given several times).
        default_timeout: Seconds a run may take when `run()` is not given a timeout.

    Example:
        from rill.testing.v1 import AppTest

        at = AppTest.from_file("app.py").run()
        at.text_input[0].input("Ada").run()
        assert at.markdown[0].value == "Hello, Ada!"
        assert not at.exception
    """

    __test__ = False  # not a pytest test class

    def __init__(
        self,
        script_path: str | Path,
        *,
        default_timeout: float,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
    ) -> None:
        self._script = Path(script_path).resolve()
        self.default_timeout = default_timeout
        self._client = TreeClient()
        self._session = Session(Kernel.load(), self._script, self._client)
        self._session.stash[ARGS_KEY] = (tuple(args or ()), dict(kwargs or {}))
        # The session's script thread waits for runs until the session is closed.
        weakref.finalize(self, self._session.close)
        self._staging = Staging(self._session)
        self._context = TreeContext(self, self._staging, element_classes(self._session.kernel))
        self._tree_cache: ElementTree | None = None
        self.secrets: dict[str, Any] = {}
        self.session_state = TestSessionState(self._session.state)
        self.query_params: dict[str, Any] = {}
        #: What `st.context` reports: headers, cookies, locale, time zone... (rill's addition).
        self.context = TestContext()

    # -- creating ---------------------------------------------------------------------------------

    @classmethod
    def from_file(cls, script_path: str | Path, *, default_timeout: float = 3) -> AppTest:
        """An AppTest of the script in a file.

        Args:
            script_path: The app's main script: absolute, or relative to the file that calls
                `from_file` (the test module).
            default_timeout: Seconds a run may take unless `run()` says otherwise.

        Raises:
            FileNotFoundError: the script does not exist.

        Example:
            at = AppTest.from_file("../app.py").run()
        """
        caller = sys._getframe(1).f_code.co_filename
        return cls(resolve_script(script_path, caller), default_timeout=default_timeout)

    @classmethod
    def from_string(cls, script: str, *, default_timeout: float = 3) -> AppTest:
        """An AppTest of a script given as a string (dedented); it must import what it uses.

        Example:
            at = AppTest.from_string('''
                import rill as st
                st.title("Hi")
            ''').run()
        """
        return cls(write_script(script), default_timeout=default_timeout)

    @classmethod
    def from_function(
        cls,
        script: Callable[..., Any],
        *,
        default_timeout: float = 3,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
    ) -> AppTest:
        """An AppTest whose script is a function: its source is the script, which calls it.

        The function must be runnable on its own (import what it uses inside it). On every
        run it is called with `args` and `kwargs`.

        Example:
            def app(greeting):
                import rill as st
                st.write(greeting)

            at = AppTest.from_function(app, args=("Hello",)).run()
        """
        path = write_script(function_script(script))
        return cls(path, default_timeout=default_timeout, args=args, kwargs=kwargs)

    # -- running ----------------------------------------------------------------------------------

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the script with the values staged since the last run; returns the AppTest.

        Args:
            timeout: Seconds the run may take (including reruns it asks for); None for
                `default_timeout`.

        Raises:
            RuntimeError: the run took longer than `timeout`; the script is stopped.
        """
        timeout = self.default_timeout if timeout is None else timeout
        session = self._session
        widgets = self._staging.take()
        if self.secrets:
            session.stash[SECRETS_KEY] = self.secrets
        else:
            session.stash.pop(SECRETS_KEY, None)
        session.connection = self.context.connection()
        self._client.begin()
        self._tree_cache = None
        session.request_rerun(RerunData(widgets=widgets, query=_encode(self.query_params)))
        finished = session.wait_idle(timeout)
        if not finished:
            session.request_stop()
            session.wait_idle(FORCE_STOP_AFTER + 5)
        started = self._client.started
        self._staging.ran(started[0][0] if started else None)
        self.query_params = _decode(session.query)
        if not finished:
            raise RuntimeError(f"AppTest script run timed out after {timeout}(s)")
        return self

    def switch_page(self, page_path: str) -> AppTest:
        """Make the next run show another page script; call `run()` next.

        Args:
            page_path: The page's script, relative to the main script's directory
                (`"pages/settings.py"`).

        Raises:
            ValueError: no such file.
        """
        page = self._script.parent / page_path
        if not page.is_file():
            raise ValueError(
                f"Could not find page {page_path!r} relative to the main script "
                f"{str(self._script)!r}. Resolved page path: {str(page.resolve())!r}."
            )
        self._session.page = page.resolve()
        return self

    # -- inspecting -------------------------------------------------------------------------------

    @property
    def _tree(self) -> ElementTree:
        if self._tree_cache is None:
            self._tree_cache = build_tree(self._client.roots, self._context)
        return self._tree_cache

    def _nodes(self) -> list[Node]:
        return self._tree._nodes()

    @property
    def main(self) -> Block:
        """The main area: a container with the same accessors as AppTest."""
        return self._tree.main

    @property
    def sidebar(self) -> Block:
        """The sidebar: a container with the same accessors as AppTest."""
        return self._tree.sidebar

    def __len__(self) -> int:
        return len(self._tree)

    def __iter__(self) -> Iterator[Node]:
        return iter(self._tree)

    def __getitem__(self, index: int) -> Node:
        return self._tree[index]

    def __repr__(self) -> str:
        return f"AppTest({str(self._script)!r})"


def _encode(params: dict[str, Any]) -> str:
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        values = value if isinstance(value, list | tuple) else [value]
        pairs.extend((str(key), str(item)) for item in values)
    return urlencode(pairs)


def _decode(query: dict[str, list[str]]) -> dict[str, Any]:
    """One string per key, a list for a key given several times."""
    return {key: values[0] if len(values) == 1 else list(values) for key, values in query.items()}
