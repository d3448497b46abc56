"""The `color` argument of the built-in charts: CSS colors, color tuples and theme color names.

Theme color names (`"red"`, `"primary"`...) become tokens (`"--rill-red"`) that the renderer
replaces with the theme's color as drawn, light or dark; everything else becomes CSS text.
"""

from __future__ import annotations

import re
from numbers import Real
from typing import Any

#: Names of theme colors (`theme.<name>Color`) that a built-in chart's `color` may use.
THEME_COLOR_NAMES = frozenset(
    ("red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary")
)

#: Prefix of a theme color token in a built-in chart's spec.
TOKEN_PREFIX = "--rill-"

_HEX = re.compile(r"#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")


def is_hex(value: object) -> bool:
    return isinstance(value, str) and _HEX.fullmatch(value) is not None


def is_tuple(value: object) -> bool:
    """An RGB or RGBA tuple of numbers (ints 0-255 or floats 0.0-1.0)."""
    return (
        isinstance(value, tuple | list)
        and len(value) in (3, 4)
        and all(isinstance(c, Real) and not isinstance(c, bool) for c in value)
    )


def is_theme_name(value: object) -> bool:
    return isinstance(value, str) and value.lower() in THEME_COLOR_NAMES


def is_color(value: object) -> bool:
    """A color a chart can draw directly: hex text or a color tuple (not a theme name)."""
    return is_hex(value) or is_tuple(value)


def to_css(value: Any) -> str:
    """A hex string, color tuple or theme color name as what goes into the spec.

    Raises:
        ValueError: `value` is none of these (or a tuple component is out of range).
    """
    if is_theme_name(value):
        name = value.lower()
        return TOKEN_PREFIX + ("gray" if name == "grey" else name)
    if is_hex(value):
        return str(value)
    if is_tuple(value):
        *rgb, alpha = [*value, 1.0] if len(value) == 3 else value
        channels = [_channel(c) for c in rgb]
        opacity = alpha / 255 if isinstance(alpha, int) and alpha > 1 else float(alpha)
        if not 0 <= opacity <= 1:
            raise ValueError(f"the alpha of {value!r} is out of range")
        return f"rgba({channels[0]}, {channels[1]}, {channels[2]}, {round(opacity, 4)})"
    raise ValueError(f"{value!r} is not a color")


def _channel(component: float) -> int:
    scaled = component * 255 if isinstance(component, float) else component
    if not 0 <= scaled <= 255:
        raise ValueError(f"the color component {component!r} is out of range")
    return round(scaled)
