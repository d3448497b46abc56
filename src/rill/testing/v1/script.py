"""Where an AppTest's script comes from: a file, a string, or the body of a function.

A script given as a string (or a function) is written to a file in a temporary directory, named
by a hash of its text, so that tracebacks show its lines like those of any script.
"""

from __future__ import annotations

import hashlib
import inspect
import tempfile
import textwrap
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rill.core.runtime.context import require_ctx

#: Session stash key of the arguments `AppTest.from_function` passes to the function.
ARGS_KEY = "apptest.args"

_lock = threading.Lock()
_tmp: tempfile.TemporaryDirectory[str] | None = None


def _directory() -> Path:
    global _tmp
    with _lock:
        if _tmp is None:
            _tmp = tempfile.TemporaryDirectory(prefix="rill-apptest-")
        return Path(_tmp.name)


def write_script(source: str) -> Path:
    """Write `source` (dedented) to a script file and return its path."""
    text = textwrap.dedent(source)
    digest = hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest()
    path = _directory() / f"app_{digest}.py"
    if not path.exists():
        path.write_text(text, encoding="utf-8")
    return path


def function_script(function: Callable[..., Any]) -> str:
    """A script that defines `function` from its source and calls it.

    The call passes the arguments given to `AppTest.from_function`, kept on the session.
    """
    lines, _ = inspect.getsourcelines(function)
    source = textwrap.dedent("".join(lines))
    name = getattr(function, "__name__", "script")
    return (
        f"{source}\n"
        "from rill.testing.v1.script import call_args as __rill_call_args\n"
        "__args, __kwargs = __rill_call_args()\n"
        f"{name}(*__args, **__kwargs)\n"
    )


def call_args() -> tuple[tuple[Any, ...], dict[str, Any]]:
    """The arguments of the function script of the running session."""
    args, kwargs = require_ctx("from_function").session.stash.get(ARGS_KEY, ((), {}))
    return tuple(args), dict(kwargs)


def resolve_script(script_path: str | Path, caller: str) -> Path:
    """The script file `AppTest.from_file` was given.

    A relative path is relative to the directory of the file that called `from_file` (the test
    module), like Streamlit; failing that, to the working directory.

    Raises:
        FileNotFoundError: no such file.
    """
    path = Path(script_path)
    if not path.is_absolute():
        beside_caller = Path(caller).parent / path
        path = beside_caller if beside_caller.is_file() or not path.is_file() else path
    if not path.is_file():
        raise FileNotFoundError(
            f"AppTest script not found at {path.resolve()}. Relative paths are resolved "
            "against the file that calls AppTest.from_file()."
        )
    return path.resolve()
