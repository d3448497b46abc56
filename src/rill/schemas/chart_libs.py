"""The props of the chart-library elements, and the selection states their browsers send back.

`plotly_chart`, `graphviz_chart`, `deck_gl_json_chart` (`st.pydeck_chart` and `st.map`),
`echarts_chart` and `mermaid_chart` carry their chart as the library's own text (figure JSON,
DOT, deck.gl JSON, an ECharts option, Mermaid source), drawn in the browser by the library
loaded on demand. A chart with `on_select` active is a widget: its `value` is the selection
state, and the browser sends a new one when the user selects. What a browser sends is hostile,
so each state has a strict model here that the command validates it against before a script
sees it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from rill.schemas.elements import Props

#: Width of a chart: the container's (`"stretch"`), the chart's own (`"content"`), or pixels.
Width = Literal["stretch", "content"] | Annotated[int, Field(ge=1)]
#: Height of a chart: the chart's own (`"content"`), the container's (`"stretch"`), or pixels.
Height = Literal["content", "stretch"] | Annotated[int, Field(ge=1)]

Index = Annotated[int, Field(ge=0)]


class BrowserState(BaseModel):
    """Base of the selection states: strict (no `"5"` for 5), nothing unknown."""

    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)


# -- plotly ---------------------------------------------------------------------------------------


class PlotlyRegion(BrowserState):
    """A box or lasso a user drew: its axes and the corners (box) or path (lasso) in data units
    (numbers, or text on date and category axes)."""

    xref: str
    yref: str
    x: list[float | str]
    y: list[float | str]


class PlotlySelection(BrowserState):
    """`event.selection` of a Plotly chart."""

    points: list[dict[str, JsonValue]] = Field(default_factory=list)
    point_indices: list[Index] = Field(default_factory=list)
    box: list[PlotlyRegion] = Field(default_factory=list)
    lasso: list[PlotlyRegion] = Field(default_factory=list)


class PlotlyState(BrowserState):
    """What `st.plotly_chart(on_select=...)` returns."""

    selection: PlotlySelection = Field(default_factory=PlotlySelection)


class PlotlyChartProps(Props):
    """`plotly_chart`: a figure as Plotly JSON, drawn by plotly.js."""

    spec: str = Field(description="The figure as JSON text (`plotly.io.to_json`).")
    config: dict[str, Any] = Field(
        default_factory=dict, description="plotly.js configuration (`config=`)."
    )
    theme: Literal["streamlit"] | None = "streamlit"
    width: Width = "stretch"
    height: Height = "content"
    selection_mode: list[Literal["points", "box", "lasso"]] = Field(
        default_factory=list,
        description="The selections the user can make; empty when `on_select` is `ignore`.",
    )
    alt: str | None = None
    form_id: str | None = None
    value: PlotlyState | None = Field(
        default=None, description="The selection state, when selections are on."
    )


# -- graphviz -------------------------------------------------------------------------------------


class GraphvizChartProps(Props):
    """`graphviz_chart`: DOT source, laid out by Graphviz (WebAssembly) in the browser."""

    spec: str = Field(description="The graph in the DOT language.")
    engine: str = Field(default="dot", description="The Graphviz layout engine.")
    width: Width = "content"
    height: Height = "content"
    alt: str | None = None


# -- deck.gl (pydeck_chart, map) ------------------------------------------------------------------


class PydeckSelection(BrowserState):
    """`event.selection` of a pydeck chart: per layer id, the picked objects and their indices."""

    indices: dict[str, list[Index]] = Field(default_factory=dict)
    objects: dict[str, list[JsonValue]] = Field(default_factory=dict)


class PydeckState(BrowserState):
    """What `st.pydeck_chart(on_select=...)` returns."""

    selection: PydeckSelection = Field(default_factory=PydeckSelection)


class DeckBasemap(Props):
    """The tile map drawn under deck.gl layers (`[maps]` config)."""

    style: str | None = Field(default=None, description="A MapLibre style URL.")
    tile_url: str | None = Field(
        default=None, description="A raster tile URL template with {z}, {x} and {y}."
    )
    attribution: str | None = None


class DeckGlJsonChartProps(Props):
    """`deck_gl_json_chart`: deck.gl JSON (pydeck's `to_json()`, or what `st.map` builds)."""

    spec: str = Field(description="The deck as deck.gl JSON text.")
    tooltip: dict[str, JsonValue] | bool | None = Field(
        default=None, description="pydeck's tooltip: `{html|text, style}`, or True."
    )
    width: Literal["stretch"] | Annotated[int, Field(ge=1)] = "stretch"
    height: Literal["stretch"] | Annotated[int, Field(ge=1)] = 500
    selection_mode: Literal["single-object", "multi-object"] | None = Field(
        default=None, description="How objects are selected; None when selections are off."
    )
    basemap: DeckBasemap | None = Field(
        default=None, description="The tile map under the layers; None draws none."
    )
    alt: str | None = None
    form_id: str | None = None
    value: PydeckState | None = None


# -- echarts --------------------------------------------------------------------------------------


class EChartsSelectedItems(BrowserState):
    """The selected items of one series, by their series-local indices."""

    series_index: Index
    series_id: str | None = None
    series_name: str | None = None
    data_type: str | None = None
    data_indices: list[Index] = Field(default_factory=list)


class EChartsArea(BrowserState):
    """One brushed region, in data coordinates."""

    brush_index: Index
    brush_type: str
    coord_range: JsonValue = None


class EChartsSelection(BrowserState):
    """`event.selection` of an ECharts chart."""

    selected: list[EChartsSelectedItems] = Field(default_factory=list)
    areas: list[EChartsArea] = Field(default_factory=list)


class EChartsState(BrowserState):
    """What `st.echarts_chart(on_select=...)` returns."""

    selection: EChartsSelection = Field(default_factory=EChartsSelection)


class EchartsChartProps(Props):
    """`echarts_chart`: an ECharts option object, drawn by ECharts."""

    spec: str = Field(description="The option object as JSON text.")
    theme: Literal["streamlit"] | None = "streamlit"
    renderer: Literal["canvas", "svg"] = "canvas"
    width: Literal["stretch"] | Annotated[int, Field(ge=1)] = "stretch"
    height: Literal["stretch"] | Annotated[int, Field(ge=1)] = 350
    selection: bool = Field(default=False, description="Whether selections are sent back.")
    alt: str | None = None
    form_id: str | None = None
    value: EChartsState | None = None


# -- mermaid --------------------------------------------------------------------------------------


class MermaidChartProps(Props):
    """`mermaid_chart`: Mermaid source, rendered to SVG in the browser (strict security)."""

    body: str
    width: Width = "stretch"
    alt: str | None = None


# -- what commands return -------------------------------------------------------------------------


def parse_state(model: type[BrowserState], wire: Any) -> AttributeDictionary:
    """The selection state `wire` (from a browser) as commands return it; None is the empty one.

    Raises:
        ValueError: `wire` is not a state of `model` (pydantic's ValidationError is one).

    Example:
        >>> parse_state(PydeckState, None).selection.indices
        {}
    """
    state = model() if wire is None else model.model_validate(wire)
    return AttributeDictionary(state.model_dump(mode="json"))


def state_to_wire(value: Any) -> Any:
    """A selection state (or anything else a widget holds) in plain JSON form."""
    return value.to_dict() if isinstance(value, AttributeDictionary) else value


def props_digest(props: Mapping[str, Any]) -> str:
    """A content hash of a chart's props, for `add_element(digest=...)`: equal props, equal
    digest, so a rerun that draws the same chart sends only the digest.

    Text values (the chart's JSON or source, often large) are hashed as they are, the rest as
    canonical JSON.
    """
    h = hashlib.blake2b(digest_size=16)
    for name in sorted(props):
        value = props[name]
        h.update(name.encode())
        h.update(b"\x00")
        if isinstance(value, str):
            h.update(b"s" + value.encode())
        else:
            h.update(json.dumps(value, sort_keys=True, default=str).encode())
        h.update(b"\x01")
    return h.hexdigest()


class AttributeDictionary(dict[str, Any]):
    """A selection state: a read-only dict whose keys also read as attributes, nested dicts too
    (`event.selection.points` is `event["selection"]["points"]`).

    Example:
        >>> state = AttributeDictionary({"selection": {"points": []}})
        >>> state.selection.points
        []
    """

    def __init__(self, data: Mapping[str, Any]) -> None:
        super().__init__({key: _wrap(value) for key, value in data.items()})

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(
                f"The selection state has no attribute {name!r}; it has {sorted(self)}."
            ) from None

    def __setattr__(self, name: str, value: Any) -> None:
        raise TypeError("A selection state is read-only: it changes when the user selects.")

    def __setitem__(self, key: str, value: Any) -> None:
        raise TypeError("A selection state is read-only: it changes when the user selects.")

    def __delitem__(self, key: str) -> None:
        raise TypeError("A selection state is read-only: it changes when the user selects.")

    def to_dict(self) -> dict[str, Any]:
        """A plain (mutable) copy, nested dicts included."""
        return {key: _plain(value) for key, value in self.items()}

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from a plain dict: pickling (session snapshots) must not go through the
        # refused __setitem__.
        return (type(self), (self.to_dict(),))


def _wrap(value: Any) -> Any:
    if isinstance(value, Mapping) and not isinstance(value, AttributeDictionary):
        return AttributeDictionary(value)
    if isinstance(value, list):
        return [_wrap(item) for item in value]
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, AttributeDictionary):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value
