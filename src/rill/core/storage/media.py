"""`MediaStorage`: files the browser fetches by URL (images, audio, video, downloads).

Media are content-addressed: adding the same bytes twice gives the same id, so a script that
reruns and shows the same image again stores nothing new. Their lifetime follows the sessions
that show them: after each run a session says which ids it still uses (`retain`), and an id
no session uses is deleted after a grace period (long enough for a browser to fetch what a
run just produced, or for a reloading tab to come back).
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Collection
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

#: Where media are served, relative to the app's base URL (the route is the server's job).
MEDIA_PATH = "_rill/media"


@dataclass(frozen=True)
class MediaFile:
    """One stored file.

    Attributes:
        id: Its media id (`media_id(data, mimetype, filename)`).
        data: The content.
        mimetype: Its type (`"image/png"`), sent as `Content-Type`.
        filename: The name a download is saved under, or None.
    """

    id: str
    data: bytes
    mimetype: str
    filename: str | None = None

    @property
    def size(self) -> int:
        return len(self.data)


def media_id(data: bytes, mimetype: str, filename: str | None = None) -> str:
    """The id of a file: a hash of its content, type and download name.

    The name counts so that two download buttons offering the same bytes under different
    names keep their names.

    Example:
        >>> media_id(b"GIF89a", "image/gif")[:12]
        '33f00dcff91f'
    """
    digest = hashlib.sha224()
    digest.update(mimetype.encode())
    digest.update(b"\0")
    digest.update((filename or "").encode())
    digest.update(b"\0")
    digest.update(data)
    return digest.hexdigest()


def media_url(media_id: str, mimetype: str) -> str:
    """The URL of a media file, relative to the app's base URL.

    The extension helps browsers and users saving the file; the id alone identifies it.

    Example:
        >>> media_url("e6fc83c6", "image/png")
        '_rill/media/e6fc83c6.png'
    """
    base = mimetype.split(";", 1)[0].strip().lower()
    extension = mimetypes.guess_extension(base, strict=False) or ""
    return f"{MEDIA_PATH}/{media_id}{extension}"


@runtime_checkable
class MediaStorage(Protocol):
    """Content-addressed files with a type and a name, kept while sessions use them.

    Called from script threads (`add`, `retain`), from the server's routes (`get`, `read`)
    and when a session ends (`release_session`): implementations must be thread-safe.

    Example:
        file_id = media.add(png_bytes, "image/png")
        media.url(file_id)                        # "_rill/media/<id>.png"
        media.read(file_id, 0, 1024)              # the first kilobyte
        media.retain("session-1", {file_id})      # after the run that showed it
        media.release_session("session-1")        # the session ended: deleted after the grace
    """

    def add(self, data: bytes, mimetype: str, filename: str | None = None) -> str:
        """Store a file (or find it stored already) and return its id.

        A new file belongs to no session yet: it is deleted after the grace period unless a
        session `retain`s it.
        """

    def get(self, media_id: str) -> MediaFile | None:
        """The file, or None when unknown or deleted."""

    def read(self, media_id: str, start: int, end: int | None = None) -> bytes | None:
        """Bytes `start` to `end` (exclusive; None for the end) of a file, for HTTP ranges.

        None when the file is unknown; a range past the end gives what there is (maybe
        nothing).
        """

    def url(self, media_id: str) -> str | None:
        """The file's URL relative to the app's base URL, or None when unknown."""

    def retain(self, session_id: str, media_ids: Collection[str]) -> None:
        """Make `media_ids` the files `session_id` uses, replacing its previous set.

        Files the session no longer uses, and that no other session uses, are deleted after
        the grace period. Unknown ids are ignored.
        """

    def release_session(self, session_id: str) -> None:
        """The session ended: it uses nothing any more."""
