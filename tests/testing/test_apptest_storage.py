"""AppTest runs on the same resolved storage backends as a server: the kernel's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rill.core.kernel import Kernel
from rill.testing.v1 import AppTest
from storage_support import StoragePlugin

#: Shows an image through the media storage, unless session state says not to, and a checkbox.
APP = """
import rill as st
from rill.core.runtime.media import add_media
from rill.core.runtime.tree import add_element

if st.session_state.get("image", True):
    add_element("text", {"body": add_media(b"GIF89a", "image/gif")})
if st.session_state.get("box", True):
    st.checkbox("box")
"""


@pytest.fixture
def plugin(monkeypatch: pytest.MonkeyPatch) -> StoragePlugin:
    """A storage plugin that every kernel an AppTest loads registers."""
    made = StoragePlugin()

    class WithPlugin(Kernel):
        @classmethod
        def load(cls, **kwargs: Any) -> Kernel:
            return Kernel.load(extra_plugins=[("test-storage", made)], **kwargs)

    monkeypatch.setattr("rill.testing.v1.app_test.Kernel", WithPlugin)
    return made


def test_an_apptest_session_uses_the_plugins_backends(plugin: StoragePlugin) -> None:
    at = AppTest.from_string(APP).run()
    session = at._session
    assert session.backends is session.kernel.backends
    backends = session.backends
    assert (backends.sessions, backends.cache) == (plugin.sessions, plugin.cache)
    assert (backends.media, backends.uploads) == (plugin.media, plugin.uploads)
    (file_id,) = plugin.media.files
    assert at.text[0].value == f"_rill/media/{file_id}.gif"
    assert plugin.media.retained[session.id] == {file_id}


def test_a_complete_run_retains_only_what_it_showed(plugin: StoragePlugin) -> None:
    at = AppTest.from_string(APP).run()
    at.session_state["image"] = False
    at.run()
    session_id = at._session.id
    assert plugin.media.retained == {session_id: set()}
    at._session.close()
    assert plugin.media.released[-1] == session_id
    assert ("session", session_id) in plugin.uploads.removed


def test_the_uploads_of_a_widget_that_goes_are_removed(plugin: StoragePlugin) -> None:
    at = AppTest.from_string(APP).run()
    widget_id = at.checkbox[0].id
    at.session_state["box"] = False
    at.run()
    assert ("widget", at._session.id, widget_id) in plugin.uploads.removed


def test_a_server_and_an_apptest_resolve_the_same_objects(
    plugin: StoragePlugin, tmp_path: Path
) -> None:
    server_kernel = Kernel.load(
        cwd=tmp_path, home=tmp_path, env={}, extra_plugins=[("test-storage", plugin)]
    )
    at = AppTest.from_string("import rill as st\n").run()
    assert at._session.backends == server_kernel.backends


def test_without_media_storage_a_media_command_names_the_plugin(project: Any) -> None:
    project.project_config('[plugins]\ndisabled = ["storage"]\n')
    at = AppTest.from_string(APP).run()
    assert "Media storage is provided by the plugin 'storage'" in at.exception[0].value
    assert "plugins.disabled" in at.exception[0].value
