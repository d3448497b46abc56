"""The `rill` command line, run as a user runs it: the installed console script."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib

from kernel_support import Dirs


def rill(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["rill", *args], capture_output=True, text=True, timeout=60, env=env, check=False
    )


def test_version() -> None:
    result = rill("version")
    assert result.returncode == 0
    assert result.stdout.startswith("rill 0.")


def test_python_dash_m_rill_is_the_same_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "rill", "version"], capture_output=True, text=True, check=False
    )
    assert result.stdout == rill("version").stdout


def test_help_lists_builtin_and_plugin_commands(dirs: Dirs) -> None:
    result = rill("--help")
    assert result.returncode == 0
    for name in ("run", "config", "plugins", "version", "greet"):
        assert f"  {name}" in result.stdout


def test_config_show_is_valid_toml_with_origins(dirs: Dirs) -> None:
    path = dirs.project_config("[server]\nheadless = true\n")
    result = rill("config", "show", "--server.port", "9999")
    assert result.returncode == 0, result.stderr
    shown = tomllib.loads(result.stdout)
    assert shown["server"]["port"] == 9999
    assert shown["server"]["headless"] is True
    assert shown["runner"]["magicEnabled"] is True
    assert "# from flag --server.port" in result.stdout
    assert f"# from {path}, line 2" in result.stdout
    assert "Env: RILL_SERVER_PORT" in result.stdout


def test_config_show_reports_bad_config_in_one_line(dirs: Dirs) -> None:
    dirs.project_config("[server]\nprot = 1\n")
    result = rill("config", "show")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "unknown option server.prot" in result.stderr
    assert "did you mean 'port'?" in result.stderr


def test_config_schema_is_json_schema_of_every_section(dirs: Dirs) -> None:
    result = rill("config", "schema")
    schema = json.loads(result.stdout)
    assert {"server", "client", "runner", "logger", "browser", "theme", "plugins"} <= set(
        schema["properties"]
    )
    assert schema["additionalProperties"] is False


def test_plugins_list_shows_source_state_and_hooks(dirs: Dirs) -> None:
    dirs.project_config('[plugins]\ndisabled = ["theme"]\n')
    result = rill("plugins", "list")
    assert result.returncode == 0, result.stderr
    rows = {line.split()[0]: line for line in result.stdout.splitlines()[1:]}
    assert "kernel" in rows["kernel"] and "enabled" in rows["kernel"]
    assert "rill_register_config_sections" in rows["kernel"]
    assert "builtin" in rows["theme"] and "disabled" in rows["theme"]
    assert "rill-greeting 0.1.0" in rows["greeting"]
    assert "rill_register_cli_commands" in rows["greeting"]


def test_run_rejects_a_missing_script(dirs: Dirs) -> None:
    result = rill("run", "nope.py")
    assert result.returncode == 2
    assert "nope.py: no such file" in result.stderr


def test_run_validates_flags_before_starting(dirs: Dirs) -> None:
    (dirs.cwd / "app.py").write_text("print('hi')\n")
    result = rill("run", "app.py", "--server.port", "nope")
    assert result.returncode == 2
    assert "flag --server.port: server.port" in result.stderr


def test_unknown_command_is_a_usage_error() -> None:
    result = rill("frobnicate")
    assert result.returncode == 2
    assert "No such command 'frobnicate'" in result.stderr


def test_hook_tracing_shows_registration_and_lifecycle_hooks(dirs: Dirs) -> None:
    import os

    env = {**os.environ, "RILL_TRACE_HOOKS": "1"}
    result = rill("plugins", "list", env=env)
    assert result.returncode == 0
    assert "rill_register_config_sections [kernel] -->" in result.stderr
    assert "rill_register_commands [greeting] -->" in result.stderr
    assert "rill_kernel_loaded [hook]" in result.stderr
    assert "rill_kernel_loaded" not in rill("plugins", "list").stderr
