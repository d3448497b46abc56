"""`[plugins]`: disabling plugins, the allow-list, and what a disabled feature looks like."""

from __future__ import annotations

import pytest

from kernel_support import Dirs, FakeCtx, LoadKernel
from rill.core.errors import ConfigError, FeatureDisabledError
from rill.core.kernel import BUILTIN_PLUGINS
from rill.core.runtime.context import set_script_run_ctx
from rill.plugins import ElementType, hookimpl


class Sparkles:
    """A test plugin with a command, an element and a config section."""

    @hookimpl
    def rill_register_commands(self):  # type: ignore[no-untyped-def]
        from rill.plugins import command

        @command("sparkles")
        def sparkle() -> str:
            return "✨"

        return {"sparkle": sparkle}

    @hookimpl
    def rill_register_elements(self):  # type: ignore[no-untyped-def]
        return [ElementType("sparkle")]


def test_builtin_plugin_can_be_disabled(dirs: Dirs, load: LoadKernel) -> None:
    dirs.project_config('[plugins]\ndisabled = ["theme"]\n')
    kernel = load()
    assert not kernel.is_enabled("theme")
    assert "theme" not in kernel.config.sections
    assert kernel.themes == {}


def test_disabled_plugins_section_is_not_accepted(dirs: Dirs, load: LoadKernel) -> None:
    dirs.project_config('[plugins]\ndisabled = ["theme"]\n[theme]\nbase = "dark"\n')
    with pytest.raises(ConfigError, match=r"unknown config section \[theme\].*disabled: theme"):
        load()


def test_disabled_plugin_hooks_never_run(load: LoadKernel) -> None:
    kernel = load(
        flags=["--plugins.disabled", "sparkles"], extra_plugins=[("sparkles", Sparkles())]
    )
    assert "sparkle" not in kernel.commands
    assert "sparkle" not in kernel.elements
    enabled = load(extra_plugins=[("sparkles", Sparkles())])
    assert "sparkle" in enabled.commands
    assert "sparkle" in enabled.elements


def test_command_of_disabled_plugin_raises_naming_plugin_and_setting(
    dirs: Dirs, load: LoadKernel
) -> None:
    on = load(extra_plugins=[("sparkles", Sparkles())])
    sparkle = on.commands["sparkle"]
    path = dirs.project_config('[plugins]\ndisabled = ["sparkles"]\n')
    off = load(extra_plugins=[("sparkles", Sparkles())])

    set_script_run_ctx(FakeCtx(off))
    try:
        with pytest.raises(FeatureDisabledError) as info:
            sparkle()
    finally:
        set_script_run_ctx(None)
    message = str(info.value)
    assert "st.sparkle()" in message
    assert "'sparkles'" in message
    assert f"plugins.disabled (set in {path}, line 2)" in message


def test_allow_list_disables_everything_else(load: LoadKernel) -> None:
    env = {"RILL_PLUGINS_ENABLED": "sparkles"}
    kernel = load(env=env, extra_plugins=[("sparkles", Sparkles())])
    assert kernel.is_enabled("sparkles")
    assert kernel.is_enabled("kernel")
    assert not kernel.is_enabled("theme")
    assert kernel.disabled["theme"].startswith("plugins.enabled")


def test_empty_allow_list_keeps_only_the_kernel(load: LoadKernel) -> None:
    kernel = load(flags=["--plugins.enabled", "[]"])
    assert [info.name for info in kernel.plugin_infos() if info.enabled] == ["kernel"]
    assert kernel.config.get("server.port") == 8501


def test_unknown_plugin_name_lists_known_names(dirs: Dirs, load: LoadKernel) -> None:
    dirs.project_config('[plugins]\ndisabled = ["theem"]\n')
    with pytest.raises(ConfigError) as info:
        load()
    message = str(info.value)
    assert "unknown plugin 'theem'" in message
    assert "did you mean 'theme'?" in message
    assert "known plugins:" in message and "theme" in message


def test_kernel_cannot_be_disabled(load: LoadKernel) -> None:
    with pytest.raises(ConfigError, match="kernel and cannot be disabled"):
        load(flags=["--plugins.disabled", "kernel"])


def test_enabled_and_disabled_together_is_an_error(load: LoadKernel) -> None:
    with pytest.raises(ConfigError, match="not both"):
        load(flags=["--plugins.disabled", "theme", "--plugins.enabled", "theme"])


@pytest.mark.parametrize("name", sorted(BUILTIN_PLUGINS))
def test_every_builtin_can_be_disabled_and_the_kernel_still_loads(
    load: LoadKernel, name: str
) -> None:
    kernel = load(flags=["--plugins.disabled", name])
    assert not kernel.is_enabled(name)
    assert kernel.config.get("server.port") == 8501
