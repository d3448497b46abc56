"""`[runner]`: how app scripts are executed and rerun."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from rill.schemas.config.base import ConfigSection


class RunnerConfig(ConfigSection):
    """Settings for the script runner."""

    magic_enabled: bool = Field(
        default=True,
        description="Display bare expressions on their own line as if passed to `write`.",
    )
    fast_reruns: bool = Field(
        default=True,
        description="Stop a running script as soon as a widget changes and start a fresh run.",
    )
    enum_coercion: Literal["off", "nameOnly", "nameAndValue"] = Field(
        default="nameOnly",
        description=(
            "How enum options from a previous run are matched to the redefined enum class: "
            "off, by member name, or by name and value."
        ),
    )
    post_script_gc: bool = Field(
        default=True,
        alias="postScriptGC",
        description="Run a full garbage collection after every script run to return memory sooner.",
    )
