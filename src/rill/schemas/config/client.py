"""`[client]`: what the browser shows to the people using an app."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from rill.schemas.config.base import ConfigSection

ErrorDetails = Literal["full", "stacktrace", "type", "none"]


class ClientConfig(ConfigSection):
    """Settings for the browser side of an app."""

    show_error_details: ErrorDetails = Field(
        default="full",
        description=(
            "How much of an uncaught exception users see: full, stacktrace, type or none "
            "(true and false mean full and none)."
        ),
    )
    toolbar_mode: Literal["auto", "developer", "viewer", "minimal"] = Field(
        default="auto",
        description=(
            "Which toolbar menu items appear; `auto` shows developer items only on localhost."
        ),
    )
    show_sidebar_navigation: bool = Field(
        default=True,
        description="List the app's pages in the sidebar of a multipage app.",
    )

    @field_validator("show_error_details", mode="before")
    @classmethod
    def _from_bool(cls, value: object) -> object:
        # Older configs (and environment variables) spell this setting as a boolean.
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            value = value.strip().lower() == "true"
        if isinstance(value, bool):
            return "full" if value else "none"
        return value
