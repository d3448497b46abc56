"""The example third-party plugin (plugins/rill-greeting), installed and found by entry point."""

from __future__ import annotations

import subprocess
from typing import Any

import pytest

from kernel_support import Dirs, FakeCtx, LoadKernel
from rill.core.errors import FeatureDisabledError
from rill.core.runtime.context import set_script_run_ctx
from rill.core.runtime.run import RerunData
from rill.core.runtime.session import Session


def test_discovered_through_the_entry_point(load: LoadKernel) -> None:
    kernel = load()
    assert kernel.is_enabled("greeting")
    assert kernel.sources["greeting"] == "rill-greeting 0.1.0"
    assert "greeting" in kernel.commands
    assert kernel.config.get("greeting.salutation") == "Hello"


def test_not_loaded_when_entry_points_are_off(load: LoadKernel) -> None:
    kernel = load(flags=["--plugins.loadEntryPoints", "false"])
    assert not kernel.is_enabled("greeting")


def test_cli_command_uses_its_config_section(dirs: Dirs) -> None:
    dirs.project_config('[greeting]\nsalutation = "Ahoy"\n')
    result = subprocess.run(["rill", "greet", "Ada"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Ahoy, Ada!\n"


def test_its_section_is_validated_like_builtin_ones(dirs: Dirs) -> None:
    dirs.project_config('[greeting]\nsalutaton = "Ahoy"\n')
    result = subprocess.run(["rill", "greet", "Ada"], capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert "unknown option greeting.salutaton; did you mean 'salutation'?" in result.stderr


def test_env_var_reaches_its_section(load: LoadKernel) -> None:
    kernel = load(env={"RILL_GREETING_SALUTATION": "Hi"})
    assert kernel.config.get("greeting.salutation") == "Hi"


def test_st_command_is_a_widget_drawn_by_the_plugins_module(dirs: Dirs, load: LoadKernel) -> None:
    script = dirs.cwd / "app.py"
    script.write_text("import rill as st\nwaves = st.greeting('Ada')\nst.write(f'waves={waves}')\n")
    messages: list[dict[str, Any]] = []

    class Client:
        def send(self, message: dict[str, Any]) -> None:
            messages.append(message)

    kernel = load(flags=["--greeting.punctuation", "?"])
    assert kernel.elements["greeting"].module == "greeting.js"
    session = Session(kernel, script, Client())
    session.request_rerun()
    assert session.wait_idle(10)
    card, text = (m["element"] for m in messages if m["t"] == "delta")
    assert card["kind"] == "greeting"
    assert card["props"]["text"] == "Hello, Ada?"
    assert text["props"]["body"] == "waves=0"
    messages.clear()
    session.request_rerun(RerunData(widgets={card["id"]: 2}))
    assert session.wait_idle(10)
    session.close()
    assert [m["element"]["props"].get("body") for m in messages if m["t"] == "delta"][
        1
    ] == "waves=2"


def test_disabled_plugin_is_gone_everywhere(dirs: Dirs, load: LoadKernel) -> None:
    on = load()
    greeting = on.commands["greeting"]
    dirs.project_config('[plugins]\ndisabled = ["greeting"]\n')
    off = load()
    assert "greeting" not in off.commands
    result = subprocess.run(["rill", "greet", "Ada"], capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert "No such command 'greet'" in result.stderr

    set_script_run_ctx(FakeCtx(off))
    try:
        with pytest.raises(FeatureDisabledError, match="'greeting', which is disabled by"):
            greeting("Ada")
        import rill as st

        with pytest.raises(AttributeError, match=r"disabled plugins.*greeting"):
            _ = st.greeting
    finally:
        set_script_run_ctx(None)
