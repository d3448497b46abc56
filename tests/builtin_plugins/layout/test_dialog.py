"""`@st.dialog`: a modal dialog in the event layer whose body is a fragment."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from element_runner import Recorder, error, shown, tree
from rill.core.kernel import Kernel
from rill.core.runtime.run import RerunData
from rill.core.runtime.session import Session
from rill.schemas.protocol import server_message
from rill.testing.v1 import AppTest
from rill.testing.v1.errors import AppTestError


class LiveApp:
    """One session kept across runs, as a browser tab: full runs and fragment runs."""

    def __init__(self, tmp_path: Path, source: str) -> None:
        path = tmp_path / "app.py"
        path.write_text("import rill as st\n" + textwrap.dedent(source), encoding="utf-8")
        self.client = Recorder()
        self.kernel = Kernel.load(cwd=tmp_path, home=tmp_path, env={})
        self.session = Session(self.kernel, path, self.client)

    def run(self, widgets: dict[str, Any] | None = None, fragment: str | None = None) -> None:
        """One run; every message it sends is checked against the protocol and the props."""
        start = len(self.client.messages)
        self.session.request_rerun(RerunData(widgets=widgets or {}, fragment_id=fragment))
        assert self.session.wait_idle(10)
        for message in self.client.messages[start:]:
            server_message.validate_python(message)
            if message["t"] == "delta":
                element = message["element"]
                self.kernel.validate_props(element["kind"], element["props"])

    def shown(self) -> dict[tuple[int, ...], tuple[str, dict[str, Any]]]:
        return tree(self.client.messages)

    def widget(self, kind: str, label: str) -> str:
        """The id of the last widget of `kind` with `label` the session sent."""
        for message in reversed(self.client.messages):
            element = message.get("element") or {}
            if element.get("kind") == kind and element["props"].get("label") == label:
                widget_id: str = element["id"]
                return widget_id
        raise AssertionError(f"no {kind} {label!r} was sent")

    def close(self) -> None:
        self.session.close()


DIALOG = """
st.session_state.setdefault("full", 0)
st.session_state.full += 1

@st.dialog("Edit", width="medium")
def edit(item):
    st.write(f"Editing {item}")
    if st.button("Bump"):
        st.session_state.bumps = st.session_state.get("bumps", 0) + 1
    st.write(f"bumps {st.session_state.get('bumps', 0)} full {st.session_state.full}")
    if st.button("Done"):
        st.rerun()

if st.button("Open"):
    edit("the item")
