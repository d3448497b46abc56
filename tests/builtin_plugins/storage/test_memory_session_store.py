"""The builtin in-memory session store: snapshot bytes, each until its time to live passes."""

from __future__ import annotations

from rill.builtin_plugins.storage.sessions import MemorySessionStore
from rill.plugins import SessionStore


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_it_is_a_session_store() -> None:
    assert isinstance(MemorySessionStore(), SessionStore)


def test_a_kept_snapshot_is_taken_once() -> None:
    store = MemorySessionStore()
    store.put("a", b"snapshot", ttl=60)
    assert len(store) == 1
    assert store.take("a") == b"snapshot"
    assert store.take("a") is None
    assert len(store) == 0


def test_an_expired_snapshot_is_gone() -> None:
    clock = Clock()
    store = MemorySessionStore(clock)
    store.put("a", b"state", ttl=10)
    clock.now += 9.9
    assert len(store) == 1
    clock.now += 0.2
    assert len(store) == 0
    assert store.take("a") is None


def test_put_replaces_and_discard_forgets() -> None:
    store = MemorySessionStore()
    store.put("a", b"old", ttl=60)
    store.put("a", b"new", ttl=60)
    assert store.take("a") == b"new"
    store.put("b", b"x", ttl=60)
    store.discard("b")
    store.discard("never-there")
    assert store.take("b") is None
