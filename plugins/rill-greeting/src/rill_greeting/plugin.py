"""Hook implementations of the greeting plugin."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import click
from pydantic import Field

from rill.plugins import ConfigSection, ConfigSections, command, current_kernel, hookimpl


class GreetingConfig(ConfigSection):
    """Settings of the greeting plugin."""

    salutation: str = Field("Hello", min_length=1, description="The word to greet with.")
    punctuation: str = Field("!", max_length=3, description="What ends a greeting.")


def _text(name: str) -> str:
    config = current_kernel().config.section("greeting", GreetingConfig)
    return f"{config.salutation}, {name}{config.punctuation}"


@command("greeting")
def greeting(name: str) -> str:
    """Show a greeting for `name` in the app and return its text."""
    import rill as st

    text = _text(name)
    st.markdown(text)
    return text


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
def rill_register_cli_commands() -> Sequence[click.Command]:
    return [greet]
