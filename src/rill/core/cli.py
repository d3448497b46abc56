"""The `rill` command line: its entry point, which starts `rill run SCRIPT` without click.

`main` recognises the command a deployment starts, `rill run app.py [--section.option value
...] [-- args]`, and runs it at once. Everything else, and a run with anything unusual (`--help`,
an option before the script, a script that is not an existing `.py` file), goes to the click
group of `rill.core.cli_commands`, which defines every command, prints help and reports usage
errors. Importing click and building the group costs about 30 ms, a twentieth of the time from
launch to a listening server. Errors a user can fix print as one line and exit with status 2.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rill.core.errors import RillError

if TYPE_CHECKING:
    from rill.core.kernel import Kernel

#: Key of the app's own arguments (those after `--`) in the click context's `obj`.
SCRIPT_ARGS = "script_args"


def fail(message: str) -> None:
    """Print `message` as one error line and exit with status 2."""
    print(f"Error: {message}", file=sys.stderr, flush=True)
    sys.exit(2)


def load_kernel(flags: Sequence[str] = ()) -> Kernel:
    """The kernel for a CLI command, or a one-line error and exit 2."""
    from rill.core.kernel import Kernel  # imported after `main` turned the cyclic GC off

    try:
        return Kernel.load(flags=flags)
    except RillError as exc:
        fail(str(exc))
        raise AssertionError("unreachable") from None


def split_flags(args: Sequence[str]) -> tuple[list[str], list[str]]:
    """`[--server.port, 8502, --, a, b]` → (config flags, script args)."""
    items = list(args)
    if "--" in items:
        cut = items.index("--")
        return items[:cut], items[cut + 1 :]
    return items, []


def run_script(script: str, flags: Sequence[str], script_args: Sequence[str]) -> None:
    """`rill run`: serve `script` with config `flags`; the app sees `script_args` in sys.argv."""
    path = Path(script)
    if not path.is_file():
        fail(f"{script}: no such file")
    if path.suffix != ".py":
        fail(f"{script}: expected a Python script (.py)")
    kernel = load_kernel(flags)
    from rill.core.server.serve import serve_script

    serve_script(kernel, path, script_args)


def plain_run(args: Sequence[str]) -> bool:
    """Whether `args` (those before any `--`) are `run SCRIPT [flags]`, parsed alike by click.

    Click would take the first argument after `run` as the script and keep the rest, unknown
    options included, as the command's arguments; `--help` anywhere is its own.
    """
    if len(args) < 2 or args[0] != "run" or args[1].startswith("-") or "--help" in args:
        return False
    path = Path(args[1])
    return path.suffix == ".py" and path.is_file()


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the `rill` console script."""
    # Start-up makes tens of thousands of objects that live as long as the process (modules,
    # classes, pydantic validators); the cyclic GC, run while they are made, only scans them
    # again and again: about a tenth of `rill run`'s time to listening. A server turns it back
    # on soon after it listens (`rill.core.server.serve.settle_startup_heap`).
    gc.disable()
    args = list(sys.argv[1:] if argv is None else argv)
    # click drops a `--` before commands see their arguments, so what follows it (the app's own
    # arguments) is set aside here and handed to `run` and `hello` through the context.
    script_args: list[str] = []
    if "--" in args:
        cut = args.index("--")
        args, script_args = args[:cut], args[cut + 1 :]
    try:
        if plain_run(args):
            run_script(args[1], args[2:], script_args)
            return
        from rill.core.cli_commands import cli

        cli.main(args=args, prog_name="rill", standalone_mode=True, obj={SCRIPT_ARGS: script_args})
    except RillError as exc:
        fail(str(exc))
    except KeyboardInterrupt:  # as click's standalone mode reports it
        print("\nAborted!", file=sys.stderr)
        sys.exit(1)
    finally:
        gc.enable()
