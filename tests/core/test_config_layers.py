"""Config layers and their precedence: defaults < user file < project file < env < flags."""

from __future__ import annotations

from kernel_support import Dirs, LoadKernel


def test_defaults_apply_without_any_config(load: LoadKernel) -> None:
    config = load().config
    assert config.get("server.port") == 8501
    assert config.get("server.enableCORS") is True
    assert config.get("runner.magicEnabled") is True
    assert config.origins == {}


def test_each_layer_overrides_the_one_below(dirs: Dirs, load: LoadKernel) -> None:
    dirs.user_config("[server]\nport = 1111\nheadless = true\nmaxUploadSize = 10\n")
    dirs.project_config("[server]\nport = 2222\nmaxUploadSize = 20\n")
    env = {"RILL_SERVER_PORT": "3333"}
    config = load(env=env, flags=["--server.maxUploadSize", "40"]).config
    assert config.get("server.headless") is True  # only the user file sets it
    assert config.get("server.port") == 3333  # env beats both files
    assert config.get("server.maxUploadSize") == 40  # flag beats everything


def test_project_file_beats_user_file(dirs: Dirs, load: LoadKernel) -> None:
    dirs.user_config("[client]\ntoolbarMode = 'viewer'\n")
    dirs.project_config("[client]\ntoolbarMode = 'minimal'\n")
    assert load().config.get("client.toolbarMode") == "minimal"


def test_flag_beats_env(load: LoadKernel) -> None:
    config = load(env={"RILL_SERVER_PORT": "3333"}, flags=["--server.port=4444"]).config
    assert config.get("server.port") == 4444


def test_env_names_are_upper_snake_case_of_camel_case(load: LoadKernel) -> None:
    env = {
        "RILL_SERVER_ENABLE_STATIC_SERVING": "true",
        "RILL_SERVER_ENABLE_CORS": "false",
        "RILL_SERVER_BASE_URL_PATH": "/apps/demo/",
        "RILL_THEME_SIDEBAR_PRIMARY_COLOR": "#ff0000",
    }
    config = load(env=env).config
    assert config.get("server.enableStaticServing") is True
    assert config.get("server.enableCORS") is False
    assert config.get("server.baseUrlPath") == "apps/demo"
    assert config.get("theme.sidebar.primaryColor") == "#ff0000"


def test_list_options_from_env_and_flags(dirs: Dirs, load: LoadKernel) -> None:
    config = load(env={"RILL_SERVER_FOLDER_WATCH_BLACKLIST": "data, logs"}).config
    assert config.get("server.folderWatchBlacklist") == ["data", "logs"]
    config = load(flags=["--theme.chartCategoricalColors", '["#000000", "red"]']).config
    assert config.get("theme.chartCategoricalColors") == ["#000000", "red"]


def test_origins_name_the_file_line_variable_and_flag(dirs: Dirs, load: LoadKernel) -> None:
    path = dirs.project_config("# comment\n[server]\nheadless = true\n")
    config = load(env={"RILL_SERVER_PORT": "9000"}, flags=["--runner.fastReruns", "false"]).config
    assert config.origins[("server", "headless")] == f"{path}, line 3"
    assert config.origins[("server", "port")] == "environment variable RILL_SERVER_PORT"
    assert config.origins[("runner", "fastReruns")] == "flag --runner.fastReruns"


def test_nested_theme_sidebar_table(dirs: Dirs, load: LoadKernel) -> None:
    dirs.project_config('[theme]\nbase = "dark"\n[theme.sidebar]\nbackgroundColor = "navy"\n')
    config = load().config
    assert config.get("theme.base") == "dark"
    assert config.get("theme.sidebar.backgroundColor") == "navy"


def test_gather_usage_stats_is_accepted(dirs: Dirs, load: LoadKernel) -> None:
    dirs.project_config("[browser]\ngatherUsageStats = false\n")
    assert load().config.get("browser.gatherUsageStats") is False
