"""Backends are resolved once, at kernel load, through one typed hook per kind."""

from __future__ import annotations

from typing import Any

import pytest

from kernel_support import LoadKernel
from rill.core.errors import FeatureDisabledError, PluginError, RillError
from rill.core.storage.backends import Backends, unavailable
from rill.plugins import CacheStorage, MediaStorage, SessionStore, UploadStorage, hookimpl
from storage_support import FakeCache, StoragePlugin


def test_the_builtin_backends_answer_each_kind(load: LoadKernel) -> None:
    backends = load().backends
    assert isinstance(backends.sessions, SessionStore)
    assert isinstance(backends.cache, CacheStorage)
    assert isinstance(backends.media, MediaStorage)
    assert isinstance(backends.uploads, UploadStorage)


def test_each_hook_is_asked_once_when_the_kernel_loads(load: LoadKernel) -> None:
    plugin = StoragePlugin()
    kernel = load(extra_plugins=[("test-storage", plugin)])
    assert sorted(plugin.asked) == ["cache", "media", "sessions", "uploads"]
    assert kernel.backends == Backends(plugin.sessions, plugin.cache, plugin.media, plugin.uploads)


def test_with_the_storage_plugin_disabled_no_kind_has_a_backend(load: LoadKernel) -> None:
    kernel = load(flags=["--plugins.disabled", "storage"])
    assert kernel.backends == Backends()


class HalfACache:
    """Answers with something that is not a `CacheStorage`."""

    @hookimpl(tryfirst=True)
    def rill_resolve_cache_storage(self) -> Any:
        return Incomplete()


class Incomplete:
    def get(self, namespace: str, key: str) -> bytes | None:
        return None


def test_an_answer_that_is_not_the_protocol_fails_at_start_up(load: LoadKernel) -> None:
    with pytest.raises(PluginError) as caught:
        load(extra_plugins=[("half", HalfACache())])
    message = str(caught.value)
    assert "rill_resolve_cache_storage answered test_backends.Incomplete" in message
    assert "not a CacheStorage: it has no set, delete, clear" in message


def test_a_plugin_answering_one_kind_leaves_the_others_to_the_builtins(
    load: LoadKernel,
) -> None:
    class CacheOnly:
        @hookimpl
        def rill_resolve_cache_storage(self) -> Any:
            return FakeCache("cache-only")

    backends = load(extra_plugins=[("cache-only", CacheOnly())]).backends
    assert isinstance(backends.cache, FakeCache)
    assert type(backends.media).__module__.startswith("rill.builtin_plugins.storage")


def test_a_missing_backend_names_the_disabled_plugin_or_the_hook(load: LoadKernel) -> None:
    off = load(flags=["--plugins.disabled", "storage"])
    error = unavailable(off, "uploads")
    assert isinstance(error, FeatureDisabledError)
    assert str(error).startswith("Upload storage is provided by the plugin 'storage'")
    bare = load(builtins={})
    error = unavailable(bare, "media")
    assert type(error) is RillError
    assert str(error) == (
        "Media storage is needed, and no plugin answers rill_resolve_media_storage"
    )
