"""The builtin media store: content addressing, ranged reads, lifetimes tied to sessions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from rill.builtin_plugins.storage.disk_media import DiskBlobs
from rill.builtin_plugins.storage.media import GRACE, MediaStore
from rill.plugins import MediaFile, MediaStorage, media_id


class Clock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


Make = Callable[[Clock], MediaStore]


@pytest.fixture(params=["memory", "disk"])
def make(request: pytest.FixtureRequest, tmp_path: Path) -> Make:
    if request.param == "memory":
        return lambda clock: MediaStore(clock=clock)
    return lambda clock: MediaStore(DiskBlobs(tmp_path / "media"), clock=clock)


def test_files_are_addressed_by_content_type_and_name(make: Make) -> None:
    media = make(Clock())
    assert isinstance(media, MediaStorage)
    one = media.add(b"GIF89a", "image/gif")
    assert one == media_id(b"GIF89a", "image/gif") == media.add(b"GIF89a", "image/gif")
    other = media.add(b"GIF89a", "image/gif", "cat.gif")
    assert other != one and len(media) == 2
    assert media.get(other) == MediaFile(other, b"GIF89a", "image/gif", "cat.gif")
    assert media.url(one) == f"_rill/media/{one}.gif"
    assert (media.get("unknown"), media.url("unknown"), media.read("unknown", 0)) == (
        None,
        None,
        None,
    )


def test_ranged_reads(make: Make) -> None:
    media = make(Clock())
    file_id = media.add(bytes(range(10)), "video/mp4")
    assert media.read(file_id, 0) == bytes(range(10))
    assert media.read(file_id, 2, 5) == b"\x02\x03\x04"
    assert media.read(file_id, 8, 100) == b"\x08\x09"
    assert media.read(file_id, 20, 30) == b""


def test_a_file_no_session_retains_goes_after_the_grace(make: Make) -> None:
    clock = Clock()
    media = make(clock)
    file_id = media.add(b"x", "text/plain")
    clock.now += GRACE - 1
    assert media.get(file_id) is not None
    clock.now += 2
    assert media.get(file_id) is None and len(media) == 0


def test_a_retained_file_lives_until_the_last_session_lets_it_go(make: Make) -> None:
    clock = Clock()
    media = make(clock)
    shared = media.add(b"shared", "text/plain")
    own = media.add(b"own", "text/plain")
    media.retain("s1", {shared, own, "unknown-id"})
    media.retain("s2", {shared})
    clock.now += GRACE * 10
    assert media.get(shared) is not None and media.get(own) is not None
    media.retain("s1", {shared})  # a rerun that no longer shows `own`
    media.release_session("s2")
    clock.now += GRACE + 1
    assert media.get(own) is None
    assert media.get(shared) is not None  # s1 still shows it
    media.release_session("s1")
    clock.now += GRACE - 1
    assert media.get(shared) is not None  # within the grace: a reloading tab may want it
    clock.now += 2
    assert media.get(shared) is None and len(media) == 0


def test_adding_again_within_the_grace_keeps_the_file(make: Make) -> None:
    clock = Clock()
    media = make(clock)
    file_id = media.add(b"x", "text/plain")
    clock.now += GRACE - 1
    media.add(b"x", "text/plain")  # a new run shows it again: a fresh grace
    clock.now += GRACE - 1
    assert media.get(file_id) is not None


def test_disk_blobs_live_in_their_directory(tmp_path: Path) -> None:
    clock = Clock()
    media = MediaStore(DiskBlobs(tmp_path / "media"), clock=clock)
    file_id = media.add(b"data", "application/octet-stream")
    assert (tmp_path / "media" / file_id).read_bytes() == b"data"
    clock.now += GRACE + 1
    media.release_session("nobody")  # any touch sweeps
    assert list((tmp_path / "media").iterdir()) == []


def test_disk_blobs_default_to_a_temporary_directory_removed_with_them() -> None:
    blobs = DiskBlobs()
    directory = blobs.directory
    blobs.put("ab12", b"x")
    assert (directory / "ab12").is_file()
    with pytest.raises(ValueError, match="not a media id"):
        blobs.get("../etc/passwd")
    del blobs
    assert not directory.exists()
