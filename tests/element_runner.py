"""Running a script once through the real runtime, for element tests.

Every message the run sends is checked against the protocol models and every element's props
against its contract; `tree` replays the messages the way the browser does.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from rill.core.kernel import Kernel
from rill.core.runtime.run import RerunData
from rill.core.runtime.session import Session
from rill.schemas.protocol import server_message

Path_ = tuple[int, ...]


class Recorder:
    """A SessionClient that keeps every protocol message it is sent."""

    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []

    def send(self, message: dict[str, Any]) -> None:
        self.messages.append(message)

    def take(self) -> list[dict[str, Any]]:
        """The messages so far, forgetting them."""
        taken, self.messages = self.messages, []
        return taken


def run(tmp_path: Path, source: str, **load: Any) -> list[dict[str, Any]]:
    """Run `source` once; every message sent, each checked against the protocol and props."""
    path = tmp_path / "app.py"
    path.write_text("import rill as st\n" + textwrap.dedent(source), encoding="utf-8")
    client = Recorder()
    kernel = Kernel.load(cwd=tmp_path, home=tmp_path, env={}, **load)
    session = Session(kernel, path, client)
    try:
        session.request_rerun(RerunData())
        assert session.wait_idle(10)
    finally:
        session.close()
    for message in client.messages:
        server_message.validate_python(message)
        if message["t"] == "delta":
            kernel.validate_props(message["element"]["kind"], message["element"]["props"])
    return client.messages


def tree(messages: list[dict[str, Any]]) -> dict[Path_, tuple[str, dict[str, Any]]]:
    """What the browser shows at the end: path → (kind, props)."""
    shown: dict[Path_, tuple[str, dict[str, Any]]] = {}
    for m in messages:
        if m["t"] == "delta":
            path = tuple(m["path"])
            shown = {p: e for p, e in shown.items() if p[: len(path)] != path}
            shown[path] = (m["element"]["kind"], m["element"]["props"])
        elif m["t"] == "trim":
            parent, length = tuple(m["path"]), m["length"]
            shown = {
                p: e
                for p, e in shown.items()
                if not (
                    len(p) > len(parent) and p[: len(parent)] == parent and p[len(parent)] >= length
                )
            }
    return dict(sorted(shown.items()))


def shown(tmp_path: Path, source: str, **load: Any) -> list[tuple[str, dict[str, Any]]]:
    return list(tree(run(tmp_path, source, **load)).values())


def error(tmp_path: Path, source: str) -> str:
    """The message of the exception the script showed (it must show exactly one)."""
    errors = [props for kind, props in shown(tmp_path, source) if kind == "exception"]
    assert len(errors) == 1, errors
    return f"{errors[0]['type']}: {errors[0]['message']}"
