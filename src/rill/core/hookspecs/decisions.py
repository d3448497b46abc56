"""`rill_resolve_<x>(...)`: decisions, the first result wins (see `rill.core.hookspecs`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rill.core.kernel import Kernel
    from rill.core.storage.cache import CacheStorage
    from rill.core.storage.media import MediaStorage
    from rill.core.storage.sessions import SessionStore
    from rill.core.storage.uploads import UploadStorage

from rill.core.hookspecs.markers import hookspec

# -- decisions, first result wins ------------------------------------------------------------------


@hookspec(firstresult=True)
def rill_resolve_session_store(kernel: Kernel) -> SessionStore | None:
    """Choose where disconnected sessions wait for their browser to come back.

    When: once, in `Kernel.load`, after config is validated; main thread. The answer is
    `kernel.backends.sessions`.

    Args:
        kernel: The kernel, for config.

    Returns:
        A `SessionStore`, or None to let the next plugin decide. The store is given each
        session's snapshot as bytes (`put`) when its tab disconnects and asked for it
        (`take`) when a tab reconnects within `server.disconnectedSessionTTL`; a store outside
        the process (Redis) lets a tab resume on another server. The builtin in-memory store
        answers last; when nobody answers, sessions end with their connection.

    Example:
        @hookimpl(tryfirst=True)
        def rill_resolve_session_store(kernel):
            return RedisSessionStore(kernel.config.section("redis").url)
    """


@hookspec(firstresult=True)
def rill_resolve_cache_storage(kernel: Kernel) -> CacheStorage | None:
    """Choose where cached function results are kept, as bytes.

    When: once, in `Kernel.load`, after config is validated; main thread. The answer is
    `kernel.backends.cache`, shared by every session; "Clear cache" in the app menu calls its
    `clear()`.

    Args:
        kernel: The kernel, for config.

    Returns:
        A `CacheStorage`, or None to let the next plugin decide. The builtin storage plugin
        answers last with a memory or a disk cache (`storage.cache`); when nobody answers,
        nothing is cached.

    Example:
        @hookimpl(tryfirst=True)
        def rill_resolve_cache_storage(kernel):
            return RedisCache(kernel.config.section("redis").url)
    """


@hookspec(firstresult=True)
def rill_resolve_media_storage(kernel: Kernel) -> MediaStorage | None:
    """Choose where media files (images, audio, video, downloads) are kept.

    When: once, in `Kernel.load`, after config is validated; main thread. The answer is
    `kernel.backends.media`.

    Args:
        kernel: The kernel, for config.

    Returns:
        A `MediaStorage`, or None to let the next plugin decide. The builtin storage plugin
        answers last with a memory or a disk store (`storage.media`); when nobody answers,
        commands that show media fail with an error naming the storage plugin.

    Example:
        @hookimpl(tryfirst=True)
        def rill_resolve_media_storage(kernel):
            return S3Media(kernel.config.section("s3").bucket)
    """


@hookspec(firstresult=True)
def rill_resolve_upload_storage(kernel: Kernel) -> UploadStorage | None:
    """Choose where files uploaded by browsers are kept until their widget or session goes.

    When: once, in `Kernel.load`, after config is validated; main thread. The answer is
    `kernel.backends.uploads`.

    Args:
        kernel: The kernel, for config.

    Returns:
        An `UploadStorage`, or None to let the next plugin decide. The builtin in-memory store
        answers last; when nobody answers, upload widgets fail with an error naming the
        storage plugin.

    Example:
        @hookimpl(tryfirst=True)
        def rill_resolve_upload_storage(kernel):
            return SpoolingUploads(max_memory=8 * 2**20)
    """


#: Marks a function as an implementation of a `rill_*` hook (re-exported as
#: `rill.plugins.hookimpl`).
