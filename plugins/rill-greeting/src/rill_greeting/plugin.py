"""Hook implementations of the greeting plugin."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import click
from pydantic import Field

from rill.plugins import (
    ConfigSection,
    ConfigSections,
    ElementType,
    command,
    current_kernel,
    hookimpl,
    register_widget,
)

STATIC = Path(__file__).parent / "static"


class GreetingConfig(ConfigSection):
    """Settings of the greeting plugin."""

    salutation: str = Field("Hello", min_length=1, description="The word to greet with.")
    punctuation: str = Field("!", max_length=3, description="What ends a greeting.")


def _text(name: str) -> str:
    config = current_kernel().config.section("greeting", GreetingConfig)
    return f"{config.salutation}, {name}{config.punctuation}"


def _waves(wire: Any) -> int:
    if isinstance(wire, bool) or not isinstance(wire, int) or wire < 0:
        raise ValueError("waves are counted with a non-negative integer")
    return wire


@command("greeting")
def greeting(name: str, *, key: str | None = None) -> int:
    """Show a greeting card for `name` with a Wave button; returns how often it was waved at.

    Drawn in the browser by the plugin's own ES module (`static/greeting.js`), which rill loads
    on first use: the plugin needs no rebuild of rill's frontend.

    Example:
        waves = st.greeting("Ada")
        st.write(f"Ada was waved at {waves} times")
    """
    return int(
        register_widget(
            "greeting",
            {"text": _text(name)},
            key=key,
            params={"name": name},
            default=0,
            deserialize=_waves,
            serialize=int,
        )
    )


@click.command("greet")
@click.argument("name")
def greet(name: str) -> None:
    """Print the configured greeting for NAME."""
    click.echo(_text(name))


@hookimpl
def rill_register_config_sections() -> ConfigSections:
    return {"greeting": GreetingConfig}


@hookimpl
def rill_register_commands() -> Mapping[str, Callable[..., Any]]:
    return {"greeting": greeting}


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return [ElementType("greeting", module="greeting.js", assets=str(STATIC), widget=True)]


@hookimpl
def rill_register_cli_commands() -> Sequence[click.Command]:
    return [greet]
