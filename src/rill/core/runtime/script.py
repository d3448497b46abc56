"""Compiling page scripts: once per change of the file, shared by every session."""

from __future__ import annotations

import ast
import sys
import threading
from pathlib import Path
from types import CodeType
from typing import Any

from rill.core.runtime.magic import add_magic

_cache: dict[tuple[str, bool], tuple[tuple[int, int], CodeType]] = {}
_lock = threading.Lock()


def compile_script(path: Path, magic: bool, source: str | None = None) -> CodeType:
    """The code object of `path`, recompiled only when the file changed.

    Args:
        path: The script.
        magic: Rewrite bare expressions into st.write calls (`runner.magicEnabled`).
        source: Compile this text instead of reading the file (AppTest.from_string).

    Raises:
        SyntaxError: the script does not parse; the message names the file and line.
    """
    key = (str(path), magic)
    if source is None:
        stat = path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
    else:
        stamp = (hash(source), -1)
    with _lock:
        cached = _cache.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    if source is None:
        source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(path))
    if magic:
        tree = add_magic(tree)
    code = compile(tree, str(path), "exec", dont_inherit=True)
    with _lock:
        _cache[key] = (stamp, code)
    return code


def forget(path: Path) -> None:
    """Drop cached code for `path` (its file, or a module it imports, changed)."""
    with _lock:
        for key in [k for k in _cache if k[0] == str(path)]:
            del _cache[key]


def exec_script(code: CodeType, page: Path) -> None:
    """Run a compiled page as `__main__`, its folder importable (as `python page.py` would)."""
    from rill.core.runtime.commands import KNOWN_COMMANDS

    namespace: dict[str, Any] = {
        "__name__": "__main__",
        "__file__": str(page),
        "__builtins__": __builtins__,
        "__rill_magic__": KNOWN_COMMANDS.get("write", _no_magic),
    }
    directory = str(page.parent.resolve())
    if directory not in sys.path:
        sys.path.insert(0, directory)
    exec(code, namespace)


def _no_magic(*args: Any, **kwargs: Any) -> None:
    """Stands in for st.write when the write command is not available."""
