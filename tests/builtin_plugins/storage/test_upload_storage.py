"""The builtin upload store: files per session and widget, gone with either."""

from __future__ import annotations

from rill.builtin_plugins.storage.uploads import MemoryUploadStorage
from rill.plugins import StoredUpload, Upload, UploadStorage


def test_files_belong_to_one_widget_of_one_session() -> None:
    uploads = MemoryUploadStorage()
    assert isinstance(uploads, UploadStorage)
    first = uploads.add("s1", "w1", Upload("a.txt", "text/plain", b"a"))
    second = uploads.add("s1", "w1", Upload("b.txt", "text/plain", b"bb"))
    uploads.add("s1", "w2", Upload("c.txt", "text/plain", b"c"))
    assert first != second
    assert [f.name for f in uploads.files("s1", "w1")] == ["a.txt", "b.txt"]
    assert uploads.get("s1", second) == StoredUpload(second, "w1", "b.txt", "text/plain", b"bb")
    assert uploads.get("s1", second).size == 2  # type: ignore[union-attr]
    # Another session cannot reach them, even knowing the file id.
    assert uploads.get("s2", first) is None and uploads.files("s2", "w1") == []


def test_removing_a_file_a_widget_or_a_session() -> None:
    uploads = MemoryUploadStorage()
    kept = uploads.add("s1", "w1", Upload("a", "text/plain", b"a"))
    dropped = uploads.add("s1", "w1", Upload("b", "text/plain", b"b"))
    uploads.add("s1", "w2", Upload("c", "text/plain", b"c"))
    uploads.add("s2", "w1", Upload("d", "text/plain", b"d"))
    uploads.remove("s1", dropped)
    uploads.remove("s1", "never-there")
    assert [f.file_id for f in uploads.files("s1", "w1")] == [kept]
    uploads.remove_widget("s1", "w1")
    assert uploads.files("s1", "w1") == [] and len(uploads.files("s1", "w2")) == 1
    uploads.remove_session("s1")
    assert uploads.files("s1", "w2") == [] and len(uploads) == 1
    uploads.remove_widget("s2", "w1")
    uploads.remove_session("nobody")
    assert len(uploads) == 0
