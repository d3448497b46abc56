"""`st.map`: points of a table on a map, as a deck.gl scatterplot centred and zoomed on them."""

from __future__ import annotations

import copy
import json
import math
import numbers
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from rill.builtin_plugins.maps.deck import EMPTY_DECK, deck_props, show_deck
from rill.plugins import Container, RillAPIError, command

if TYPE_CHECKING:
    import pandas as pd

#: Column names taken for latitude and longitude when none is given, in this order.
LATITUDES = ("lat", "latitude", "LAT", "LATITUDE")
LONGITUDES = ("lon", "longitude", "LON", "LONGITUDE")
DEFAULT_COLOR = (200, 30, 0, 160)
DEFAULT_SIZE = 100  # meters
#: The zoom of a map whose points all sit in one place (a street, about).
DEFAULT_ZOOM = 12
MAX_ZOOM = 20

_IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
_HEX = re.compile(r"#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")

Color = str | Sequence[float]


@command("maps")
def map(
    data: Any = None,
    *,
    latitude: str | None = None,
    longitude: str | None = None,
    color: Color | None = None,
    size: str | float | None = None,
    zoom: int | None = None,
    width: Literal["stretch"] | int = "stretch",
    height: Literal["stretch"] | int = 500,
    use_container_width: bool | None = None,
) -> Container:
    """Show points on a map: one circle per row, the map centred and zoomed on them.

    A shortcut for a `st.pydeck_chart` scatterplot. The tile map under the points comes from
    the `[maps]` config section; without one the points are drawn on the app's background.

    Args:
        data: The points: a pandas, polars or pyarrow table, a dict of columns or a list of
            rows. None shows an empty world map.
        latitude: The latitude column; by default the first of `lat`, `latitude`, `LAT`,
            `LATITUDE`.
        longitude: The longitude column; by default the first of `lon`, `longitude`, `LON`,
            `LONGITUDE`.
        color: The circles' color: a hex string (`"#ffaa00"`, `"#ffaa0088"`), an RGB(A) tuple
            of ints 0-255 or floats 0.0-1.0, or a column holding one such color per row.
        size: The circles' radius in meters: a number, or a column of numbers.
        zoom: The zoom level (0: the whole world, about 12: a city); by default one that fits
            every point.
        width: `"stretch"` (default) or pixels.
        height: Pixels (default 500), or `"stretch"` for a container of fixed height.
        use_container_width: Deprecated: True is `width="stretch"`.

    Returns:
        The element's handle.

    Example:
        import pandas as pd

        st.map(pd.DataFrame({"lat": [48.86, 45.76], "lon": [2.35, 4.84], "n": [50, 20]}),
               size="n", color="#0044ff")
    """
    deck = _deck(data, latitude, longitude, color, size, zoom)
    if use_container_width:
        width = "stretch"
    return show_deck(deck_props(json.dumps(deck, allow_nan=False), width, height, None))


def _deck(
    data: Any, lat: str | None, lon: str | None, color: Any, size: Any, zoom: int | None
) -> dict[str, Any]:
    if zoom is not None and not _is_number(zoom):
        raise RillAPIError(f"The `zoom` of st.map must be a number, not {zoom!r}.")
    frame = _frame(data)
    if frame is None or frame.empty:
        return copy.deepcopy(EMPTY_DECK)
    lat_column = _coordinate(frame, "latitude", lat, LATITUDES)
    lon_column = _coordinate(frame, "longitude", lon, LONGITUDES)
    size_column = size if isinstance(size, str) else None
    color_column = color if isinstance(color, str) and color in frame.columns else None
    if size_column is not None and size_column not in frame.columns:
        raise RillAPIError(
            f"The `size` of st.map must be a number or a column name; there is no column "
            f"{size!r}. Existing columns: {', '.join(map_repr(frame.columns))}."
        )
    if size is not None and size_column is None and not _is_number(size):
        raise RillAPIError(f"The `size` of st.map must be a number or a column name, not {size!r}.")
    used = list(dict.fromkeys(c for c in (lat_column, lon_column, size_column, color_column) if c))
    points = frame[used].copy()
    names = {column: _field(column, i) for i, column in enumerate(used)}
    points.columns = [names[c] for c in used]
    if color_column is not None:
        try:
            points[names[color_column]] = [list(to_rgba(c)) for c in points[names[color_column]]]
        except ValueError:
            raise RillAPIError(
                f'Column "{color_column}" does not appear to contain valid colors.'
            ) from None
        fill: Any = f"@@={names[color_column]}"
    else:
        fill = list(to_rgba(DEFAULT_COLOR if color is None else color, name="color"))
    radius: Any = f"@@={names[size_column]}" if size_column else size
    if radius is None:
        radius = DEFAULT_SIZE
    elif not isinstance(radius, str):
        radius = float(radius)
    center_lat, center_lon, fitted = _viewport(points[names[lat_column]], points[names[lon_column]])
    deck = copy.deepcopy(EMPTY_DECK)
    deck["initialViewState"].update(
        latitude=center_lat, longitude=center_lon, zoom=fitted if zoom is None else zoom
    )
    deck["layers"] = [
        {
            "@@type": "ScatterplotLayer",
            "id": "map-points",
            "getPosition": f"@@=[{names[lon_column]}, {names[lat_column]}]",
            "getRadius": radius,
            "radiusMinPixels": 3,
            "radiusUnits": "meters",
            "getFillColor": fill,
            "data": json.loads(points.to_json(orient="records")),
        }
    ]
    return deck


