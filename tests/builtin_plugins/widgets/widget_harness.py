"""Running widget scripts through the real runtime, and the checks every widget must pass.

Scripts publish what commands return through `st.session_state` (user keys), so tests see the
real Python objects and their types. Every widget element a run sends is validated against its
props model on the way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
        path.write_text(source, encoding="utf-8")
        self.client = Recorder()
        self.session = Session(kernel, path, self.client)
        self.last: list[dict[str, Any]] = []

    def run(self, widgets: dict[str, Any] | None = None) -> App:
        """Rerun (with widget values from the "browser") and keep that run's messages."""
        self.client.messages = []
        self.session.request_rerun(RerunData(widgets=widgets or {}))
        assert self.session.wait_idle(10), "the run did not finish"
        self.last = self.client.messages
        for element in self.elements():
            if "id" in element:
                self.session.kernel.validate_props(element["kind"], element["props"])
        return self

    def elements(self, kind: str | None = None) -> list[dict[str, Any]]:
        found = [m["element"] for m in self.last if m["t"] == "delta"]
        return [e for e in found if kind is None or e["kind"] == kind]

    def widget(self, kind: str, index: int = 0) -> dict[str, Any]:
        """The element of the `index`-th widget of `kind` in the last run."""
        return self.elements(kind)[index]

    def id(self, kind: str, index: int = 0) -> str:
        return str(self.widget(kind, index)["id"])

    def props(self, kind: str, index: int = 0) -> dict[str, Any]:
        props: dict[str, Any] = self.widget(kind, index)["props"]
        return props

    def errors(self) -> list[dict[str, Any]]:
        return [e["props"] for e in self.elements("exception")]

    def error(self) -> str:
        """The one error the last run showed: `Type: message`."""
        errors = self.errors()
        assert len(errors) == 1, errors
        return f"{errors[0]['type']}: {errors[0]['message']}"

    def ok(self) -> App:
        assert self.errors() == [], self.errors()
        status = [m for m in self.last if m["t"] == "script_finished"]
        assert status and status[-1]["status"] == "ok", status
        return self

    def __getitem__(self, key: str) -> Any:
        """A session-state value the script published."""
        return self.session.state[key]

    def close(self) -> None:
        self.session.close()


@dataclass
class Case:
    """One widget, as the shared checks exercise it.

    `call` is the widget's command with `{label}` and `{extra}` placeholders for the label
    expression and extra keyword arguments, e.g. `"st.slider({label}, 0, 10, 3{extra})"`.
    """

    kind: str
    call: str
    default: Any
    wire: Any
    changed: Any
    hostile: list[Any] = field(default_factory=list)
    callback: str = "on_change"

    def __str__(self) -> str:
        return self.call.format(label="'L'", extra="")

    def source(self, *, label: str = "'L'", extra: str = "", before: str = "") -> str:
        call = self.call.format(label=label, extra=extra)
        return f"import rill as st\n{before}st.session_state['v'] = {call}\n"


def same(a: Any, b: Any) -> bool:
    """Equal and of the same type (an int is not a float here), element-wise for tuples."""
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return type(a) is type(b) and len(a) == len(b) and all(map(same, a, b))
    return type(a) is type(b) and a == b
