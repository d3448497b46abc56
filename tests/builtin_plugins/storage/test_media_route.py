"""The media route: files from the kernel's media storage, whole or by byte range."""

from __future__ import annotations

import asyncio
import concurrent.futures
from pathlib import Path
from typing import Any

import pytest

from rill.builtin_plugins.storage.media_route import POLICY, serve_media
from rill.core.kernel import Kernel
from rill.core.runtime.connection import Headers
from rill.plugins import Request, Response

DATA = bytes(range(256)) * 4  # 1024 bytes


def run_apart(coroutine: Any) -> Any:
    """Run a route handler on an event loop of its own thread: the browser tests' Playwright
    keeps a loop running on the main thread for the whole test session."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


@pytest.fixture
def kernel(tmp_path: Path) -> Kernel:
    return Kernel.load(cwd=tmp_path, home=tmp_path, env={})


def get(kernel: Kernel, name: str, headers: dict[str, str] | None = None) -> Response:
    request = Request(
        method="GET",
        path=f"/_rill/media/{name}",
        params={"name": name},
        query={},
        headers=Headers(list((headers or {}).items())),
        cookies={},
        body=b"",
        remote_ip="127.0.0.1",
        sessions=None,  # type: ignore[arg-type]
        kernel=kernel,
    )
    return run_apart(serve_media(request))


def header(response: Response, name: str) -> str | None:
    values = [value for key, value in response.headers if key.lower() == name.lower()]
    return values[-1] if values else None


def test_a_stored_file_is_served_with_its_type(kernel: Kernel) -> None:
    media = kernel.backends.media
    assert media is not None
    url = media.url(media.add(DATA, "image/png"))
    assert url is not None
    response = get(kernel, url.removeprefix("_rill/media/"))
    assert (response.status, response.content_type, response.body) == (200, "image/png", DATA)
    assert header(response, "Accept-Ranges") == "bytes"
    assert header(response, "Content-Security-Policy") == POLICY
    assert "immutable" in (header(response, "Cache-Control") or "")
    assert header(response, "Content-Disposition") is None
    assert get(kernel, url.removeprefix("_rill/media/").split(".")[0]).body == DATA


@pytest.mark.parametrize(
    ("wanted", "status", "body", "content_range"),
    [
        ("bytes=0-9", 206, DATA[:10], "bytes 0-9/1024"),
        ("bytes=1000-", 206, DATA[1000:], "bytes 1000-1023/1024"),
        ("bytes=-24", 206, DATA[-24:], "bytes 1000-1023/1024"),
        ("bytes=1000-5000", 206, DATA[1000:], "bytes 1000-1023/1024"),
        ("bytes=2000-", 416, b"", "bytes */1024"),
        ("bytes=9-3", 416, b"", "bytes */1024"),
        ("lines=1-2", 416, b"", "bytes */1024"),
    ],
)
def test_byte_ranges(
    kernel: Kernel, wanted: str, status: int, body: bytes, content_range: str
) -> None:
    media = kernel.backends.media
    assert media is not None
    file_id = media.add(DATA, "video/mp4")
    response = get(kernel, f"{file_id}.mp4", {"Range": wanted})
    assert (response.status, response.body) == (status, body)
    assert header(response, "Content-Range") == content_range


def test_a_download_keeps_its_name(kernel: Kernel) -> None:
    media = kernel.backends.media
    assert media is not None
    file_id = media.add(b"a,b\n", "text/csv", "résumé 2026.csv")
    response = get(kernel, f"{file_id}.csv")
    assert header(response, "Content-Disposition") == (
        "attachment; filename*=UTF-8''r%C3%A9sum%C3%A9%202026.csv"
    )


@pytest.mark.parametrize("name", ["0" * 56 + ".png", "../etc/passwd", "a b.png", "x" * 200])
def test_unknown_or_malformed_names_are_not_found(kernel: Kernel, name: str) -> None:
    assert get(kernel, name).status == 404
