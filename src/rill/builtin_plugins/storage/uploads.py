"""`MemoryUploadStorage`: uploaded files in this process's memory, per session and widget."""

from __future__ import annotations

import threading
import uuid

from rill.plugins import StoredUpload, Upload


class MemoryUploadStorage:
    """An `UploadStorage` in dicts: session → file id → file (in the order files came).

    Thread-safe. A session's files are only reachable through its id, and go with it.

    Example:
        uploads = MemoryUploadStorage()
        file_id = uploads.add("s1", "w1", Upload("a.txt", "text/plain", b"hi"))
        uploads.files("s1", "w1")[0].data  # b"hi"
        uploads.remove_session("s1")
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sessions: dict[str, dict[str, StoredUpload]] = {}

    def add(self, session_id: str, widget_id: str, upload: Upload) -> str:
        """Keep `upload`; returns its new file id."""
        file_id = uuid.uuid4().hex
        stored = StoredUpload(file_id, widget_id, upload.name, upload.mimetype, upload.data)
        with self._lock:
            self._sessions.setdefault(session_id, {})[file_id] = stored
        return file_id

    def get(self, session_id: str, file_id: str) -> StoredUpload | None:
        """One file of the session, or None."""
        with self._lock:
            return self._sessions.get(session_id, {}).get(file_id)

    def files(self, session_id: str, widget_id: str) -> list[StoredUpload]:
        """The widget's files, oldest first."""
        with self._lock:
            files = self._sessions.get(session_id, {}).values()
            return [stored for stored in files if stored.widget_id == widget_id]

    def remove(self, session_id: str, file_id: str) -> None:
        """Delete one file if present."""
        with self._lock:
            files = self._sessions.get(session_id)
            if files is not None:
                files.pop(file_id, None)
                if not files:
                    del self._sessions[session_id]

    def remove_widget(self, session_id: str, widget_id: str) -> None:
        """Delete the widget's files."""
        with self._lock:
            files = self._sessions.get(session_id)
            if files is None:
                return
            for file_id in [i for i, stored in files.items() if stored.widget_id == widget_id]:
                del files[file_id]
            if not files:
                del self._sessions[session_id]

    def remove_session(self, session_id: str) -> None:
        """Delete every file of the session."""
        with self._lock:
            self._sessions.pop(session_id, None)

    def __len__(self) -> int:
        """Files held, over every session."""
        with self._lock:
            return sum(len(files) for files in self._sessions.values())
