"""`[logger]`: the verbosity and format of rill's own log output."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from rill.schemas.config.base import ConfigSection


class LoggerConfig(ConfigSection):
    """Settings for rill's internal logging."""

    level: Literal["error", "warning", "info", "debug"] = Field(
        default="info",
        description="Lowest severity that is logged: error, warning, info or debug.",
    )
    message_format: str = Field(
        default="%(asctime)s %(levelname)s %(name)s: %(message)s",
        description="A `logging` format string applied to every log line.",
    )

    @field_validator("level", mode="before")
    @classmethod
    def _lower(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value
