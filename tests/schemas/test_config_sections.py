"""User-visible behaviour of the built-in config section models."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from rill.schemas.config.browser import BrowserConfig
from rill.schemas.config.client import ClientConfig
from rill.schemas.config.logger import LoggerConfig
from rill.schemas.config.runner import RunnerConfig
from rill.schemas.config.server import ServerConfig
from rill.schemas.config.theme import ThemeConfig

COLOR_HINT = re.escape("expected a CSS color such as '#ff4b4b', 'rgb(255, 75, 75)' or 'red'")


def test_defaults_load() -> None:
    server = ServerConfig()
    assert server.port == 8501
    assert server.enable_cors is True
    assert server.disconnected_session_ttl == 120
    assert ClientConfig().show_error_details == "full"
    assert RunnerConfig().enum_coercion == "nameOnly"
    assert LoggerConfig().level == "info"
    assert BrowserConfig().server_port is None
    assert ThemeConfig().primary_color is None


def test_camel_case_keys_accepted() -> None:
    server = ServerConfig.model_validate(
        {
            "enableCORS": False,
            "enableXsrfProtection": False,
            "maxUploadSize": 50,
            "runOnSave": True,
            "disconnectedSessionTTL": 0,
        }
    )
    assert server.enable_cors is False
    assert server.enable_xsrf_protection is False
    assert server.max_upload_size == 50
    assert server.run_on_save is True
    assert server.disconnected_session_ttl == 0
    assert RunnerConfig.model_validate({"postScriptGC": False}).post_script_gc is False
    assert BrowserConfig.model_validate({"gatherUsageStats": False}).gather_usage_stats is False


def test_dump_uses_toml_names() -> None:
    dumped = ServerConfig().model_dump(by_alias=True)
    assert "enableCORS" in dumped
    assert "baseUrlPath" in dumped
    assert "postScriptGC" in RunnerConfig().model_dump(by_alias=True)


def test_unknown_key_rejected() -> None:
    with pytest.raises(ValidationError, match="portt"):
        ServerConfig.model_validate({"portt": 80})
    with pytest.raises(ValidationError):
        ThemeConfig.model_validate({"sidebar": {"base": "dark"}})


@pytest.mark.parametrize("port", [0, 65536, -1])
def test_out_of_range_port_rejected(port: int) -> None:
    with pytest.raises(ValidationError):
        ServerConfig.model_validate({"port": port})
    with pytest.raises(ValidationError):
        BrowserConfig.model_validate({"serverPort": port})


def test_enum_values_checked() -> None:
    with pytest.raises(ValidationError):
        ServerConfig.model_validate({"fileWatcherType": "inotify"})
    with pytest.raises(ValidationError):
        ClientConfig.model_validate({"toolbarMode": "hidden"})


@pytest.mark.parametrize("color", ["nope", "#12345", "#ggg", "rgb(1, 2)", "hsl(x, y, z)", ""])
def test_bad_color_rejected_with_hint(color: str) -> None:
    with pytest.raises(ValidationError, match=COLOR_HINT):
        ThemeConfig.model_validate({"primaryColor": color})


def test_bad_color_rejected_in_sidebar_and_chart_lists() -> None:
    with pytest.raises(ValidationError, match=COLOR_HINT):
        ThemeConfig.model_validate({"sidebar": {"backgroundColor": "bluish"}})
    with pytest.raises(ValidationError, match=COLOR_HINT):
        ThemeConfig.model_validate({"chartCategoricalColors": ["red", "reddish"]})


@pytest.mark.parametrize(
    "color",
    [
        "red",
        "RebeccaPurple",
        "transparent",
        "#f00",
        "#f00a",
        "#ff4b4b",
        "#FF4B4B80",
        "rgb(255, 75, 75)",
        "rgba(255, 75, 75, 0.5)",
        "rgb(255 75 75 / 50%)",
        "hsl(0, 100%, 65%)",
        "hsla(0deg 100% 65% / .5)",
    ],
)
def test_good_colors_accepted(color: str) -> None:
    theme = ThemeConfig.model_validate({"primaryColor": color, "sidebar": {"textColor": color}})
    assert theme.primary_color == color
    assert theme.sidebar.text_color == color


def test_theme_font_faces_and_weights() -> None:
    theme = ThemeConfig.model_validate(
        {
            "base": "dark",
            "fontFaces": [{"family": "Inter", "url": "app/static/Inter.woff2", "weight": 400}],
            "headingFontSizes": ["2.75rem", 32],
            "headingFontWeights": [700, 600],
        }
    )
    assert theme.font_faces[0].family == "Inter"
    assert theme.font_faces[0].weight == 400
    with pytest.raises(ValidationError):
        ThemeConfig.model_validate({"baseFontWeight": 1000})
    with pytest.raises(ValidationError):
        ThemeConfig.model_validate({"fontFaces": [{"url": "x.woff2"}]})
    with pytest.raises(ValidationError):
        ThemeConfig.model_validate({"base": "sepia"})


@pytest.mark.parametrize(
    ("given", "expected"),
    [(True, "full"), (False, "none"), ("true", "full"), ("False", "none"), ("type", "type")],
)
def test_show_error_details_accepts_booleans(given: object, expected: str) -> None:
    assert ClientConfig.model_validate({"showErrorDetails": given}).show_error_details == expected


def test_ssl_cert_without_key_rejected() -> None:
    with pytest.raises(ValidationError, match=r"server\.sslKeyFile"):
        ServerConfig.model_validate({"sslCertFile": "cert.pem"})
    with pytest.raises(ValidationError, match=r"server\.sslCertFile"):
        ServerConfig.model_validate({"sslKeyFile": "key.pem"})
    both = ServerConfig.model_validate({"sslCertFile": "cert.pem", "sslKeyFile": "key.pem"})
    assert both.ssl_key_file == "key.pem"


def test_logger_level_case_insensitive() -> None:
    assert LoggerConfig.model_validate({"level": "DEBUG"}).level == "debug"
    with pytest.raises(ValidationError):
        LoggerConfig.model_validate({"level": "verbose"})


@pytest.mark.parametrize(
    ("given", "expected"), [("/foo/", "foo"), ("foo/bar", "foo/bar"), ("/", ""), ("", "")]
)
def test_base_url_path_slashes_stripped(given: str, expected: str) -> None:
    assert ServerConfig.model_validate({"baseUrlPath": given}).base_url_path == expected