def _frame(data: Any) -> pd.DataFrame | None:
    if data is None:
        return None
    import pandas as pd

    if isinstance(data, pd.DataFrame):
        return data
    if callable(getattr(data, "to_pandas", None)):  # polars, pyarrow
        frame = data.to_pandas()
        if isinstance(frame, pd.DataFrame):
            return frame
    try:
        return pd.DataFrame(data)
    except (TypeError, ValueError) as exc:
        raise RillAPIError(
            f"st.map cannot read {type(data).__name__} as a table of points: {exc}"
        ) from None


def _coordinate(frame: pd.DataFrame, what: str, given: str | None, defaults: Sequence[str]) -> Any:
    if given is not None:
        if given not in frame.columns:
            raise RillAPIError(
                f"Map data has no {what} column {given!r}. Existing columns: "
                f"{', '.join(map_repr(frame.columns))}."
            )
        column: Any = given
    else:
        column = next((name for name in defaults if name in frame.columns), None)
        if column is None:
            raise RillAPIError(
                f"Map data must contain a {what} column named: "
                f"{', '.join(repr(n) for n in defaults)}. Existing columns: "
                f"{', '.join(map_repr(frame.columns))}."
            )
    if frame[column].isna().any():
        raise RillAPIError(
            f"Column {column} is not allowed to contain null values, such as NaN, NaT, or None."
        )
    return column


def map_repr(columns: Any) -> list[str]:
    return [repr(column) for column in columns]


def _field(column: Any, index: int) -> str:
    """The name a column has in the deck: its own when deck.gl expressions can name it."""
    name = str(column)
    return name if _IDENTIFIER.fullmatch(name) else f"column_{index}"


def _is_number(value: Any) -> bool:
    """A finite real number (NumPy's included), not a bool."""
    return (
        isinstance(value, numbers.Real)
        and not isinstance(value, bool)
        and math.isfinite(float(value))
    )


def _viewport(lat: pd.Series, lon: pd.Series) -> tuple[float, float, int]:
    """The centre of the points and the zoom level at which they all show."""
    lat_min, lat_max = float(lat.min()), float(lat.max())
    lon_min, lon_max = float(lon.min()), float(lon.max())
    extent = max(abs(lon_max - lon_min), abs(lat_max - lat_min))
    return (lat_min + lat_max) / 2, (lon_min + lon_max) / 2, zoom_for(extent)


def zoom_for(degrees: float) -> int:
    """The zoom level whose tiles span `degrees` (a zoom level halves the span: 360° at 0).

    Example:
        >>> zoom_for(360), zoom_for(100), zoom_for(0.05), zoom_for(0)
        (0, 1, 12, 12)
    """
    if not degrees > 0:
        return DEFAULT_ZOOM
    level = math.floor(math.log2(360 / min(degrees, 360)))
    return min(level, MAX_ZOOM)


def to_rgba(value: Any, name: str | None = None) -> tuple[int, int, int, int]:
    """A color as `(r, g, b, a)` ints 0-255: from hex text, or 3-4 ints 0-255, or 3-4 floats
    0.0-1.0.

    Raises:
        ValueError: not a color (RillAPIError naming the argument when `name` is given).

    Example:
        >>> to_rgba("#f80"), to_rgba((0.0, 0.5, 1.0)), to_rgba([10, 20, 30, 40])
        ((255, 136, 0, 255), (0, 128, 255, 255), (10, 20, 30, 40))
    """
    try:
        return _rgba(value)
    except ValueError:
        if name is None:
            raise
        raise RillAPIError(
            f"The `{name}` of st.map must be a hex color (#rgb, #rrggbb, #rrggbbaa), an RGB(A) "
            f"tuple, or a column name, not {value!r}."
        ) from None


def _rgba(value: Any) -> tuple[int, int, int, int]:
    if isinstance(value, str):
        match = _HEX.fullmatch(value.strip())
        if not match:
            raise ValueError(value)
        digits = match.group(1)
        if len(digits) in (3, 4):
            digits = "".join(d * 2 for d in digits)
        if len(digits) == 6:
            digits += "ff"
        r, g, b, a = (int(digits[i : i + 2], 16) for i in range(0, 8, 2))
        return r, g, b, a
    try:
        parts = list(value)
    except TypeError:
        raise ValueError(value) from None
    if len(parts) not in (3, 4) or not all(_is_number(p) for p in parts):
        raise ValueError(value)
    if all(isinstance(p, numbers.Integral) for p in parts) and all(0 <= p <= 255 for p in parts):
        ints = [int(p) for p in parts]
    elif all(0.0 <= p <= 1.0 for p in parts):
        ints = [round(p * 255) for p in parts]
    else:
        raise ValueError(value)
    if len(ints) == 3:
        ints.append(255)
    return ints[0], ints[1], ints[2], ints[3]
