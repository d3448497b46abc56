"""`[storage]` chooses the builtin cache and media backends."""

from __future__ import annotations

from pathlib import Path

import pytest

from kernel_support import Dirs, LoadKernel
from rill.builtin_plugins.storage.cache import MemoryCacheStorage
from rill.builtin_plugins.storage.disk_cache import DiskCacheStorage
from rill.builtin_plugins.storage.disk_media import DiskBlobs
from rill.builtin_plugins.storage.media import MediaStore, MemoryBlobs
from rill.builtin_plugins.storage.sessions import MemorySessionStore
from rill.builtin_plugins.storage.uploads import MemoryUploadStorage
from rill.core.errors import ConfigError


def test_everything_is_in_memory_by_default(load: LoadKernel) -> None:
    backends = load().backends
    assert isinstance(backends.sessions, MemorySessionStore)
    assert isinstance(backends.cache, MemoryCacheStorage)
    assert isinstance(backends.media, MediaStore) and isinstance(backends.media.blobs, MemoryBlobs)
    assert isinstance(backends.uploads, MemoryUploadStorage)


def test_disk_cache_and_media_from_the_config_file(load: LoadKernel, dirs: Dirs) -> None:
    dirs.project_config(
        '[storage]\ncache = "disk"\ncacheDir = "cached"\nmedia = "disk"\nmediaDir = "m"\n'
    )
    backends = load().backends
    assert isinstance(backends.cache, DiskCacheStorage)
    assert backends.cache.directory == Path(dirs.cwd / "cached").resolve()
    assert isinstance(backends.media, MediaStore)
    blobs = backends.media.blobs
    assert isinstance(blobs, DiskBlobs) and blobs.directory == (dirs.cwd / "m").resolve()


def test_disk_media_without_a_directory_uses_a_temporary_one(load: LoadKernel) -> None:
    media = load(flags=["--storage.media", "disk"]).backends.media
    assert isinstance(media, MediaStore) and isinstance(media.blobs, DiskBlobs)
    assert media.blobs.directory.name.startswith("rill-media-")


def test_unknown_kinds_and_keys_are_refused(load: LoadKernel) -> None:
    with pytest.raises(ConfigError, match=r"storage\.cache"):
        load(flags=["--storage.cache", "redis"])
    with pytest.raises(ConfigError, match="cacheDirectory"):
        load(flags=["--storage.cacheDirectory", "x"])
