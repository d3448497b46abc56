"""The public API for plugin authors.

Everything a plugin needs is importable from here: the `hookimpl` marker, the types hooks take
and return, the config section base class, and the errors. See docs/plugins/.

Example:
    from rill.plugins import ConfigSection, hookimpl

    @hookimpl
    def rill_register_config_sections():
        return {"greeting": GreetingConfig}
"""

from rill.core.errors import ConfigError, FeatureDisabledError, NoSessionContext, RillError
from rill.core.hookspecs import hookimpl
from rill.core.kernel import Kernel
from rill.core.runtime.commands import command
from rill.core.runtime.context import current_kernel, get_script_run_ctx
from rill.core.runtime.tree import Container, RillAPIError, add_element
from rill.core.runtime.widgets import register_widget
from rill.core.types import (
    ConfigSections,
    ElementType,
    PageSource,
    Route,
    SessionStore,
    Theme,
)
from rill.schemas.config.base import ConfigSection

__all__ = [
    "ConfigError",
    "ConfigSection",
    "ConfigSections",
    "Container",
    "ElementType",
    "FeatureDisabledError",
    "Kernel",
    "NoSessionContext",
    "PageSource",
    "RillAPIError",
    "RillError",
    "Route",
    "SessionStore",
    "Theme",
    "add_element",
    "command",
    "current_kernel",
    "get_script_run_ctx",
    "hookimpl",
    "register_widget",
]
