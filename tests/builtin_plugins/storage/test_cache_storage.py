"""The builtin cache backends, in memory and on disk: the same contract, one test each."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from rill.builtin_plugins.storage.cache import SWEEP_EVERY, MemoryCacheStorage
from rill.builtin_plugins.storage.disk_cache import DiskCacheStorage
from rill.plugins import CacheStorage


class Clock:
    """Seconds that pass when the test says; each reading a little later (distinct mtimes)."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        self.now += 0.001
        return self.now


Make = Callable[[Clock], CacheStorage]


@pytest.fixture(params=["memory", "disk"])
def make(request: pytest.FixtureRequest, tmp_path: Path) -> Make:
    if request.param == "memory":
        return lambda clock: MemoryCacheStorage(clock)
    return lambda clock: DiskCacheStorage(tmp_path / "cache", clock)


def test_values_are_bytes_under_a_namespace_and_key(make: Make) -> None:
    cache = make(Clock())
    assert isinstance(cache, CacheStorage)
    assert cache.get("f", "k") is None
    cache.set("f", "k", b"one")
    cache.set("g", "k", b"two")
    assert (cache.get("f", "k"), cache.get("g", "k")) == (b"one", b"two")
    cache.set("f", "k", b"three")
    assert cache.get("f", "k") == b"three"
    cache.delete("f", "k")
    cache.delete("f", "never-there")
    assert cache.get("f", "k") is None and cache.get("g", "k") == b"two"


def test_an_entry_lives_for_its_ttl(make: Make) -> None:
    clock = Clock()
    cache = make(clock)
    cache.set("f", "short", b"s", ttl=10)
    cache.set("f", "forever", b"f")
    clock.now += 9.9
    assert cache.get("f", "short") == b"s"
    clock.now += 0.2
    assert cache.get("f", "short") is None
    clock.now += 10**6
    assert cache.get("f", "forever") == b"f"


def test_max_entries_drops_the_least_recently_used(make: Make) -> None:
    cache = make(Clock())
    for key in ("a", "b", "c"):
        cache.set("f", key, key.encode(), max_entries=3)
    assert cache.get("f", "a") == b"a"  # a use: "b" is now the least recent
    cache.set("f", "d", b"d", max_entries=3)
    assert [cache.get("f", k) for k in "abcd"] == [b"a", None, b"c", b"d"]
    cache.set("other", "x", b"x", max_entries=1)  # the limit is per namespace
    assert cache.get("f", "a") == b"a"


def test_clear_one_namespace_or_all(make: Make) -> None:
    cache = make(Clock())
    cache.set("f", "k", b"1")
    cache.set("g", "k", b"2")
    cache.clear("f")
    assert (cache.get("f", "k"), cache.get("g", "k")) == (None, b"2")
    cache.set("f", "k", b"3")
    cache.clear()
    assert (cache.get("f", "k"), cache.get("g", "k")) == (None, None)
    cache.clear()  # nothing there: fine


def test_the_memory_cache_sweeps_expired_entries_as_it_is_written() -> None:
    clock = Clock()
    cache = MemoryCacheStorage(clock)
    cache.set("f", "old", b"x", ttl=1)
    clock.now += 2
    for i in range(SWEEP_EVERY):
        cache.set("f", str(i), b"y")
    assert len(cache) == SWEEP_EVERY  # "old" went without ever being read


def test_the_disk_cache_persists_across_instances_and_spares_foreign_files(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "cache"
    DiskCacheStorage(directory).set("f", "k", b"kept")
    assert DiskCacheStorage(directory).get("f", "k") == b"kept"
    foreign = directory / "notes.txt"
    foreign.write_text("mine")
    (directory / "subdir").mkdir()
    DiskCacheStorage(directory).clear()
    assert foreign.read_text() == "mine" and (directory / "subdir").is_dir()
    assert sorted(p.name for p in directory.iterdir()) == ["notes.txt", "subdir"]


def test_the_disk_cache_writes_whole_entries_only(tmp_path: Path) -> None:
    cache = DiskCacheStorage(tmp_path / "cache")
    cache.set("f", "k", b"v" * 100_000)
    (space,) = (tmp_path / "cache").iterdir()
    assert [p.suffix for p in space.iterdir()] == [".entry"]  # no scratch file left
    (entry,) = space.iterdir()
    entry.write_bytes(b"\x00")  # a truncated file (a crash mid-write by another tool)
    assert cache.get("f", "k") is None
    assert os.path.exists(entry)
