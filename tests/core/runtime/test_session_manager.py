"""`SessionManager`: the disconnect, resume and expiry policy, without a server."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from element_runner import Recorder
from log_watch import expect_log
from rill.core.kernel import Kernel
from rill.core.runtime.run import RerunData
from rill.core.runtime.session import Session
from rill.core.runtime.sessions import Gone, SessionManager
from rill.plugins import SessionSnapshot, hookimpl
from storage_support import StoragePlugin


class Timers:
    """A `Schedule` whose calls run when the test says."""

    def __init__(self) -> None:
        self.pending: dict[int, tuple[float, Callable[[], None]]] = {}
        self._next = 0

    def __call__(self, delay: float, callback: Callable[[], None]) -> Callable[[], None]:
        self._next += 1
        key = self._next
        self.pending[key] = (delay, callback)
        return lambda: self.pending.pop(key, None)

    def fire(self) -> None:
        for key in list(self.pending):
            _, callback = self.pending.pop(key)
            callback()


class Ended:
    def __init__(self) -> None:
        self.ids: list[str] = []

    @hookimpl
    def rill_session_ended(self, session: Any) -> None:
        self.ids.append(session.id)


class World:
    """A kernel with a recording storage plugin, a script, and a manager over them."""

    def __init__(self, tmp_path: Path, flags: list[str], store: bool = True) -> None:
        self.plugin = StoragePlugin()
        self.ended = Ended()
        plugins: list[tuple[str, object]] = [("ended", self.ended)]
        if store:
            plugins.append(("test-storage", self.plugin))
        else:
            flags = [*flags, "--plugins.disabled", "storage"]
        self.kernel = Kernel.load(
            cwd=tmp_path, home=tmp_path, env={}, flags=flags, extra_plugins=plugins
        )
        self.script = tmp_path / "app.py"
        self.script.write_text(
            "from rill.core.runtime.context import get_script_run_ctx\n"
            "state = get_script_run_ctx().state\n"
            "state['n'] = state.get('n', 0) + 1\n"
        )
        self.timers = Timers()
        self.manager = SessionManager(self.kernel, self.script, schedule=self.timers)

    def run(self, session: Session) -> Any:
        session.request_rerun(RerunData())
        assert session.wait_idle(10)
        return session.state["n"]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[Callable[..., World]]:
    made: list[World] = []

    def make(*flags: str, store: bool = True) -> World:
        made.append(World(tmp_path, list(flags), store))
        return made[-1]

    yield make
    for w in made:
        for session in w.manager.close_all():
            session.close()


def test_a_detached_session_is_put_as_bytes_and_resumed_in_a_new_object(
    world: Callable[..., World],
) -> None:
    w = world()
    first, resumed = w.manager.attach(Recorder(), None)
    assert resumed is False and w.manager.get(first.id) is first
    w.run(first)
    w.manager.detach(first)
    assert isinstance(first.client, Gone)
    assert w.manager.get(first.id) is None and first.id in w.manager
    assert w.plugin.sessions.calls == [("put", first.id)]
    (_, data, ttl) = w.plugin.sessions.puts[0]
    assert ttl == 120.0 and SessionSnapshot.from_bytes(data).user == {"n": 1}
    assert [delay for delay, _ in w.timers.pending.values()] == [120.0]

    again, resumed = w.manager.attach(Recorder(), first.id)
    assert resumed is True and again is not first and again.id == first.id
    assert w.manager.get(first.id) is again
    assert w.timers.pending == {}  # the expiry was cancelled
    assert w.run(again) == 2
    assert w.ended.ids == []  # the session lives on: neither object ended it


def test_expiry_discards_the_snapshot_and_ends_the_session(world: Callable[..., World]) -> None:
    w = world()
    session, _ = w.manager.attach(Recorder(), None)
    w.manager.detach(session)
    w.timers.fire()
    assert w.plugin.sessions.calls[-1] == ("discard", session.id)
    assert w.ended.ids == [session.id]
    assert session.id not in w.manager and w.manager.waiting == 0
    again, resumed = w.manager.attach(Recorder(), session.id)
    assert resumed is False and again.id != session.id


@pytest.mark.parametrize(
    ("flags", "store"), [(["--server.disconnectedSessionTTL", "0"], True), ([], False)]
)
def test_without_a_ttl_or_a_store_a_session_ends_with_its_connection(
    world: Callable[..., World], flags: list[str], store: bool
) -> None:
    w = world(*flags, store=store)
    session, _ = w.manager.attach(Recorder(), None)
    w.manager.detach(session)
    assert w.ended.ids == [session.id]
    assert w.plugin.sessions.calls == [] and w.timers.pending == {}


def test_a_session_the_store_let_go_ends_and_the_tab_starts_afresh(
    world: Callable[..., World],
) -> None:
    w = world()
    session, _ = w.manager.attach(Recorder(), None)
    w.manager.detach(session)
    w.plugin.sessions.kept.clear()  # evicted by the store itself
    again, resumed = w.manager.attach(Recorder(), session.id)
    assert resumed is False and again.id != session.id
    assert w.ended.ids == [session.id]


def test_a_store_that_fails_to_keep_ends_the_session(world: Callable[..., World]) -> None:
    expect_log(r"could not be kept for a reconnect", logger="rill.session")
    w = world()

    def down(session_id: str, snapshot: bytes, ttl: float) -> None:
        raise ConnectionError("the store is down")

    w.plugin.sessions.put = down  # type: ignore[method-assign]
    session, _ = w.manager.attach(Recorder(), None)
    w.manager.detach(session)
    assert w.ended.ids == [session.id] and session.id not in w.manager


def test_a_snapshot_of_another_session_is_not_used(world: Callable[..., World]) -> None:
    expect_log(r"the store returned another session's snapshot", logger="rill.session")
    w = world()
    w.plugin.sessions.kept["aaaa"] = SessionSnapshot("bbbb", {"n": 9}).to_bytes()
    session, resumed = w.manager.attach(Recorder(), "aaaa")
    assert resumed is False and session.id not in ("aaaa", "bbbb")


def test_detaching_twice_or_a_replaced_session_does_nothing(world: Callable[..., World]) -> None:
    w = world()
    session, _ = w.manager.attach(Recorder(), None)
    w.manager.detach(session)
    w.manager.detach(session)
    assert w.plugin.sessions.calls == [("put", session.id)]


def test_close_all_discards_what_waits_and_returns_every_session(
    world: Callable[..., World],
) -> None:
    w = world()
    live, _ = w.manager.attach(Recorder(), None)
    gone, _ = w.manager.attach(Recorder(), None)
    w.manager.detach(gone)
    sessions = w.manager.close_all()
    assert set(sessions) == {live, gone}
    assert ("discard", gone.id) in w.plugin.sessions.calls
    assert w.timers.pending == {} and list(w.manager) == []
    assert isinstance(live.client, Gone)
    for session in sessions:
        session.close()


def test_values_a_snapshot_cannot_carry_come_back_in_the_process_that_kept_them(
    world: Callable[..., World],
) -> None:
    # A lock does not pickle: the snapshot leaves it out (and says so); resuming in this
    # process still gives the session its lock, as a single server always did.
    expect_log(r"'lock'", logger="rill")
    w = world()
    first, _ = w.manager.attach(Recorder(), None)
    w.run(first)
    lock = threading.Lock()
    first.state["lock"] = lock
    w.manager.detach(first)
    (_, data, _) = w.plugin.sessions.puts[0]
    assert "lock" not in SessionSnapshot.from_bytes(data).user
    again, resumed = w.manager.attach(Recorder(), first.id)
    assert resumed is True and again is not first
    assert again.state["lock"] is lock
    assert w.run(again) == 2
