"""Hook implementations of the theme plugin."""

from __future__ import annotations

from collections.abc import Sequence

from rill.plugins import ConfigSections, Theme, hookimpl
from rill.schemas.config.theme import ThemeConfig


@hookimpl
def rill_register_config_sections() -> ConfigSections:
    return {"theme": ThemeConfig}


@hookimpl
def rill_register_themes() -> Sequence[Theme]:
    return [Theme("light", "light"), Theme("dark", "dark")]
