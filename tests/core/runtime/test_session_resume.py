"""A session resumed from its snapshot: a new object with the old one's id and state."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from runtime_support import PRELUDE, Harness

from element_runner import Recorder
from rill.core.kernel import Kernel
from rill.core.runtime.run import RerunData
from rill.core.runtime.session import Session
from rill.plugins import SessionSnapshot, SnapshotKey, hookimpl

Make = Callable[..., Harness]

APP = PRELUDE + (
    "st.session_state.runs = st.session_state.get('runs', 0) + 1\n"
    "agree = box('Agree', key='agree')\n"
    "plain = box('Plain')\n"
    'say(f"runs={st.session_state.runs} agree={agree} plain={plain} '
    "q={st.query_params.get('tab')}\")\n"
)

VISITS = SnapshotKey[int]("test.visits")


def resume(h: Harness, snapshot: SessionSnapshot | None = None) -> Harness:
    """The harness, now driving a session resumed from (a byte round trip of) a snapshot."""
    data = (snapshot or h.session.snapshot()).to_bytes()
    h.session.close()
    h.client = Recorder()
    h.session = Session.resume(h.session.kernel, h.path, h.client, SessionSnapshot.from_bytes(data))
    return h


def test_state_widget_values_and_query_survive_in_a_new_object(harness: Make) -> None:
    h = harness(APP)
    h.run()
    plain_id = next(w for w in h.state._widgets if w.endswith("-None"))
    assert h.bodies(h.run({h.widget_id("agree"): True, plain_id: True}, query="tab=b")) == [
        "runs=2 agree=True plain=True q=b"
    ]
    old = h.session
    resume(h)
    assert h.session is not old
    assert (h.session.id, h.session.resumed, old.resumed) == (old.id, True, False)
    assert h.session.query == {"tab": ["b"]}
    assert h.state["runs"] == 2 and h.state["agree"] is True  # readable before any run
    assert h.bodies(h.run()) == ["runs=3 agree=True plain=True q=b"]


def test_restored_values_no_widget_claims_are_forgotten_after_a_complete_run(
    harness: Make,
) -> None:
    h = harness(PRELUDE + "if st.session_state.get('show', True):\n    box('Gone', key='gone')\n")
    h.run()
    h.run({h.widget_id("gone"): True})
    snapshot = h.session.snapshot()
    snapshot.user["show"] = False
    resume(h, snapshot)
    assert h.state["gone"] is True
    h.run()
    assert "gone" not in h.state
    assert h.state._widgets == {}


def test_values_the_browser_sent_while_disconnected_reach_their_widget(harness: Make) -> None:
    source = APP.replace("box('Agree', key='agree')", "box('Agree', key='agree', on_change=cb)")
    callback = "def cb():\n    st.session_state.called = True\n"
    h = harness(PRELUDE + callback + source.removeprefix(PRELUDE))
    h.run()
    agree = h.widget_id("agree")
    resume(h)
    # The tab queued a change while disconnected and sends it with its first rerun; the widget
    # is not created yet, so this is no "unknown widget id" (which would log a warning).
    assert h.bodies(h.run({agree: True})) == ["runs=2 agree=True plain=False q=None"]
    assert "called" not in h.state  # the callback was the old run's: not called


def test_setting_a_restored_widgets_key_before_the_widget_reads_back(harness: Make) -> None:
    h = harness(APP)
    h.run()
    resume(h)
    h.state["agree"] = True
    assert h.state["agree"] is True
    assert h.bodies(h.run()) == ["runs=2 agree=True plain=False q=None"]


def test_entries_survive_and_the_stash_does_not(harness: Make) -> None:
    h = harness(APP)
    h.run()
    h.session.entries[VISITS] = 4
    h.session.stash["live"] = object()
    resume(h)
    assert h.session.entries[VISITS] == 4
    assert "live" not in h.session.stash


def test_the_page_survives_and_the_main_script_is_not_written_down(harness: Make) -> None:
    h = harness(APP)
    assert h.session.snapshot().page is None
    page = h.path.parent / "other.py"
    page.write_text("import rill as st\nst.session_state.other = True\n")
    h.session.page = page
    resume(h)
    assert h.session.page == page
    h.session.request_rerun(RerunData())
    assert h.session.wait_idle(10) and h.state["other"] is True


class Started:
    def __init__(self) -> None:
        self.seen: list[tuple[str, bool, Any]] = []

    @hookimpl
    def rill_session_started(self, session: Any) -> None:
        self.seen.append((session.id, session.resumed, session.state.get("runs")))


def test_session_started_sees_the_resumed_session_with_its_state(tmp_path: Any) -> None:
    started = Started()
    kernel = Kernel.load(cwd=tmp_path, home=tmp_path, env={}, extra_plugins=[("s", started)])
    script = tmp_path / "app.py"
    script.write_text("")
    first = Session(kernel, script, Recorder())
    first.state["runs"] = 5
    again = Session.resume(kernel, script, Recorder(), first.snapshot())
    assert started.seen == [(first.id, False, None), (first.id, True, 5)]
    first.close()
    again.close()
