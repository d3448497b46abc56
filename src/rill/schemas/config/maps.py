"""`[maps]`: the tile map drawn under `st.map` and `st.pydeck_chart` layers (maps plugin).

By default there is none: the layers are drawn over the app's background and the browser
contacts no tile server. A deployment that has one names it here, either as a MapLibre style
or as a raster tile URL template. The page's Content-Security-Policy lets the browser load
from the app's own origin only, so a tile server elsewhere must also be allowed in
`server.contentSecurityPolicy` (`connect-src` and `img-src`), see docs/chart-libraries.md.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field

from rill.schemas.config.base import ConfigSection

_URL = re.compile(r"(?:https?://[^\s/]+|/)\S*")


def _url(value: str | None) -> str | None:
    if value is not None and not _URL.fullmatch(value):
        raise ValueError("expected an http(s):// URL or a path on the app's server (/...)")
    return value


def _tile_url(value: str | None) -> str | None:
    _url(value)
    if value is not None and not all(part in value for part in ("{z}", "{x}", "{y}")):
        raise ValueError("expected a tile URL template with {z}, {x} and {y}")
    return value


class MapsConfig(ConfigSection):
    """The basemap of map charts; unset, layers are drawn without one."""

    style: Annotated[str | None, AfterValidator(_url)] = Field(
        default=None,
        description=(
            "URL of a MapLibre style (style.json) drawn under map layers, such as a vector "
            "tile style of your own tile server. Takes precedence over `tileUrl`."
        ),
    )
    tile_url: Annotated[str | None, AfterValidator(_tile_url)] = Field(
        default=None,
        description=(
            "Raster tile URL template drawn under map layers, with {z}, {x} and {y} "
            "(e.g. https://tiles.example.com/{z}/{x}/{y}.png)."
        ),
    )
    attribution: str | None = Field(
        default=None,
        description="Attribution text shown over the map, as the tile provider requires.",
    )
