"""Storage backends for tests: small, dict-backed, recording what the runtime asks of them.

`StoragePlugin` answers all four `rill_resolve_*` storage hooks with its own objects (first, so
that it replaces the builtin ones); register it with `Kernel.load(extra_plugins=[...])`.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection
from typing import Any

from rill.plugins import (
    MediaFile,
    StoredUpload,
    Upload,
    hookimpl,
    media_id,
    media_url,
)


class FakeSessionStore:
    """A `SessionStore` in a dict, with no expiry of its own."""

    def __init__(self, made_by: str = "test") -> None:
        self.made_by = made_by
        self.calls: list[tuple[str, str]] = []
        self.kept: dict[str, bytes] = {}
        #: Every snapshot ever put, in order.
        self.puts: list[tuple[str, bytes, float]] = []

    def put(self, session_id: str, snapshot: bytes, ttl: float) -> None:
        self.calls.append(("put", session_id))
        self.puts.append((session_id, snapshot, ttl))
        self.kept[session_id] = snapshot

    def take(self, session_id: str) -> bytes | None:
        self.calls.append(("take", session_id))
        return self.kept.pop(session_id, None)

    def discard(self, session_id: str) -> None:
        self.calls.append(("discard", session_id))
        self.kept.pop(session_id, None)


class FakeCache:
    """A `CacheStorage` in a dict, ignoring ttl and size, counting clears."""

    def __init__(self, made_by: str = "test") -> None:
        self.made_by = made_by
        self.values: dict[tuple[str, str], bytes] = {}
        self.cleared: list[str | None] = []

    def get(self, namespace: str, key: str) -> bytes | None:
        return self.values.get((namespace, key))

    def set(
        self,
        namespace: str,
        key: str,
        value: bytes,
        *,
        ttl: float | None = None,
        max_entries: int | None = None,
    ) -> None:
        self.values[namespace, key] = value

    def delete(self, namespace: str, key: str) -> None:
        self.values.pop((namespace, key), None)

    def clear(self, namespace: str | None = None) -> None:
        self.cleared.append(namespace)
        self.values = {k: v for k, v in self.values.items() if namespace not in (None, k[0])}


class FakeMedia:
    """A `MediaStorage` in a dict that never deletes, recording what sessions retain."""

    def __init__(self, made_by: str = "test") -> None:
        self.made_by = made_by
        self.files: dict[str, MediaFile] = {}
        self.retained: dict[str, set[str]] = {}
        self.released: list[str] = []

    def add(self, data: bytes, mimetype: str, filename: str | None = None) -> str:
        file_id = media_id(data, mimetype, filename)
        self.files[file_id] = MediaFile(file_id, data, mimetype, filename)
        return file_id

    def get(self, media_id: str) -> MediaFile | None:
        return self.files.get(media_id)

    def read(self, media_id: str, start: int, end: int | None = None) -> bytes | None:
        found = self.files.get(media_id)
        return None if found is None else found.data[start:end]

    def url(self, media_id: str) -> str | None:
        found = self.files.get(media_id)
        return None if found is None else media_url(media_id, found.mimetype)

    def retain(self, session_id: str, media_ids: Collection[str]) -> None:
        self.retained[session_id] = set(media_ids)

    def release_session(self, session_id: str) -> None:
        self.released.append(session_id)
        self.retained.pop(session_id, None)


class FakeUploads:
    """An `UploadStorage` in a list, recording removals."""

    def __init__(self, made_by: str = "test") -> None:
        self.made_by = made_by
        self.stored: list[tuple[str, StoredUpload]] = []
        self.removed: list[tuple[str, ...]] = []
        self._ids = itertools.count(1)

    def add(self, session_id: str, widget_id: str, upload: Upload) -> str:
        file_id = f"file-{next(self._ids)}"
        stored = StoredUpload(file_id, widget_id, upload.name, upload.mimetype, upload.data)
        self.stored.append((session_id, stored))
        return file_id

    def get(self, session_id: str, file_id: str) -> StoredUpload | None:
        return next((f for s, f in self.stored if s == session_id and f.file_id == file_id), None)

    def files(self, session_id: str, widget_id: str) -> list[StoredUpload]:
        return [f for s, f in self.stored if s == session_id and f.widget_id == widget_id]

    def remove(self, session_id: str, file_id: str) -> None:
        self.removed.append(("file", session_id, file_id))

    def remove_widget(self, session_id: str, widget_id: str) -> None:
        self.removed.append(("widget", session_id, widget_id))

    def remove_session(self, session_id: str) -> None:
        self.removed.append(("session", session_id))


class StoragePlugin:
    """Answers every storage hook first, with its own fakes (the same objects every time)."""

    def __init__(self, made_by: str = "test") -> None:
        self.sessions = FakeSessionStore(made_by)
        self.cache = FakeCache(made_by)
        self.media = FakeMedia(made_by)
        self.uploads = FakeUploads(made_by)
        self.asked: list[str] = []

    @hookimpl(tryfirst=True)
    def rill_resolve_session_store(self) -> Any:
        self.asked.append("sessions")
        return self.sessions

    @hookimpl(tryfirst=True)
    def rill_resolve_cache_storage(self) -> Any:
        self.asked.append("cache")
        return self.cache

    @hookimpl(tryfirst=True)
    def rill_resolve_media_storage(self) -> Any:
        self.asked.append("media")
        return self.media

    @hookimpl(tryfirst=True)
    def rill_resolve_upload_storage(self) -> Any:
        self.asked.append("uploads")
        return self.uploads
