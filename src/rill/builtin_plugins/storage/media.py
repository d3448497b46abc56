"""`MediaStore`: media files kept while sessions show them, their bytes in memory or on disk.

The store keeps the index (type, name, size of each id) and the bookkeeping of which session
uses which id; the bytes live in a `Blobs` object, `MemoryBlobs` here or `DiskBlobs`
(disk_media.py) when `storage.media = "disk"`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Protocol

from rill.plugins import MediaFile, media_id, media_url

#: Seconds a file no session uses is kept: time for a browser to fetch what a run produced
#: before the run ends (and `retain`s it), or an image a rerun no longer shows.
GRACE = 60.0


class Blobs(Protocol):
    """Bytes by media id; the store decides when they come and go."""

    def put(self, media_id: str, data: bytes) -> None: ...
    def get(self, media_id: str) -> bytes | None: ...
    def read(self, media_id: str, start: int, end: int | None) -> bytes | None: ...
    def delete(self, media_id: str) -> None: ...


class MemoryBlobs:
    """Bytes in a dict."""

    def __init__(self) -> None:
        self._data: dict[str, bytes] = {}

    def put(self, media_id: str, data: bytes) -> None:
        self._data[media_id] = data

    def get(self, media_id: str) -> bytes | None:
        return self._data.get(media_id)

    def read(self, media_id: str, start: int, end: int | None) -> bytes | None:
        data = self._data.get(media_id)
        return None if data is None else data[start:end]

    def delete(self, media_id: str) -> None:
        self._data.pop(media_id, None)


@dataclass(frozen=True)
class _Entry:
    mimetype: str
    filename: str | None
    size: int


class MediaStore:
    """A `MediaStorage` for one process: an index, session references, and `Blobs`.

    A file becomes *unused* when it is added and no session retains it yet, or when the last
    session using it lets it go; an unused file is deleted `grace` seconds later, when the
    store is next touched (no timers). Thread-safe.

    Args:
        blobs: Where the bytes go (default: memory).
        grace: Seconds an unused file is kept.
        clock: Returns the current time in seconds (tests pass a fake one).

    Example:
        media = MediaStore()
        image = media.add(png, "image/png")
        media.retain("session-1", {image})
        media.release_session("session-1")   # deleted a minute later
    """

    def __init__(
        self,
        blobs: Blobs | None = None,
        *,
        grace: float = GRACE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.blobs: Blobs = MemoryBlobs() if blobs is None else blobs
        self.grace = grace
        self._clock = clock
        self._lock = threading.Lock()
        self._index: dict[str, _Entry] = {}
        #: Media id → the sessions using it.
        self._users: dict[str, set[str]] = {}
        #: Session → the media ids it uses.
        self._sessions: dict[str, frozenset[str]] = {}
        #: Unused media id → when it is deleted.
        self._unused: dict[str, float] = {}

    def add(self, data: bytes, mimetype: str, filename: str | None = None) -> str:
        """Store a file, or find it stored; a file no session uses gets a fresh grace."""
        file_id = media_id(data, mimetype, filename)
        with self._lock:
            self._sweep()
            if file_id not in self._index:
                self.blobs.put(file_id, data)
                self._index[file_id] = _Entry(mimetype, filename, len(data))
            if file_id not in self._users:
                self._unused[file_id] = self._clock() + self.grace
        return file_id

    def get(self, media_id: str) -> MediaFile | None:
        """The file, or None when unknown or deleted."""
        entry = self._entry(media_id)
        data = None if entry is None else self.blobs.get(media_id)
        if entry is None or data is None:
            return None
        return MediaFile(media_id, data, entry.mimetype, entry.filename)

    def read(self, media_id: str, start: int, end: int | None = None) -> bytes | None:
        """Bytes `start` to `end` (exclusive) of a file, or None when unknown."""
        if self._entry(media_id) is None:
            return None
        return self.blobs.read(media_id, max(start, 0), end)

    def url(self, media_id: str) -> str | None:
        """`_rill/media/<id>.<ext>`, or None when unknown."""
        entry = self._entry(media_id)
        return None if entry is None else media_url(media_id, entry.mimetype)

    def retain(self, session_id: str, media_ids: Collection[str]) -> None:
        """Make `media_ids` (the known ones) what `session_id` uses."""
        with self._lock:
            self._sweep()
            new = frozenset(i for i in media_ids if i in self._index)
            old = self._sessions.pop(session_id, frozenset())
            if new:
                self._sessions[session_id] = new
            deadline = self._clock() + self.grace
            for gone in old - new:
                users = self._users.get(gone)
                if users is not None:
                    users.discard(session_id)
                    if not users:
                        del self._users[gone]
                        self._unused[gone] = deadline
            for used in new - old:
                self._users.setdefault(used, set()).add(session_id)
                self._unused.pop(used, None)

    def release_session(self, session_id: str) -> None:
        """The session ended; what only it used is deleted after the grace."""
        self.retain(session_id, ())

    def __len__(self) -> int:
        """Files held (unused ones included until their grace passes)."""
        with self._lock:
            self._sweep()
            return len(self._index)

    def _entry(self, media_id: str) -> _Entry | None:
        with self._lock:
            deadline = self._unused.get(media_id)
            if deadline is not None and deadline <= self._clock():
                self._sweep()
            return self._index.get(media_id)

    def _sweep(self) -> None:
        """Delete the unused files whose grace has passed (the lock is held)."""
        now = self._clock()
        for file_id in [i for i, deadline in self._unused.items() if deadline <= now]:
            del self._unused[file_id]
            self._index.pop(file_id, None)
            self.blobs.delete(file_id)
