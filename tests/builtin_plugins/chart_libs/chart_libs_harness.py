"""Running chart scripts through the real runtime, with selections sent as a browser would.

Every element a run sends is validated against its props model; scripts publish what
commands return through `st.session_state`, so tests see the real Python objects.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

from element_runner import Recorder
from rill.core.kernel import Kernel
from rill.core.runtime.run import RerunData
from rill.core.runtime.session import Session


class App:
    """One session of one script."""

    def __init__(self, kernel: Kernel, directory: Path, source: str) -> None:
        path = directory / "app.py"
        path.write_text("import rill as st\n" + textwrap.dedent(source), encoding="utf-8")
        self.client = Recorder()
        self.session = Session(kernel, path, self.client)
        self.last: list[dict[str, Any]] = []

    def run(self, widgets: dict[str, Any] | None = None) -> App:
        """Rerun (with widget values from the "browser") and keep that run's messages."""
        self.client.messages = []
        self.session.request_rerun(RerunData(widgets=widgets or {}))
        assert self.session.wait_idle(20), "the run did not finish"
        self.last = self.client.messages
        for element in self.elements():
            self.session.kernel.validate_props(element["kind"], element["props"])
        return self

    def elements(self, kind: str | None = None) -> list[dict[str, Any]]:
        found = [m["element"] for m in self.last if m["t"] == "delta"]
        return [e for e in found if kind is None or e["kind"] == kind]

    def element(self, kind: str, index: int = 0) -> dict[str, Any]:
        return self.elements(kind)[index]

    def props(self, kind: str, index: int = 0) -> dict[str, Any]:
        props: dict[str, Any] = self.element(kind, index)["props"]
        return props

    def id(self, kind: str, index: int = 0) -> str:
        return str(self.element(kind, index)["id"])

    def error(self) -> str:
        """The one error the last run showed: `Type: message`."""
        errors = [e["props"] for e in self.elements("exception")]
        assert len(errors) == 1, errors
        return f"{errors[0]['type']}: {errors[0]['message']}"

    def ok(self) -> App:
        errors = [e["props"] for e in self.elements("exception")]
        assert errors == [], errors
        return self

    def __getitem__(self, key: str) -> Any:
        return self.session.state[key]

    def close(self) -> None:
        self.session.close()


#: The `make` fixture: `make(source, flags=[...])` → an App.
Make = Callable[..., App]
