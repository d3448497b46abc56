"""Hook implementations of the maps plugin."""

from __future__ import annotations

from collections.abc import Sequence

# Importing the command modules registers st.pydeck_chart and st.map (for `find_command`).
from rill.builtin_plugins.maps import deck, points  # noqa: F401
from rill.plugins import ConfigSections, ElementType, hookimpl
from rill.schemas.config.maps import MapsConfig

#: The one kind both commands draw (as in Streamlit); deck.gl and MapLibre load on demand.
ELEMENTS = (
    ElementType(
        "deck_gl_json_chart",
        props="rill.schemas.chart_libs:DeckGlJsonChartProps",
        apptest="rill.testing.v1.element_tree.chart_libs:DeckGlJsonChart",
        lazy=True,
    ),
)


@hookimpl
def rill_register_config_sections() -> ConfigSections:
    return {"maps": MapsConfig}


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return ELEMENTS
