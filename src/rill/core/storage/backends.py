"""`Backends`: the four storage backends of one kernel, resolved once when it loads.

Each kind has its own `firstresult` hook (`rill_resolve_session_store`, ...), asked once in
`Kernel.load` after config is validated; the answers are kept in `kernel.backends`, and every
session of that kernel (a server's, an AppTest's) uses the same objects. The builtin `storage`
plugin answers last with its in-memory (or, by `[storage]` config, disk) backends. With that
plugin disabled and nobody else answering, a kind is None: no sessions are kept for a
reconnect, nothing is cached (cached functions run every time), and commands that need media
or uploads raise `FeatureDisabledError` naming the plugin.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from rill.core.errors import FeatureDisabledError, PluginError, RillError
from rill.core.storage.cache import CacheStorage
from rill.core.storage.media import MediaStorage
from rill.core.storage.sessions import SessionStore
from rill.core.storage.uploads import UploadStorage

if TYPE_CHECKING:
    from rill.core.kernel import Kernel


@dataclass(frozen=True)
class Backends:
    """The storage backends sessions use; None for a kind nobody provides.

    Attributes:
        sessions: Where disconnected sessions' snapshots wait for a reconnect.
        cache: Bytes of cached function results, shared by every session.
        media: Files the browser fetches by URL.
        uploads: Files browsers uploaded, per session and widget.
    """

    sessions: SessionStore | None = None
    cache: CacheStorage | None = None
    media: MediaStorage | None = None
    uploads: UploadStorage | None = None


def resolve_backends(kernel: Kernel) -> Backends:
    """Ask each `rill_resolve_*` storage hook once.

    Raises:
        PluginError: an answer lacks a method of its Protocol (caught here, at start-up,
            rather than on the first reconnect or upload).
    """
    return Backends(
        sessions=cast(
            SessionStore | None, _ask(kernel, "rill_resolve_session_store", SessionStore)
        ),
        cache=cast(CacheStorage | None, _ask(kernel, "rill_resolve_cache_storage", CacheStorage)),
        media=cast(MediaStorage | None, _ask(kernel, "rill_resolve_media_storage", MediaStorage)),
        uploads=cast(
            UploadStorage | None, _ask(kernel, "rill_resolve_upload_storage", UploadStorage)
        ),
    )


#: A kind of backend → the hook that provides it (for error messages).
_HOOKS = {
    "sessions": "rill_resolve_session_store",
    "cache": "rill_resolve_cache_storage",
    "media": "rill_resolve_media_storage",
    "uploads": "rill_resolve_upload_storage",
}


def unavailable(kernel: Kernel, kind: str) -> RillError:
    """The error for a command that needs backend `kind` (`"media"`) when none was resolved.

    Names the storage plugin and the setting that disabled it, as for any disabled feature;
    otherwise says which hook nobody answered.
    """
    what = {"sessions": "session storage", "uploads": "upload storage"}.get(kind, f"{kind} storage")
    setting = kernel.disabled.get("storage")
    if setting is not None:
        return FeatureDisabledError("storage", setting, what.capitalize())
    return RillError(f"{what.capitalize()} is needed, and no plugin answers {_HOOKS[kind]}")


def _ask(kernel: Kernel, hook: str, protocol: type) -> object:
    backend: object = getattr(kernel.pm.hook, hook)(kernel=kernel)
    if backend is not None and not isinstance(backend, protocol):
        missing = [
            name
            for name, value in vars(protocol).items()
            if callable(value) and not name.startswith("_")
            if not callable(getattr(backend, name, None))
        ]
        kind = type(backend)
        raise PluginError(
            f"{hook} answered {kind.__module__}.{kind.__qualname__}, which is not a "
            f"{protocol.__name__}: it has no {', '.join(missing)}"
        )
    return backend
