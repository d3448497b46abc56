"""`st.echo`: show the code of a `with` block from the script's file, and run it."""

from __future__ import annotations

import ast
import functools
import os
import sys
import textwrap
import tokenize
from typing import Literal

from rill.plugins import RillAPIError, command, find_command, get_script_run_ctx


@functools.lru_cache(maxsize=16)
def _parsed(filename: str, mtime_ns: int) -> tuple[ast.Module, list[str]]:
    # The modification time is part of the key: an edited script is read again.
    with tokenize.open(filename) as file:  # honours a coding declaration
        source = file.read()
    return ast.parse(source, filename), source.splitlines(keepends=True)


def _header_end(node: ast.With | ast.AsyncWith) -> int:
    """The last line of the `with` statement's header (where its colon is)."""
    ends = [node.lineno]
    for item in node.items:
        ends.append(item.context_expr.end_lineno or item.context_expr.lineno)
        if item.optional_vars is not None:
            ends.append(item.optional_vars.end_lineno or item.optional_vars.lineno)
    return max(ends)


def block_source(filename: str, line: int) -> str:
    """The dedented source of the body of the `with` statement whose header holds `line`.

    Comment lines at the top of the body are part of it; a body on the header's own line
    (`with st.echo(): f()`) is its statements.

    Raises:
        OSError: the file cannot be read.
        LookupError: no `with` statement has `line` in its header.
    """
    tree, lines = _parsed(filename, os.stat(filename).st_mtime_ns)
    found: ast.With | ast.AsyncWith | None = None
    for node in ast.walk(tree):
        if not isinstance(node, ast.With | ast.AsyncWith):
            continue
        # Of nested statements holding the line, the innermost (the last to start) wins.
        if node.lineno <= line <= _header_end(node) and (
            found is None or node.lineno >= found.lineno
        ):
            found = node
    if found is None:
        raise LookupError(f"no with statement on line {line} of {filename}")
    header_end = _header_end(found)
    first = found.body[0]
    if first.lineno <= header_end:
        segments = [ast.get_source_segment("".join(lines), stmt) or "" for stmt in found.body]
        return "\n".join(segments) + "\n"
    end = found.end_lineno or first.lineno
    return textwrap.dedent("".join(lines[header_end:end]))


class Echo:
    """What `st.echo()` returns: a context manager that shows its block's code."""

    def __init__(self, code_location: str) -> None:
        self._below = code_location == "below"
        self._code: str | None = None
        self._problem: str | None = None

    def __enter__(self) -> None:
        if get_script_run_ctx() is None:
            return
        caller = sys._getframe(1)
        try:
            self._code = block_source(caller.f_code.co_filename, caller.f_lineno)
        except (OSError, SyntaxError, LookupError) as exc:
            self._problem = f"Unable to display code. {exc}"
        if not self._below:
            self._show()

    def __exit__(self, typ: type[BaseException] | None, *exc: object) -> None:
        if self._below and typ is None:
            self._show()

    def _show(self) -> None:
        if get_script_run_ctx() is None:
            return
        if self._code is not None:
            find_command("code")(self._code, language="python")
        elif self._problem is not None:
            find_command("warning")(self._problem)


@command("status")
def echo(code_location: Literal["above", "below"] = "above") -> Echo:
    """Show the code of a `with` block in the app, and run it.

    The code is read from the script's file, so what the app shows is exactly what runs.

    Args:
        code_location: Show the code `"above"` what the block writes (default) or `"below"` it.

    Returns:
        A context manager.

    Example:
        with st.echo():
            st.write("This code is shown above what it writes.")
    """
    if code_location not in ("above", "below"):
        raise RillAPIError(
            f'The `code_location` argument of st.echo must be "above" or "below", '
            f"not {code_location!r}."
        )
    return Echo(code_location)
