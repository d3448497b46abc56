"""The kernel's own hook implementations: the config sections the runtime itself reads."""

from __future__ import annotations

from rill.core.hookspecs import hookimpl
from rill.core.types import ConfigSections
from rill.schemas.config.browser import BrowserConfig
from rill.schemas.config.client import ClientConfig
from rill.schemas.config.logger import LoggerConfig
from rill.schemas.config.plugins import PluginsConfig
from rill.schemas.config.runner import RunnerConfig
from rill.schemas.config.server import ServerConfig


@hookimpl
def rill_register_config_sections() -> ConfigSections:
    return {
        "plugins": PluginsConfig,
        "server": ServerConfig,
        "client": ClientConfig,
        "runner": RunnerConfig,
        "logger": LoggerConfig,
        "browser": BrowserConfig,
    }
