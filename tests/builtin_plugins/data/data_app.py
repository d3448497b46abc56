"""Running data scripts through the real runtime, one session per script.

Scripts publish what commands return through `st.session_state` (user keys), so tests see the
real Python objects. Every element a run sends is validated against its props model.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from element_runner import Recorder
from rill.builtin_plugins.data.arrow import to_pandas
from rill.core.kernel import Kernel
from rill.core.runtime.run import RerunData
from rill.core.runtime.session import Session


class App:
    """One session of one script."""

    def __init__(self, kernel: Kernel, directory: Path, source: str) -> None:
        path = directory / "app.py"
        path.write_text("import rill as st\n" + source, encoding="utf-8")
        self.client = Recorder()
        self.session = Session(kernel, path, self.client)
        self.last: list[dict[str, Any]] = []

    def run(self, widgets: dict[str, Any] | None = None) -> App:
        """Rerun (with widget values from the "browser") and keep that run's messages."""
        self.client.messages = []
        self.session.request_rerun(RerunData(widgets=widgets or {}))
        assert self.session.wait_idle(30), "the run did not finish"
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

    def frame(self, kind: str, index: int = 0) -> Any:
        """The rows an element was sent with, as pandas."""
        return to_pandas(self.props(kind, index)["data"])

    def id(self, kind: str, index: int = 0) -> str:
        return str(self.element(kind, index)["id"])

    def errors(self) -> list[dict[str, Any]]:
        return [e["props"] for e in self.elements("exception")]

    def error(self) -> str:
        """The one error the last run showed: `Type: message`."""
        errors = self.errors()
        assert len(errors) == 1, errors
        return f"{errors[0]['type']}: {errors[0]['message']}"

    def ok(self) -> App:
        assert self.errors() == [], self.errors()
        return self

    def __getitem__(self, key: str) -> Any:
        """A session-state value the script published."""
        return self.session.state[key]

    def close(self) -> None:
        self.session.close()


@functools.cache
def million() -> Any:
    """A frame of a million rows, made once per test process (scripts import it)."""
    import numpy as np
    import pandas as pd

    return pd.DataFrame({"n": np.arange(1_000_000), "x": np.linspace(0, 1, 1_000_000)})
