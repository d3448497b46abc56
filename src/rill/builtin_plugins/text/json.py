"""`st.json`, and turning Python objects into JSON text that always parses."""

from __future__ import annotations

import dataclasses
import datetime
import decimal
import enum
import json as jsonlib
import math
import uuid
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any, Literal

from rill.plugins import Container, RillAPIError, add_element, command

#: How deep `to_json_text` follows nested containers before showing the rest as text.
MAX_DEPTH = 100


def to_json_text(body: object) -> str:
    """JSON text for `body`, whatever it holds.

    Mappings become objects (keys as text), sets, tuples and other iterables become arrays,
    dataclasses and pydantic models their fields, dates ISO 8601 text, NumPy and pandas values
    their Python equivalents; anything else is shown as its `str()`. Infinite and NaN numbers
    become the strings `"Infinity"`, `"-Infinity"` and `"NaN"`, since JSON has no such numbers.
    """
    return jsonlib.dumps(_plain(body, 0, set()), ensure_ascii=False, allow_nan=False)


def _plain(value: Any, depth: int, seen: set[int]) -> Any:
    """`value` as nested dicts, lists, strings, numbers, bools and None."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else _non_finite(value)
    if depth >= MAX_DEPTH or id(value) in seen:
        return str(value)
    seen.add(id(value))
    try:
        return _container(value, depth + 1, seen)
    finally:
        seen.discard(id(value))


def _container(value: Any, depth: int, seen: set[int]) -> Any:
    if hasattr(value, "to_dict") and type(value).__module__.startswith("rill"):
        value = value.to_dict()  # st.session_state, st.query_params
    if isinstance(value, Mapping):
        return {_key(k): _plain(v, depth, seen) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        if hasattr(value, "_asdict"):  # a named tuple reads best as an object
            return _plain(value._asdict(), depth, seen)
        items = sorted(value, key=repr) if isinstance(value, set | frozenset) else value
        return [_plain(item, depth, seen) for item in items]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
        return _plain(fields, depth, seen)
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return _plain(value.value, depth, seen)
    if isinstance(value, decimal.Decimal | uuid.UUID | PurePath | datetime.timedelta):
        return str(value)
    if isinstance(value, bytes | bytearray):
        return value.decode("utf-8", errors="replace")
    foreign = _foreign(value)
    if foreign is not value:
        return _plain(foreign, depth, seen)
    if isinstance(value, map | filter | enumerate | zip | range) or _is_view(value):
        return [_plain(item, depth, seen) for item in value]
    return str(value)


def _foreign(value: Any) -> Any:
    """A NumPy, pandas or pydantic value as plain Python, or `value` itself."""
    module = type(value).__module__.partition(".")[0]
    if module == "numpy":
        if hasattr(value, "tolist"):
            return value.tolist()
    elif module == "pandas":
        if hasattr(value, "to_dict"):
            return value.to_dict()  # DataFrame: {column: {index: value}}; Series: {index: value}
        if hasattr(value, "tolist"):
            return value.tolist()
    elif hasattr(value, "model_dump") and callable(value.model_dump):
        return value.model_dump(mode="json")
    return value


def _is_view(value: Any) -> bool:
    return type(value).__name__ in ("dict_keys", "dict_values", "dict_items")


def _key(key: Any) -> str:
    if isinstance(key, str):
        return key
    if isinstance(key, bool) or key is None:
        return jsonlib.dumps(key)
    return str(key)


def _non_finite(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    return "Infinity" if value > 0 else "-Infinity"


@command("text")
def json(
    body: object,
    *,
    expanded: bool | int = True,
    width: Literal["stretch", "content"] | int = "stretch",
) -> Container:
    """Show an object, or a string of JSON, as a collapsible tree.

    The tree works by keyboard like a file tree: Up and Down move between lines, Right opens a
    closed object or array (or moves into an open one), Left closes it (or moves to its
    parent), Home and End go to the first and last line, Enter and Space open or close.

    Args:
        body: The object to show, or JSON text (a string is taken to be serialized JSON).
            Objects that JSON cannot express are converted as well as possible: sets become
            arrays, dates ISO text, dataclasses objects, anything else its `str()`.
        expanded: True to show the tree open, False closed, or an integer: the number of
            levels shown open (0 is the same as False).
        width: "stretch" (the container's width), "content", or a width in pixels.

    Returns:
        The element's handle: writing to it replaces the tree.

    Example:
        st.json({"name": "rill", "plugins": ["text", "layout"], "stable": True}, expanded=1)
    """
    if not isinstance(expanded, int) or (not isinstance(expanded, bool) and expanded < 0):
        raise RillAPIError(
            f"The `expanded` argument of st.json must be a boolean or a non-negative integer, "
            f"not {expanded!r}."
        )
    text = body if isinstance(body, str) else to_json_text(body)
    props: dict[str, Any] = {"body": text, "expanded": expanded}
    if width != "stretch":
        props["width"] = _width(width)
    return add_element("json", props)


def _width(width: object) -> str | int:
    if width == "content":
        return "content"
    if isinstance(width, int) and not isinstance(width, bool) and width > 0:
        return width
    raise RillAPIError(
        f"The `width` argument of st.json must be 'stretch', 'content' or a positive number of "
        f"pixels, not {width!r}."
    )
