"""Files a session's elements show or receive, kept in the backends while the session needs them.

A command that shows bytes (an image, a video, a download) calls `add_media` and puts the URL
it returns in its element's props; the browser fetches the file from it. The session retains
what its runs add (`MediaStorage.retain`): at once, so that a long run's first image is not
deleted before the run ends, and again at the end of each complete full run with exactly what
that run added, so that images a rerun no longer shows can go. A widget a run forgets loses
its uploads; a session that ends releases its media and uploads.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from rill.core.errors import NoSessionContext
from rill.core.runtime.context import get_script_run_ctx
from rill.core.storage.backends import unavailable

if TYPE_CHECKING:
    from rill.core.runtime.run import ScriptRunContext
    from rill.core.runtime.session import Session

log = logging.getLogger("rill.session")


def add_media(data: bytes, mimetype: str, filename: str | None = None) -> str:
    """Store a file for the current run and return its URL, relative to the app's base URL.

    Args:
        data: The file's content.
        mimetype: Its type (`"image/png"`).
        filename: The name a download is saved under, if any.

    Raises:
        NoSessionContext: called outside a script run.
        FeatureDisabledError: no media storage (the storage plugin is disabled).

    Example:
        url = add_media(png_bytes, "image/png")
        add_element("image", {"src": url})
    """
    ctx = get_script_run_ctx()
    if ctx is None:
        raise NoSessionContext("media files can only be added from a script run")
    media = ctx.kernel.backends.media
    if media is None:
        raise unavailable(ctx.kernel, "media")
    file_id = media.add(data, mimetype, filename)
    ctx.media.add(file_id)
    session = ctx.session
    if file_id not in session.media_ids and not session.closed:
        session.media_ids = session.media_ids | {file_id}
        media.retain(session.id, session.media_ids)
    url = media.url(file_id)
    if url is None:  # deleted between the two calls: only a backend that lost it does that
        raise RuntimeError(f"media storage lost {file_id} as it was added")
    return url


def settle_files(
    session: Session, ctx: ScriptRunContext, forgotten: list[str], completed: bool
) -> None:
    """At the end of a run: drop forgotten widgets' uploads, retain what a complete run showed.

    A backend that fails is logged; the run's outcome still reaches the browser.
    """
    backends = session.kernel.backends
    try:
        if backends.uploads is not None:
            for widget_id in forgotten:
                backends.uploads.remove_widget(session.id, widget_id)
        full = completed and ctx.fragment_id is None and not session.closed
        if full and backends.media is not None and session.media_ids != ctx.media:
            session.media_ids = frozenset(ctx.media)
            backends.media.retain(session.id, session.media_ids)
    except Exception:
        log.exception("session %s: updating its media and uploads failed", session.id)


def release_files(session: Session) -> None:
    """The session ended: its media may go (after the grace) and its uploads go now."""
    backends = session.kernel.backends
    try:
        if backends.media is not None:
            backends.media.release_session(session.id)
        if backends.uploads is not None:
            backends.uploads.remove_session(session.id)
    except Exception:  # a remote store that is down must not keep a session from ending
        log.exception("session %s: releasing its media and uploads failed", session.id)
