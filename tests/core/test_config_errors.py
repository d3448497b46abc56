"""Bad config fails at start-up with the place, the key, what was expected and a close match."""

from __future__ import annotations

import pytest

from kernel_support import Dirs, LoadKernel
from rill.core.errors import ConfigError


def error_of(load: LoadKernel, **kwargs: object) -> str:
    with pytest.raises(ConfigError) as info:
        load(**kwargs)
    return str(info.value)


def test_toml_syntax_error_names_file_and_line(dirs: Dirs, load: LoadKernel) -> None:
    path = dirs.project_config("[server]\nport = = 3\n")
    message = error_of(load)
    assert str(path) in message
    assert "line 2" in message


def test_unknown_section_suggests_a_close_match(dirs: Dirs, load: LoadKernel) -> None:
    path = dirs.project_config("[sever]\nport = 1\n")
    message = error_of(load)
    assert f"{path}, line 1" in message
    assert "unknown config section [sever]" in message
    assert "did you mean 'server'?" in message


def test_unknown_option_suggests_a_close_match(dirs: Dirs, load: LoadKernel) -> None:
    path = dirs.project_config("[server]\nheadless = true\nprot = 8000\n")
    message = error_of(load)
    assert f"{path}, line 3" in message
    assert "unknown option server.prot" in message
    assert "did you mean 'port'?" in message


def test_unknown_nested_option(dirs: Dirs, load: LoadKernel) -> None:
    dirs.project_config('[theme.sidebar]\nprimaryColour = "red"\n')
    message = error_of(load)
    assert "unknown option theme.sidebar.primaryColour" in message
    assert "did you mean 'primaryColor'?" in message


def test_wrong_type_names_key_expected_and_value(dirs: Dirs, load: LoadKernel) -> None:
    dirs.project_config('[server]\nport = "eighty"\n')
    message = error_of(load)
    assert "server.port" in message
    assert "integer" in message
    assert "'eighty'" in message


def test_out_of_range_value(dirs: Dirs, load: LoadKernel) -> None:
    message = error_of(load, env={"RILL_SERVER_PORT": "70000"})
    assert "environment variable RILL_SERVER_PORT: server.port" in message
    assert "65535" in message


def test_bad_choice_lists_what_is_allowed(load: LoadKernel) -> None:
    message = error_of(load, flags=["--client.toolbarMode", "loud"])
    assert "flag --client.toolbarMode: client.toolbarMode" in message
    assert "'viewer'" in message


def test_unknown_flag_suggests_a_close_match(load: LoadKernel) -> None:
    message = error_of(load, flags=["--server.prot", "1"])
    assert "flag --server.prot" in message
    assert "did you mean 'port'?" in message


def test_flag_without_value(load: LoadKernel) -> None:
    assert "needs a value" in error_of(load, flags=["--server.port"])


def test_misspelled_env_var_of_a_known_section(load: LoadKernel) -> None:
    message = error_of(load, env={"RILL_SERVER_PROT": "1"})
    assert "RILL_SERVER_PROT" in message
    assert "RILL_SERVER_PORT" in message


def test_unrelated_rill_env_vars_are_ignored(load: LoadKernel) -> None:
    assert load(env={"RILL_SOMETHING_ELSE": "1"}).config.get("server.port") == 8501


def test_every_problem_is_reported_at_once(dirs: Dirs, load: LoadKernel) -> None:
    dirs.project_config('[server]\nport = 0\nheadless = "maybe"\n')
    message = error_of(load)
    assert "2 problems" in message
    assert "server.port" in message
    assert "server.headless" in message


def test_cross_field_rule(dirs: Dirs, load: LoadKernel) -> None:
    dirs.project_config('[server]\nsslCertFile = "cert.pem"\n')
    message = error_of(load)
    assert "sslKeyFile" in message


def test_section_that_is_not_a_table(dirs: Dirs, load: LoadKernel) -> None:
    dirs.project_config("server = 3\n")
    assert "[server] must be a table" in error_of(load)
