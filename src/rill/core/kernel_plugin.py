"""The kernel's own hook implementations: the config sections the runtime itself reads, and the
`exception` element with which the runtime shows a script's uncaught exception."""

from __future__ import annotations

from collections.abc import Sequence

from rill.core.hookspecs import hookimpl
from rill.core.types import ConfigSections, ElementType
from rill.schemas.config.browser import BrowserConfig
from rill.schemas.config.client import ClientConfig
from rill.schemas.config.logger import LoggerConfig
from rill.schemas.config.plugins import PluginsConfig
from rill.schemas.config.runner import RunnerConfig
from rill.schemas.config.server import ServerConfig

#: The module of the props models, named rather than imported: a server never needs them
#: (tests and the TypeScript generator do, through `ElementType.props_model()`).
_PROPS = "rill.schemas.elements"


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


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return [
        ElementType(
            "exception",
            props=f"{_PROPS}:ExceptionProps",
            apptest="rill.testing.v1.element_tree.text:Exception",
        )
    ]
