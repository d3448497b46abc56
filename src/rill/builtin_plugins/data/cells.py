"""A value the browser typed into a data editor's cell, checked against its column.

Everything here comes from the network. A value of the wrong type, out of the column's
bounds, not among its options, or for a read-only column is refused with `BadCell`; the
editor drops that one cell (logging why) and keeps the rest of the edit.
"""

from __future__ import annotations

import datetime
import math
import re
from typing import Any

#: The longest text a cell takes.
MAX_TEXT = 100_000


class BadCell(ValueError):
    """A cell value that does not fit its column."""


def _number(value: Any) -> float | int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BadCell(f"{value!r} is not a number")
    if isinstance(value, float) and not math.isfinite(value):
        raise BadCell(f"{value!r} is not a finite number")
    return value


def _bounded(value: float | int, spec: dict[str, Any]) -> float | int:
    low, high = spec.get("min"), spec.get("max")
    if isinstance(low, int | float) and value < low:
        raise BadCell(f"{value} is below the minimum {low}")
    if isinstance(high, int | float) and value > high:
        raise BadCell(f"{value} is above the maximum {high}")
    return value


def _text(value: Any, spec: dict[str, Any]) -> str:
    if not isinstance(value, str):
        raise BadCell(f"{value!r} is not text")
    limit = spec.get("extra", {}).get("max_chars") or MAX_TEXT
    if len(value) > limit:
        raise BadCell(f"text of {len(value)} characters is longer than {limit}")
    pattern = spec.get("validate")
    if pattern:
        try:
            matched = re.search(pattern, value) is not None
        except re.error:
            matched = True  # a JavaScript-only pattern: the browser checked it
        if not matched:
            raise BadCell(f"{value!r} does not match {pattern!r}")
    return value


def _option_values(spec: dict[str, Any]) -> list[Any] | None:
    options = spec.get("options")
    if options is None:
        return None
    return [o.get("value") if isinstance(o, dict) else o for o in options]


def _iso(value: Any, kind: str) -> Any:
    if not isinstance(value, str) or len(value) > 64:
        raise BadCell(f"{value!r} is not an ISO {kind}")
    try:
        if kind == "date":
            return datetime.date.fromisoformat(value[:10])
        if kind == "time":
            return datetime.time.fromisoformat(value)
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise BadCell(f"{value!r} is not an ISO {kind}") from None


def _timestamp(value: Any, arrow_type: str) -> Any:
    """An ISO datetime in the column's zone (naive stays naive, aware converts)."""
    import pandas as pd

    moment = _iso(value, "datetime")
    zone = re.search(r"tz=([^,\]]+)", arrow_type)
    stamp = pd.Timestamp(moment)
    if zone:
        stamp = (
            stamp.tz_localize(zone.group(1))
            if stamp.tzinfo is None
            else stamp.tz_convert(zone.group(1))
        )
    elif stamp.tzinfo is not None:
        stamp = stamp.tz_localize(None)
    return stamp


def parse_cell(value: Any, spec: dict[str, Any]) -> Any:
    """`value` (JSON) as a Python value for the column `spec` describes.

    Raises:
        BadCell: the value does not fit.
    """
    if spec.get("disabled"):
        raise BadCell(f"column {spec['label']!r} is read-only")
    if value is None:
        if spec.get("required"):
            raise BadCell(f"column {spec['label']!r} requires a value")
        return None
    kind = spec.get("type")
    arrow_type = str(spec.get("arrow_type", ""))
    options = _option_values(spec)
    if kind == "selectbox" or (kind is None and options is not None):
        if options is not None and value not in options:
            raise BadCell(f"{value!r} is not one of the options")
        return value
    if kind in ("multiselect", "list") or arrow_type.startswith(("list", "large_list")):
        if not isinstance(value, list) or len(value) > 10_000:
            raise BadCell(f"{value!r} is not a list")
        items = [_text(v, spec) if isinstance(v, str) else _number(v) for v in value]
        new_ok = spec.get("extra", {}).get("accept_new_options")
        if kind == "multiselect" and options is not None and not new_ok:
            for item in items:
                if item not in options:
                    raise BadCell(f"{item!r} is not one of the options")
        return items
    if kind == "checkbox" or arrow_type == "bool":
        if not isinstance(value, bool):
            raise BadCell(f"{value!r} is not true or false")
        return value
    if kind in ("number", "progress") or re.fullmatch(
        r"u?int\d+|double|float|halffloat", arrow_type
    ):
        number = _bounded(_number(value), spec)
        if re.fullmatch(r"u?int\d+", arrow_type):
            if isinstance(number, float) and not number.is_integer():
                raise BadCell(f"{number} is not a whole number")
            number = int(number)
            if arrow_type.startswith("uint") and number < 0:
                raise BadCell(f"{number} is negative")
        return number
    if kind == "datetime" or arrow_type.startswith("timestamp"):
        return _timestamp(value, arrow_type)
    if kind == "date" or arrow_type.startswith("date"):
        return _iso(value, "date")
    if kind == "time" or arrow_type.startswith("time"):
        return _iso(value, "time")
    if kind in ("text", "link") or arrow_type in ("string", "large_string", "null", "string_view"):
        return _text(value, spec)
    raise BadCell(f"column {spec['label']!r} ({arrow_type}) cannot be edited")
