"""Hook implementations of the storage plugin: each backend chosen once, from `[storage]`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rill.builtin_plugins.storage.cache import MemoryCacheStorage
from rill.builtin_plugins.storage.disk_cache import DiskCacheStorage
from rill.builtin_plugins.storage.disk_media import DiskBlobs
from rill.builtin_plugins.storage.media import MediaStore
from rill.builtin_plugins.storage.media_route import ROUTES
from rill.builtin_plugins.storage.sessions import MemorySessionStore
from rill.builtin_plugins.storage.uploads import MemoryUploadStorage
from rill.plugins import (
    CacheStorage,
    ConfigSections,
    Kernel,
    MediaStorage,
    Route,
    SessionStore,
    UploadStorage,
    hookimpl,
)
from rill.schemas.config.storage import StorageConfig


@hookimpl
def rill_register_config_sections() -> ConfigSections:
    return {"storage": StorageConfig}


@hookimpl(trylast=True)
def rill_resolve_session_store() -> SessionStore:
    return MemorySessionStore()


@hookimpl(trylast=True)
def rill_resolve_cache_storage(kernel: Kernel) -> CacheStorage:
    config = kernel.config.section("storage", StorageConfig)
    if config.cache == "disk":
        return DiskCacheStorage(Path(config.cache_dir).resolve())
    return MemoryCacheStorage()


@hookimpl(trylast=True)
def rill_resolve_media_storage(kernel: Kernel) -> MediaStorage:
    config = kernel.config.section("storage", StorageConfig)
    if config.media == "disk":
        directory = Path(config.media_dir).resolve() if config.media_dir else None
        return MediaStore(DiskBlobs(directory))
    return MediaStore()


@hookimpl(trylast=True)
def rill_resolve_upload_storage() -> UploadStorage:
    return MemoryUploadStorage()


@hookimpl
def rill_register_routes(kernel: Kernel) -> Sequence[Route]:
    return ROUTES
