"""`[browser]`: how the server refers to itself in links it prints and opens."""

from __future__ import annotations

from pydantic import Field

from rill.schemas.config.base import ConfigSection


class BrowserConfig(ConfigSection):
    """Where browsers are told to find the app."""

    server_address: str = Field(
        default="localhost",
        description="Host name used in the URL that is printed and opened, e.g. behind a proxy.",
    )
    server_port: int | None = Field(
        default=None,
        ge=1,
        le=65535,
        description="Port used in that URL; defaults to `server.port` when unset.",
    )
    gather_usage_stats: bool = Field(
        default=True,
        description="Accepted so existing configs load; rill never sends telemetry either way.",
    )
