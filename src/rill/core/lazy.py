"""Lazy references: register a heavy class or function by name, import it on first use.

A plugin that registers `SQLConnection` by the class itself makes every kernel load import
SQLAlchemy, whether or not an app ever opens a connection. Registered as the string
`"rill_sql.connection:SQLConnection"` instead, nothing is imported until the first
`st.connection(type="sql")`.
"""

from __future__ import annotations

import importlib
from typing import Any

from rill.core.errors import PluginError

#: A registered value: the object itself, or `"package.module:attribute"` naming it.
Ref = Any


def is_ref(value: object) -> bool:
    """Whether `value` is a `"module:attr"` string to import later.

    Example:
        >>> is_ref("rill_sql.connection:SQLConnection"), is_ref(int)
        (True, False)
    """
    if not isinstance(value, str):
        return False
    module, sep, attr = value.partition(":")
    return bool(sep and module and attr) and all(p.isidentifier() for p in module.split("."))


def resolve(value: Ref, what: str) -> Any:
    """The object `value` names (imported now), or `value` itself when it is not a reference.

    Args:
        value: A registered value.
        what: What it is, for the error message (`"connection type 'sql'"`).

    Raises:
        PluginError: the module cannot be imported or has no such attribute.
    """
    if not is_ref(value):
        return value
    module_name, _, attr = value.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise PluginError(f"{what}: cannot import {module_name!r} (from {value!r}): {exc}") from exc
    target: Any = module
    for part in attr.split("."):
        try:
            target = getattr(target, part)
        except AttributeError:
            raise PluginError(f"{what}: {module_name!r} has no attribute {attr!r}") from None
    return target


class LazyRegistry:
    """A name → registered value mapping whose references are imported on first lookup.

    Example:
        >>> registry = LazyRegistry({"ordered": "collections:OrderedDict"}, "connection type")
        >>> registry.get("ordered").__name__
        'OrderedDict'
    """

    def __init__(self, entries: dict[str, Ref], what: str) -> None:
        self.entries = dict(entries)
        self.what = what
        self._resolved: dict[str, Any] = {}

    def __contains__(self, name: object) -> bool:
        return name in self.entries

    def __iter__(self) -> Any:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def names(self) -> list[str]:
        return sorted(self.entries)

    def get(self, name: str) -> Any:
        """The value registered as `name`, imported if it was registered by reference.

        Raises:
            KeyError: nothing is registered as `name`.
            PluginError: the reference does not import.
        """
        if name not in self._resolved:
            self._resolved[name] = resolve(self.entries[name], f"{self.what} {name!r}")
        return self._resolved[name]