"""


def dialogs(elements: dict[tuple[int, ...], tuple[str, dict[str, Any]]]) -> list[Any]:
    return [(path, props) for path, (kind, props) in elements.items() if kind == "dialog"]


def test_calling_the_function_opens_a_dialog_in_the_event_layer(tmp_path: Path) -> None:
    app = LiveApp(tmp_path, DIALOG)
    try:
        app.run()
        assert dialogs(app.shown()) == []
        app.run({app.widget("button", "Open"): True})
        elements = app.shown()
        assert dialogs(elements) == [
            ((2, 0), {"title": "Edit", "width": "medium", "dismissible": True})
        ]
        # Its body is a fragment container holding what the function wrote.
        kind, body = elements[(2, 0, 0)]
        assert kind == "container" and body["fragment_id"]
        assert elements[(2, 0, 0, 0)] == (
            "markdown",
            {"body": "Editing the item", "unsafe_allow_html": False, "help": None},
        )
    finally:
        app.close()


def test_widgets_in_the_dialog_rerun_only_its_function(tmp_path: Path) -> None:
    app = LiveApp(tmp_path, DIALOG)
    try:
        app.run()
        app.run({app.widget("button", "Open"): True})
        fragment = app.shown()[(2, 0, 0)][1]["fragment_id"]
        app.run({app.widget("button", "Bump"): True}, fragment=fragment)
        elements = app.shown()
        assert len(dialogs(elements)) == 1  # still open
        bodies = [props.get("body") for kind, props in elements.values() if kind == "markdown"]
        assert "bumps 1 full 2" in bodies  # the script's top did not run again
        # st.rerun() in the dialog: a full run that does not call the function closes it.
        app.run({app.widget("button", "Done"): True}, fragment=fragment)
        assert dialogs(app.shown()) == []
    finally:
        app.close()


def test_a_dialog_opened_in_a_fragment_rerun_goes_to_the_event_layer(tmp_path: Path) -> None:
    source = """
    @st.dialog("From a fragment")
    def hello():
        st.write("hello from the dialog")

    @st.fragment
    def part():
        if st.button("Open"):
            hello()
        st.write("in the fragment")

    st.html("<style>p { margin: 0 }</style>")  # something in the event layer already
    part()
    """
    app = LiveApp(tmp_path, source)
    try:
        app.run()
        before = app.shown()
        fragment = next(
            props["fragment_id"]
            for path, (kind, props) in before.items()
            if kind == "container" and path[0] == 0 and props.get("fragment_id")
        )
        events_before = [p for p in before if p[0] == 2 and len(p) == 2]
        app.run({app.widget("button", "Open"): True}, fragment=fragment)
        elements = app.shown()
        # Appended after what the event layer held; nothing there was overwritten.
        assert dialogs(elements) == [
            (
                (2, len(events_before)),
                {"title": "From a fragment", "width": "small", "dismissible": True},
            )
        ]
        assert all(elements[p] == before[p] for p in events_before)
        texts = [props.get("body") for kind, props in elements.values() if kind == "markdown"]
        assert "hello from the dialog" in texts
    finally:
        app.close()


def test_only_one_dialog_per_run(tmp_path: Path) -> None:
    source = """
    @st.dialog("One")
    def one():
        st.write("one")

    one()
    one()
    """
    message = error(tmp_path, source)
    assert "Only one dialog is allowed to be opened at the same time" in message
    assert [kind for kind, _ in shown(tmp_path, source)].count("dialog") == 1


def test_dialogs_do_not_nest(tmp_path: Path) -> None:
    source = """
    @st.dialog("Inner")
    def inner():
        st.write("inner")

    @st.dialog("Outer")
    def outer():
        inner()

    outer()
    """
    assert "Dialogs may not be nested inside other dialogs." in error(tmp_path, source)


@pytest.mark.parametrize(
    ("decoration", "expected"),
    [
        ("@st.dialog('')", "A non-empty `title` argument has to be provided"),
        ("@st.dialog", "A non-empty `title` argument has to be provided"),
        ("@st.dialog('T', width='huge')", 'width argument to st.dialog must be "small"'),
        ("@st.dialog('T', on_dismiss='close')", "only 'ignore', 'rerun', or a callable"),
    ],
)
def test_bad_decorations(tmp_path: Path, decoration: str, expected: str) -> None:
    source = f"""
    {decoration}
    def show():
        st.write("x")
    """
    assert expected in error(tmp_path, source)


def test_the_decorated_function_returns_none_and_keeps_its_name(tmp_path: Path) -> None:
    source = """
    @st.dialog("T")
    def greet(name):
        \"\"\"Say hello.\"\"\"
        st.write(f"Hello {name}")
        return 42

    st.text(f"{greet('Ada')!r} {greet.__name__} {greet.__doc__}")
    """
    texts = [props["body"] for kind, props in shown(tmp_path, source) if kind == "text"]
    assert texts == ["None greet Say hello."]


# -- dismissing, and AppTest ---------------------------------------------------------------------


def dismiss_app() -> None:
    import rill as st

    def dismissed() -> None:
        st.session_state.n = st.session_state.get("n", 0) + 1

    @st.dialog("Notice", on_dismiss=dismissed)
    def notice() -> None:
        st.write("Read this")

    @st.dialog("Locked", dismissible=False)
    def locked() -> None:
        st.write("You must choose")

    if st.button("Notice"):
        notice()
    if st.button("Locked"):
        locked()
    st.write(f"dismissed {st.session_state.get('n', 0)}")


def test_apptest_reaches_the_dialog_and_dismisses_it() -> None:
    at = AppTest.from_function(dismiss_app).run()
    assert at.get("dialog") == []
    at.button[0].click().run()
    (dialog,) = at.get("dialog")
    assert (dialog.props["title"], dialog.width, dialog.dismissible) == ("Notice", "small", True)
    assert dialog.markdown.values == ["Read this"]
    dialog.dismiss().run()
    assert at.get("dialog") == []
    assert at.markdown.values == ["dismissed 1"]  # the callback ran before the rerun


def test_a_dialog_that_is_not_dismissible() -> None:
    at = AppTest.from_function(dismiss_app).run()
    at.button[1].click().run()
    (dialog,) = at.get("dialog")
    assert not dialog.dismissible
    assert [child.kind for child in dialog.children.values()] == ["container"]  # no trigger
    with pytest.raises(AppTestError, match="not dismissible"):
        dialog.dismiss()


def test_dismissing_with_rerun_sends_a_trigger_widget(tmp_path: Path) -> None:
    source = """
    @st.dialog("Rerun me", on_dismiss="rerun")
    def show():
        st.write("x")

    show()
    """
    elements = tree_with_ids(tmp_path, source)
    assert [(kind, bool(widget_id)) for kind, widget_id in elements[(2, 0)]] == [
        ("dialog_dismiss", True),
        ("container", False),
    ]


def tree_with_ids(tmp_path: Path, source: str) -> dict[tuple[int, ...], list[tuple[str, Any]]]:
    """Container path → (kind, widget id) of its direct children, as sent."""
    app = LiveApp(tmp_path, source)
    try:
        app.run()
        children: dict[tuple[int, ...], list[tuple[str, Any]]] = {}
        for message in app.client.messages:
            if message["t"] == "delta":
                path = tuple(message["path"])
                children.setdefault(path[:-1], []).append(
                    (message["element"]["kind"], message["element"].get("id"))
                )
        return children
    finally:
        app.close()
