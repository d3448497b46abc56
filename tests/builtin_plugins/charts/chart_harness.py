"""Running chart scripts through the real runtime, and reading what the browser gets.

Every element is checked against its props model on the way (`element_runner`), and the
datasets of a chart (Arrow IPC streams) are read back as pandas DataFrames.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from element_runner import Recorder, shown
from rill.core.kernel import Kernel
from rill.core.runtime.run import RerunData
from rill.core.runtime.session import Session

MAIN = "rill-data"


def charts(tmp_path: Path, source: str) -> list[dict[str, Any]]:
    """The props of every chart `source` shows (errors fail), in page order."""
    elements = shown(tmp_path, source)
    errors = [props for kind, props in elements if kind == "exception"]
    assert not errors, errors
    return [props for kind, props in elements if kind == "vega_lite_chart"]


def chart(tmp_path: Path, source: str) -> dict[str, Any]:
    """The props of the one chart `source` shows."""
    found = charts(tmp_path, source)
    assert len(found) == 1, found
    return found[0]


def frame(blob: bytes) -> pd.DataFrame:
    with pa.ipc.open_stream(pa.py_buffer(blob)) as reader:
        return reader.read_all().to_pandas()


def schema(blob: bytes) -> pa.Schema:
    with pa.ipc.open_stream(pa.py_buffer(blob)) as reader:
        return reader.schema


def data(props: dict[str, Any], name: str = MAIN) -> pd.DataFrame:
    """A chart's dataset as a DataFrame (the main one by default)."""
    return frame(props["datasets"][name])


class App:
    """One session of one script, rerun with values "from the browser"."""

    def __init__(self, kernel: Kernel, directory: Path, source: str) -> None:
        path = directory / "app.py"
        path.write_text("import rill as st\n" + textwrap.dedent(source), encoding="utf-8")
        self.client = Recorder()
        self.session = Session(kernel, path, self.client)
        self.last: list[dict[str, Any]] = []

    def run(self, widgets: dict[str, Any] | None = None) -> App:
        self.client.messages = []
        self.session.request_rerun(RerunData(widgets=widgets or {}))
        assert self.session.wait_idle(10), "the run did not finish"
        self.last = self.client.messages
        for element in self.elements():
            self.session.kernel.validate_props(element["kind"], element["props"])
        return self

    def messages(self, t: str) -> list[dict[str, Any]]:
        return [m for m in self.last if m["t"] == t]

    def elements(self, kind: str | None = None) -> list[dict[str, Any]]:
        found = [m["element"] for m in self.messages("delta")]
        return [e for e in found if kind is None or e["kind"] == kind]

    def chart(self, index: int = 0) -> dict[str, Any]:
        return self.elements("vega_lite_chart")[index]

    def errors(self) -> list[dict[str, Any]]:
        return [e["props"] for e in self.elements("exception")]

    def __getitem__(self, key: str) -> Any:
        return self.session.state[key]

    def close(self) -> None:
        self.session.close()
