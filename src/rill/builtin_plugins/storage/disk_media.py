"""`DiskBlobs`: media bytes as files, for `storage.media = "disk"`.

Large media (video, big downloads) then cost the server no memory, and a ranged read (a video
seeking) reads just the range. The index of types, names and sessions stays in the process's
memory (`MediaStore`), so the directory belongs to one server process: a second server using
the same directory would delete files the first still serves.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import weakref
from pathlib import Path


class DiskBlobs:
    """Bytes in `<directory>/<media id>`.

    Args:
        directory: Where files go (created if needed). None: a new temporary directory,
            removed when this object is collected or the process exits.

    Example:
        media = MediaStore(DiskBlobs(Path("/var/cache/rill-media")))
    """

    def __init__(self, directory: Path | None = None) -> None:
        if directory is None:
            directory = Path(tempfile.mkdtemp(prefix="rill-media-"))
            weakref.finalize(self, shutil.rmtree, directory, ignore_errors=True)
        else:
            directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory

    def put(self, media_id: str, data: bytes) -> None:
        path = self._path(media_id)
        fd, scratch = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(data)
            os.replace(scratch, path)
        except BaseException:
            Path(scratch).unlink(missing_ok=True)
            raise

    def get(self, media_id: str) -> bytes | None:
        try:
            return self._path(media_id).read_bytes()
        except FileNotFoundError:
            return None

    def read(self, media_id: str, start: int, end: int | None) -> bytes | None:
        try:
            with self._path(media_id).open("rb") as file:
                file.seek(start)
                return file.read() if end is None else file.read(max(end - start, 0))
        except FileNotFoundError:
            return None

    def delete(self, media_id: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._path(media_id).unlink()

    def _path(self, media_id: str) -> Path:
        # Ids are hex digests made by `media_id`; anything else never names a file.
        if not (media_id.isascii() and media_id.isalnum()):
            raise ValueError(f"not a media id: {media_id!r}")
        return self.directory / media_id
