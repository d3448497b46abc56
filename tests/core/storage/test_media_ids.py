"""Media ids address content (with type and name); URLs carry an extension for the type."""

from __future__ import annotations

from rill.plugins import MediaFile, media_id, media_url


def test_the_id_is_the_same_for_the_same_content_type_and_name() -> None:
    one = media_id(b"GIF89a", "image/gif")
    assert one == media_id(b"GIF89a", "image/gif")
    assert len({one, media_id(b"GIF89b", "image/gif"), media_id(b"GIF89a", "image/png")}) == 3
    assert media_id(b"x", "text/csv", "a.csv") != media_id(b"x", "text/csv", "b.csv")


def test_a_url_is_relative_to_the_base_and_has_the_types_extension() -> None:
    assert media_url("ab12", "image/png") == "_rill/media/ab12.png"
    assert media_url("ab12", "text/csv; charset=utf-8") == "_rill/media/ab12.csv"
    assert media_url("ab12", "application/x-no-such-type") == "_rill/media/ab12"


def test_a_media_file_knows_its_size() -> None:
    assert MediaFile("id", b"12345", "text/plain").size == 5
