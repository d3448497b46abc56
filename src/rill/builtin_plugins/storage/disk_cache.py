"""`DiskCacheStorage`: cached results as files, one directory per namespace (`storage.cache`).

Each entry is one file, `<dir>/<namespace hash>/<key hash>.entry`: an 8-byte deadline (a
big-endian double of wall-clock seconds, infinity for none) followed by the value. A file's
modification time is its last use, which is all the least-recently-used rule needs. Files are
written beside their final name and renamed into place, so a reader (in this process or in
another server sharing the directory) sees a whole entry or none.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import struct
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from rill.builtin_plugins.storage.expiry import deadline, expired

SUFFIX = ".entry"
_HEADER = struct.Struct(">d")
_DIGEST_CHARS = 40


class DiskCacheStorage:
    """A `CacheStorage` of files under `directory`.

    Only files this class names are ever deleted (`<40 hex digits>/<40 hex digits>.entry`),
    so a `cacheDir` pointed at the wrong place does not lose anyone's files.

    Args:
        directory: Where entries go; created on the first write.
        clock: Wall-clock seconds (tests pass a fake one). Deadlines and last uses are
            compared across processes and restarts, so this is `time.time`, not a monotonic
            clock.

    Example:
        cache = DiskCacheStorage(Path(".rill/cache"))
        cache.set("app.load:1f", "args", b"...", ttl=3600)
    """

    def __init__(self, directory: Path, clock: Callable[[], float] = time.time) -> None:
        self.directory = directory
        self._clock = clock
        self._lock = threading.Lock()

    def get(self, namespace: str, key: str) -> bytes | None:
        """The value, or None when missing or expired; a hit becomes the most recent use."""
        path = self._path(namespace, key)
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        if len(raw) < _HEADER.size:
            return None
        (ends,) = _HEADER.unpack_from(raw)
        now = self._clock()
        if expired(ends, now):
            path.unlink(missing_ok=True)
            return None
        with contextlib.suppress(OSError):  # another process may have just deleted it
            os.utime(path, (now, now))
        return raw[_HEADER.size :]

    def set(
        self,
        namespace: str,
        key: str,
        value: bytes,
        *,
        ttl: float | None = None,
        max_entries: int | None = None,
    ) -> None:
        """Write the entry; beyond `max_entries`, the least recently used files go."""
        now = self._clock()
        path = self._path(namespace, key)
        try:
            _write(path, _HEADER.pack(deadline(ttl, now)) + value, now)
        except FileNotFoundError:
            return  # a clear() running at the same time removed the directory: cleared too
        if max_entries is not None:
            self._trim(path.parent, max(max_entries, 0))

    def delete(self, namespace: str, key: str) -> None:
        """Remove one entry if present."""
        self._path(namespace, key).unlink(missing_ok=True)

    def clear(self, namespace: str | None = None) -> None:
        """Remove `namespace`'s entries, or every namespace's."""
        if namespace is not None:
            _empty(self.directory / _digest(namespace))
            return
        if not self.directory.is_dir():
            return
        for space in self.directory.iterdir():
            if space.is_dir() and _is_digest(space.name):
                _empty(space)

    def _path(self, namespace: str, key: str) -> Path:
        return self.directory / _digest(namespace) / f"{_digest(key)}{SUFFIX}"

    def _trim(self, space: Path, keep: int) -> None:
        with self._lock:
            entries = []
            for path in space.glob(f"*{SUFFIX}"):
                try:
                    entries.append((path.stat().st_mtime, path))
                except FileNotFoundError:
                    continue
            entries.sort()
            for _, path in entries[: max(len(entries) - keep, 0)]:
                path.unlink(missing_ok=True)


def _write(path: Path, data: bytes, now: float) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, scratch = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        os.replace(scratch, path)
    except BaseException:
        Path(scratch).unlink(missing_ok=True)
        raise
    os.utime(path, (now, now))


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=_DIGEST_CHARS // 2).hexdigest()


def _is_digest(name: str) -> bool:
    return len(name) == _DIGEST_CHARS and all(c in "0123456789abcdef" for c in name)


def _empty(space: Path) -> None:
    if not space.is_dir():
        return
    for path in space.iterdir():
        stem = path.name.removesuffix(SUFFIX).removesuffix(".tmp")
        if path.is_file() and path.name != stem and (_is_digest(stem) or path.suffix == ".tmp"):
            path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):  # not empty: someone else's files are in it
        space.rmdir()
