"""The `rill` subcommands, as a click group (`rill.core.cli.main` is the entry point).

Builtin commands are defined here; plugins add theirs through `rill_register_cli_commands`,
loaded only when `rill` meets a command name it does not know or lists its commands.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import click

from rill.core.cli import SCRIPT_ARGS, fail, load_kernel, run_script, split_flags
from rill.version import __version__

FLAG_CONTEXT = {"ignore_unknown_options": True, "allow_extra_args": True}


def app_arguments(ctx: click.Context, args: Sequence[str]) -> tuple[list[str], list[str]]:
    """A command's config flags, and the app's arguments (after `--`) for its sys.argv."""
    flags, script_args = split_flags(args)
    return flags, [*script_args, *(ctx.obj or {}).get(SCRIPT_ARGS, [])]


class RillGroup(click.Group):
    """A click group that also offers the commands plugins register."""

    def _plugin_commands(self) -> dict[str, click.Command]:
        kernel = load_kernel()
        commands: dict[str, click.Command] = {}
        for plugin, result in kernel.collect("rill_register_cli_commands"):
            for cmd in result:
                name = cmd.name or ""
                if name in self.commands or name in commands:
                    fail(f"plugin {plugin!r} registers the command {name!r}, which exists")
                commands[name] = cmd
        return commands

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*super().list_commands(ctx), *sorted(self._plugin_commands())]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        found = super().get_command(ctx, cmd_name)
        if found is not None:
            return found
        return self._plugin_commands().get(cmd_name)


@click.group(cls=RillGroup)
@click.version_option(__version__, prog_name="rill")
def cli() -> None:
    """rill: turn Python scripts into interactive web apps."""


@cli.command()
def version() -> None:
    """Print rill's version."""
    click.echo(f"rill {__version__}")


@cli.command(context_settings=FLAG_CONTEXT)
@click.argument("script", type=click.Path(dir_okay=False))
@click.pass_context
def run(ctx: click.Context, script: str) -> None:
    """Run SCRIPT as an app.

    Config flags such as `--server.port 8502` follow the script; arguments after `--` reach the
    script's sys.argv.
    """
    flags, script_args = app_arguments(ctx, ctx.args)
    run_script(script, flags, script_args)


@cli.command(context_settings=FLAG_CONTEXT)
@click.pass_context
def hello(ctx: click.Context) -> None:
    """Run the demo app.

    Takes the same `--section.option value` flags as `rill run`.
    """
    flags, script_args = app_arguments(ctx, ctx.args)
    kernel = load_kernel(flags)
    from rill.core.server.serve import serve_script

    serve_script(kernel, Path(__file__).resolve().parent.parent / "hello" / "app.py", script_args)


@cli.group()
def config() -> None:
    """Show the effective config or its JSON Schema."""


@config.command("show", context_settings=FLAG_CONTEXT)
@click.pass_context
def config_show(ctx: click.Context) -> None:
    """Print the effective config as commented TOML.

    Takes the same `--section.option value` flags as `rill run`, so it shows exactly what a run
    with them would use.
    """
    from rill.core.config.render import to_toml

    flags, _ = split_flags(ctx.args)
    click.echo(to_toml(load_kernel(flags).config), nl=False)


@config.command("schema")
def config_schema() -> None:
    """Print the JSON Schema of config.toml (every active section)."""
    from rill.core.config.render import json_schema

    click.echo(json.dumps(json_schema(load_kernel().section_models), indent=2))


@cli.group()
def plugins() -> None:
    """Inspect plugins."""


@plugins.command("list")
def plugins_list() -> None:
    """List every plugin: name, source, whether it is enabled, and the hooks it implements."""
    rows = [
        (info.name, info.source, "enabled" if info.enabled else "disabled", ", ".join(info.hooks))
        for info in load_kernel().plugin_infos()
    ]
    header = ("NAME", "SOURCE", "STATE", "HOOKS")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(3)]
    for row in [header, *rows]:
        cells = [cell.ljust(widths[i]) for i, cell in enumerate(row[:3])]
        click.echo("  ".join([*cells, row[3]]))
