"""`[plugins]`: which plugins run, for locked-down deployments."""

from __future__ import annotations

from pydantic import Field, model_validator

from rill.schemas.config.base import ConfigSection


class PluginsConfig(ConfigSection):
    """Which plugins are loaded. The kernel itself can never be disabled."""

    disabled: list[str] = Field(
        default_factory=list,
        description="Plugins that must not run, by name (see `rill plugins list`).",
    )
    enabled: list[str] | None = Field(
        default=None,
        description=(
            "Allow-list: when set, only these plugins run (plus the kernel); every other "
            "plugin, builtin or installed, is disabled."
        ),
    )
    load_entry_points: bool = Field(
        default=True,
        description="Discover installed third-party plugins (the `rill.plugins` entry point).",
    )

    @model_validator(mode="after")
    def _not_both(self) -> PluginsConfig:
        if self.enabled is not None and self.disabled:
            raise ValueError("set either `enabled` (an allow-list) or `disabled`, not both")
        return self
