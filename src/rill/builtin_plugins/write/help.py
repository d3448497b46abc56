"""`st.help`: an object's name, type, signature, docstring and members, as an element."""

from __future__ import annotations

import ast
import importlib
import inspect
import linecache
import sys
import types
from pathlib import Path
from typing import Any

from rill.builtin_plugins.write.describe import has_memory_address
from rill.plugins import Container, add_element, command

#: Frames in files below this directory are rill's; the caller's line is the first one outside.
_RILL_DIR = str(Path(__file__).resolve().parents[2])

#: Longest repr shown for a value (the object's or a member's), in characters.
MAX_REPR = 300

#: Most members listed: enough for the largest modules, bounded for pathological objects.
MAX_MEMBERS = 2000

_DEFAULT = object()


@command("write")
def help(obj: Any = _DEFAULT) -> Container:
    """Show what an object is and how to use it.

    The element shows the expression passed (`st.help(df.groupby)` shows `df.groupby`), the
    object's type, its value or qualified name, its call signature and docstring, then its
    public attributes and methods: plain values with their repr, methods and classes with the
    first line of their docstring, properties without being evaluated.

    Args:
        obj: Any object: a module, class, function, method, builtin or instance. Without it,
            rill itself is described.

    Returns:
        The element's handle: writing to it replaces the element.

    Example:
        import collections

        st.help(collections.Counter)
        st.help(st.metric)
    """
    if obj is _DEFAULT:
        obj = sys.modules.get("rill") or importlib.import_module("rill")
        name = None
    else:
        name = _argument_text(sys._getframe(1))
    return add_element("help", describe_object(obj, name))


def describe_object(obj: Any, name: str | None = None) -> dict[str, Any]:
    """The props of a `help` element for `obj` (`name`: the expression that gave it).

    Example:
        describe_object(len)["signature"]  # "(obj, /)"
    """
    value = _plain_value(obj)
    if value is None:
        value = _qualified_name(obj)
    return {
        "name": name,
        "type": _type_name(obj),
        "value": None if value == name else value,
        "signature": _signature(obj),
        "doc": _docstring(obj),
        "members": _members(obj),
    }


def _type_name(obj: Any) -> str:
    return "class" if inspect.isclass(obj) else type(obj).__name__


def _qualified_name(obj: Any) -> str | None:
    if inspect.ismodule(obj):
        return obj.__name__
    name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    if not isinstance(name, str):
        return None
    module = getattr(obj, "__module__", None)
    return f"{module}.{name}" if isinstance(module, str) and module != "builtins" else name


def _plain_value(obj: Any) -> str | None:
    """A short repr of a value; None for modules, classes, callables and bare addresses."""
    if inspect.isclass(obj) or inspect.ismodule(obj) or callable(obj):
        return None
    try:
        text = repr(obj)
    except Exception:  # a broken __repr__ must not break the page
        return None
    if has_memory_address(text):
        return None
    text = text.strip()
    return text if len(text) <= MAX_REPR else text[: MAX_REPR - 1] + "…"


def _signature(obj: Any) -> str | None:
    if not (inspect.isclass(obj) or callable(obj)):
        return None
    try:
        try:
            # Annotations written as strings (`from __future__ import annotations`) read
            # better evaluated; those that cannot be (names imported for type checking only)
            # are shown as written.
            return str(inspect.signature(obj, eval_str=True))
        except Exception:
            return str(inspect.signature(obj))
    except ValueError:  # a builtin without signature metadata
        return "(...)"
    except TypeError:
        return None


def _docstring(obj: Any) -> str | None:
    try:
        doc = inspect.getdoc(obj)
    except Exception:
        return None
    return doc.strip() if doc and doc.strip() else None


def _first_line(doc: str | None) -> str | None:
    return doc.partition("\n")[0].strip() or None if doc else None


def _members(obj: Any) -> list[dict[str, Any]]:
    """Public attributes, plain values first, then callables, then classes; each by name."""
    try:
        names = [name for name in dir(obj) if not name.startswith("_")]
    except Exception:
        return []
    found: list[tuple[int, dict[str, Any]]] = []
    for name in names[:MAX_MEMBERS]:
        member = _member(obj, name)
        if member is not None:
            found.append(member)
    found.sort(key=lambda item: (item[0], item[1]["name"]))
    return [member for _, member in found]


def _member(obj: Any, name: str) -> tuple[int, dict[str, Any]] | None:
    try:
        static = inspect.getattr_static(obj, name)
    except AttributeError:
        static = None
    if isinstance(static, property) or inspect.isgetsetdescriptor(static):
        # Reading a property runs code (it may be slow or fail): describe it instead.
        return 0, {"name": name, "type": "property", "doc": _first_line(_docstring(static))}
    try:
        value = getattr(obj, name)
    except Exception:
        return None
    if isinstance(value, types.ModuleType):
        return None  # submodules are navigated to, not listed
    weight = 2 if inspect.isclass(value) else 1 if callable(value) else 0
    member: dict[str, Any] = {"name": name, "type": _type_name(value)}
    plain = _plain_value(value)
    if plain is not None:
        member["value"] = plain
    else:
        member["doc"] = _first_line(_docstring(value))
    return weight, member


def _argument_text(frame: types.FrameType | None) -> str | None:
    """The source of the first argument of the st.help call the script made, if it can be read.

    The caller is the first frame outside rill (the command wrapper and `col.help` are inside).
    """
    while frame is not None and frame.f_code.co_filename.startswith(_RILL_DIR):
        frame = frame.f_back
    if frame is None:
        return None
    try:
        positions = inspect.getframeinfo(frame, context=0).positions
        source = (_source(frame.f_code.co_filename, positions) or "").strip()
        call = ast.parse(source, mode="eval").body if source else None
    except (SyntaxError, ValueError, TypeError, OSError):
        return None
    if not isinstance(call, ast.Call) or not call.args:
        return None
    arg = call.args[0]
    if isinstance(arg, ast.NamedExpr) and isinstance(arg.target, ast.Name):
        return arg.target.id
    if isinstance(arg, ast.Constant):
        return None
    return ast.get_source_segment(source, arg)


def _source(filename: str, positions: Any) -> str | None:
    """The text between the start and end positions of the call instruction."""
    if positions is None or positions.lineno is None or positions.end_lineno is None:
        return None
    # Column offsets count UTF-8 bytes, not characters.
    lines = [
        linecache.getline(filename, number).encode()
        for number in range(positions.lineno, positions.end_lineno + 1)
    ]
    if not lines[0]:
        return None
    lines[-1] = lines[-1][: positions.end_col_offset]
    lines[0] = lines[0][positions.col_offset :]
    return b"".join(lines).decode(errors="replace")
