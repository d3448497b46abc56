"""`GET /_rill/media/<id>.<ext>`: the files elements show, served from the media storage.

Files are content-addressed (the id is a hash of the bytes), so a URL always means the same
bytes and browsers may keep them. Byte ranges are served for audio and video seeking. Media
can hold anything a script shows, SVG included: each answer carries a Content-Security-Policy
that keeps such a file from running script if someone opens its URL directly.
"""

from __future__ import annotations

import asyncio
import re
from urllib.parse import quote

from rill.plugins import MediaFile, Request, Response, Route

MEDIA_ROUTE = "/_rill/media/{name}"

#: A media id and an optional extension; anything else is not a media URL.
_NAME = re.compile(r"^(?P<id>[A-Za-z0-9_-]{1,128})(?:\.[A-Za-z0-9]{1,10})?$")
_RANGE = re.compile(r"^bytes=(?P<start>\d*)-(?P<end>\d*)$")

#: What a media file may do when opened on its own: show itself, nothing more.
POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox"


async def serve_media(request: Request) -> Response:
    """Answer a media URL with the file, a range of it, or 404 / 416."""
    match = _NAME.match(request.params.get("name", ""))
    media = request.kernel.backends.media
    if match is None or media is None:
        return Response("Not found", status=404)
    stored = await asyncio.to_thread(media.get, match.group("id"))
    if stored is None:
        return Response("Not found", status=404)
    headers = _headers(stored)
    wanted = request.headers.get("Range")
    if not wanted:
        return Response(stored.data, content_type=stored.mimetype, headers=headers)
    span = _span(wanted, stored.size)
    if span is None:
        headers.append(("Content-Range", f"bytes */{stored.size}"))
        return Response(b"", status=416, content_type=stored.mimetype, headers=headers)
    start, end = span
    headers.append(("Content-Range", f"bytes {start}-{end - 1}/{stored.size}"))
    return Response(stored.data[start:end], 206, stored.mimetype, headers)


def _headers(stored: MediaFile) -> list[tuple[str, str]]:
    headers = [
        ("Accept-Ranges", "bytes"),
        ("Cache-Control", "private, max-age=31536000, immutable"),
        ("Content-Security-Policy", POLICY),
    ]
    if stored.filename:
        encoded = quote(stored.filename, safe="")
        headers.append(("Content-Disposition", f"attachment; filename*=UTF-8''{encoded}"))
    return headers


def _span(header: str, size: int) -> tuple[int, int] | None:
    """The `[start, end)` a single `Range: bytes=...` asks for, or None if it cannot be met."""
    match = _RANGE.match(header.strip())
    if match is None or size == 0:
        return None
    first, last = match.group("start"), match.group("end")
    if not first and not last:
        return None
    if not first:  # the last N bytes
        length = int(last)
        return None if length == 0 else (max(size - length, 0), size)
    start = int(first)
    end = min(int(last) + 1, size) if last else size
    return None if start >= size or end <= start else (start, end)


ROUTES = (Route(MEDIA_ROUTE, serve_media, methods=("GET", "HEAD")),)
