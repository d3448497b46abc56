"""The builtin in-memory session store, and how the kernel picks it."""

from __future__ import annotations

from pathlib import Path

from rill.builtin_plugins.storage.sessions import MemorySessionStore
from rill.core.kernel import Kernel


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_kept_session_is_taken_once() -> None:
    store = MemorySessionStore()
    session = object()
    store.put("a", session, ttl=60)
    assert len(store) == 1
    assert store.take("a") is session
    assert store.take("a") is None
    assert len(store) == 0


def test_an_expired_session_is_gone() -> None:
    clock = Clock()
    store = MemorySessionStore(clock)
    store.put("a", "state", ttl=10)
    clock.now += 9.9
    assert len(store) == 1
    clock.now += 0.2
    assert len(store) == 0
    assert store.take("a") is None


def test_put_replaces_and_discard_forgets() -> None:
    store = MemorySessionStore()
    store.put("a", "old", ttl=60)
    store.put("a", "new", ttl=60)
    assert store.take("a") == "new"
    store.put("b", "x", ttl=60)
    store.discard("b")
    store.discard("never-there")
    assert store.take("b") is None


def test_the_kernel_resolves_it_for_sessions_only(tmp_path: Path) -> None:
    kernel = Kernel.load(cwd=tmp_path, home=tmp_path, env={})
    resolve = kernel.pm.hook.rill_resolve_storage
    assert isinstance(resolve(kind="sessions", kernel=kernel), MemorySessionStore)
    assert not isinstance(resolve(kind="media", kernel=kernel), MemorySessionStore)
    off = Kernel.load(cwd=tmp_path, home=tmp_path, env={}, flags=["--plugins.disabled", "storage"])
    assert off.pm.hook.rill_resolve_storage(kind="sessions", kernel=off) is None
