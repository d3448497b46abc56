"""A short description of a function, class, module or object, for `st.write` to show.

It stands in for `st.help` (a richer element of its own) until that exists: the object's name
and signature, then the first paragraph of its docstring.
"""

from __future__ import annotations

import inspect
import re
from typing import Any

#: `str()` of objects that define no text of their own: `<app.Thing object at 0x7f...>`.
_MEMORY_ADDRESS = re.compile(r"^<.+ at 0x[0-9a-fA-F]+>$", re.DOTALL)

_MAX_REPR = 300


def has_memory_address(text: str) -> bool:
    """Whether `text` is a default `repr`, which says nothing but the object's address."""
    return _MEMORY_ADDRESS.match(text) is not None


def _signature(obj: Any) -> str:
    try:
        return str(inspect.signature(obj))
    except (TypeError, ValueError):
        return "(...)"


def _summary(obj: Any) -> str:
    doc = inspect.getdoc(obj) or ""
    return doc.split("\n\n", 1)[0].strip()


def _head(obj: Any) -> str:
    if inspect.ismodule(obj):
        return f"module {obj.__name__}"
    if inspect.isclass(obj):
        return f"class {obj.__qualname__}{_signature(obj)}"
    if inspect.isroutine(obj):
        name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", repr(obj))
        return f"{name}{_signature(obj)}"
    text = repr(obj)
    if len(text) > _MAX_REPR:
        text = text[: _MAX_REPR - 1] + "…"
    return f"{type(obj).__qualname__} object: {text}"


def describe(obj: Any) -> str:
    """The name, signature and docstring summary of `obj`, as plain text.

    Example:
        describe(len)  # "len(obj, /)\\n\\nReturn the number of items in a container."
    """
    summary = _summary(obj)
    head = _head(obj)
    return f"{head}\n\n{summary}" if summary else head
