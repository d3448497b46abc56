"""Running scripts through the real runtime, recording the protocol messages it sends."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from element_runner import Recorder
from rill.core.kernel import Kernel
from rill.core.runtime.run import RerunData
from rill.core.runtime.session import Session


class Harness:
    """One session of a script, rerun on demand."""

    def __init__(self, tmp_path: Path, source: str, flags: list[str]) -> None:
        self.path = tmp_path / "app.py"
        self.path.write_text(source, encoding="utf-8")
        self.client = Recorder()
        kernel = Kernel.load(cwd=tmp_path, home=tmp_path, env={}, flags=flags)
        self.session = Session(kernel, self.path, self.client)

    def run(self, widgets: dict[str, Any] | None = None, **kwargs: Any) -> list[dict[str, Any]]:
        self.client.take()
        self.session.request_rerun(RerunData(widgets=widgets or {}, **kwargs))
        assert self.session.wait_idle(10), "the run did not finish"
        return self.client.take()

    def elements(
        self, messages: list[dict[str, Any]]
    ) -> list[tuple[list[int], str, dict[str, Any]]]:
        return [
            (m["path"], m["element"]["kind"], m["element"]["props"])
            for m in messages
            if m["t"] == "delta"
        ]

    def bodies(self, messages: list[dict[str, Any]]) -> list[str]:
        return [
            props.get("body", "")
            for _, kind, props in self.elements(messages)
            if kind == "markdown"
        ]

    def widget_id(self, key: str) -> str:
        return self.session.state._key_to_id[key]

    @property
    def state(self) -> Any:
        return self.session.state


#: A tiny widget and text command built only on the core APIs, so these tests do not depend on
#: the builtin element plugins.
PRELUDE = """
from rill.core.runtime.tree import add_element
from rill.core.runtime.widgets import register_widget
import rill as st

def say(text):
    add_element("markdown", {"body": str(text)})

def box(label, key=None, on_change=None, args=None, kwargs=None, value=False):
    return register_widget(
        "checkbox", {"label": label}, key=key, params={"label": label, "value": value},
        default=value, deserialize=lambda w: bool(w) if isinstance(w, bool) else int(""),
        serialize=bool, on_change=on_change, args=args, kwargs=kwargs,
        has_explicit_value=value is not False,
    )

def click(label, key=None, on_click=None, args=None):
    return register_widget(
        "button", {"label": label}, key=key, params={"label": label}, default=False,
        deserialize=bool, serialize=bool, on_change=on_click, args=args, trigger=True,
        settable=False,
    )
"""
