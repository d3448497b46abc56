"""`UploadStorage`: files a browser uploaded, kept per session and widget.

An uploaded file belongs to one widget of one session (an `st.file_uploader`): only that
session can read it, and it is deleted when the widget goes (a run that no longer creates it,
or the user removing the file) or when the session ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class Upload:
    """A file as the browser sent it.

    Attributes:
        name: The file's name on the user's machine (untrusted: never a path to open).
        mimetype: The type the browser reported (untrusted).
        data: The content.
    """

    name: str
    mimetype: str
    data: bytes


@dataclass(frozen=True)
class StoredUpload:
    """A kept upload: what the browser sent, and where it belongs."""

    file_id: str
    widget_id: str
    name: str
    mimetype: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)


@runtime_checkable
class UploadStorage(Protocol):
    """Uploaded files by session and widget.

    Called from the server's upload route (`add`, `remove`), from script threads (`get`,
    `files`) and when widgets or sessions go: implementations must be thread-safe. Every
    method takes the session id, and a file is only ever found through the session it was
    uploaded to.

    Example:
        photo = Upload("cat.jpg", "image/jpeg", b"...")
        file_id = uploads.add("session-1", "$$ID-ab12-photo", photo)
        uploads.files("session-1", "$$ID-ab12-photo")   # [StoredUpload(file_id, ...)]
        uploads.remove_widget("session-1", "$$ID-ab12-photo")
    """

    def add(self, session_id: str, widget_id: str, upload: Upload) -> str:
        """Keep `upload` for `widget_id` of `session_id`; returns its new file id."""

    def get(self, session_id: str, file_id: str) -> StoredUpload | None:
        """One file of the session, or None."""

    def files(self, session_id: str, widget_id: str) -> list[StoredUpload]:
        """The widget's files, in the order they were added."""

    def remove(self, session_id: str, file_id: str) -> None:
        """Delete one file (the user removed it) if present."""

    def remove_widget(self, session_id: str, widget_id: str) -> None:
        """Delete the widget's files: it is gone from the app."""

    def remove_session(self, session_id: str) -> None:
        """Delete every file of the session: it ended."""
