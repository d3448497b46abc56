"""Charts drawn by a library in the browser: Plotly, Graphviz, deck.gl (pydeck and st.map),
ECharts and Mermaid.

Each keeps the chart as the library's own text (`spec`, or `body` for Mermaid) and offers it
parsed where that is JSON (`figure`, `deck`, `option`). A chart with selections on (`on_select`)
is a widget: its `value` is the selection state the script last saw.
"""

from __future__ import annotations

import json
from typing import Any

from rill.testing.v1.element_tree.base import Element


class LibraryChart(Element):
    """What every library chart has: its source text, size and description."""

    @property
    def spec(self) -> str:
        """The chart as the library reads it (JSON, DOT or Mermaid text)."""
        return str(self.props.get("spec", ""))

    @property
    def width(self) -> Any:
        return self.props.get("width")

    @property
    def height(self) -> Any:
        return self.props.get("height")

    @property
    def alt(self) -> str | None:
        alt: str | None = self.props.get("alt")
        return alt

    @property
    def id(self) -> str | None:
        """The widget id when selections are on, else None."""
        return self._raw.id

    @property
    def key(self) -> str | None:
        if self._raw.id is None:
            return None
        meta = self._ctx.staging.meta(self._raw.id)
        return meta.key if meta is not None else None

    @property
    def is_selectable(self) -> bool:
        """Whether the chart sends selections back (`on_select` other than "ignore")."""
        return self._raw.id is not None

    @property
    def value(self) -> Any:
        """The selection state when selections are on (a dict readable as attributes), else
        the chart's source text."""
        if self._raw.id is None:
            return self.spec
        return self._ctx.staging.value_of(self)  # type: ignore[arg-type]

    @property
    def selection(self) -> Any:
        """`value.selection`, or None when selections are off."""
        if self._raw.id is None:
            return None
        return self.value["selection"]


class PlotlyChart(LibraryChart):
    """`st.plotly_chart`: `figure` is the figure dict (`{"data": [...], "layout": {...}}`)."""

    TYPE = "plotly_chart"

    @property
    def figure(self) -> dict[str, Any]:
        figure: dict[str, Any] = json.loads(self.spec)
        return figure

    @property
    def config(self) -> dict[str, Any]:
        config: dict[str, Any] = self.props.get("config", {})
        return config

    @property
    def theme(self) -> str | None:
        theme: str | None = self.props.get("theme")
        return theme

    @property
    def selection_mode(self) -> list[str]:
        return list(self.props.get("selection_mode", []))


class GraphvizChart(LibraryChart):
    """`st.graphviz_chart`: `spec` is the DOT source, `engine` the layout engine."""

    TYPE = "graphviz_chart"

    @property
    def engine(self) -> str:
        return str(self.props.get("engine", "dot"))


class DeckGlJsonChart(LibraryChart):
    """`st.pydeck_chart` and `st.map`: `deck` is the deck.gl JSON as a dict."""

    TYPE = "deck_gl_json_chart"

    @property
    def deck(self) -> dict[str, Any]:
        deck: dict[str, Any] = json.loads(self.spec)
        return deck

    @property
    def layers(self) -> list[dict[str, Any]]:
        layers: list[dict[str, Any]] = self.deck.get("layers", [])
        return layers

    @property
    def tooltip(self) -> Any:
        return self.props.get("tooltip")

    @property
    def selection_mode(self) -> str | None:
        mode: str | None = self.props.get("selection_mode")
        return mode


class EchartsChart(LibraryChart):
    """`st.echarts_chart`: `option` is the ECharts option object as a dict."""

    TYPE = "echarts_chart"

    @property
    def option(self) -> dict[str, Any]:
        option: dict[str, Any] = json.loads(self.spec)
        return option

    @property
    def theme(self) -> str | None:
        theme: str | None = self.props.get("theme")
        return theme

    @property
    def renderer(self) -> str:
        return str(self.props.get("renderer", "canvas"))


class MermaidChart(LibraryChart):
    """`st.mermaid_chart`: `value` and `body` are the diagram's Mermaid source."""

    TYPE = "mermaid_chart"

    @property
    def body(self) -> str:
        return str(self.props.get("body", ""))

    @property
    def spec(self) -> str:
        return self.body
