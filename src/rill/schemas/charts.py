"""The props of the `vega_lite_chart` element: every chart of the charts plugin
(`st.line_chart`, `st.area_chart`, `st.bar_chart`, `st.scatter_chart`, `st.vega_lite_chart`,
`st.altair_chart`) is one Vega-Lite spec and its datasets."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from rill.schemas.elements import Props

Size = int | Literal["stretch", "content"]


class VegaLiteChartProps(Props):
    """`vega_lite_chart`: a Vega-Lite spec drawn by vega-embed; a widget (with `id`) when the
    script reports selections."""

    spec: dict[str, Any] = Field(
        description='The Vega-Lite spec, its tables replaced by `{"name": ...}` references '
        "to `datasets`.",
    )
    datasets: dict[str, bytes] = Field(
        default_factory=dict,
        description="Dataset name → its rows as an Arrow IPC stream (a binary blob).",
    )
    theme: Literal["streamlit"] | None = Field(
        default="streamlit",
        description="`streamlit`: drawn in the app's theme (fonts, chart colors, light or dark); "
        "None: Vega-Lite's own look.",
    )
    width: Size = "stretch"
    height: Size = "content"
    label: str = Field(description="The chart's accessible name.")
    chart: Literal["line", "area", "bar", "scatter"] | None = Field(
        default=None,
        description="The built-in command that made the chart; its spec may then hold theme "
        "color tokens (`--rill-red`) for the renderer to resolve.",
    )
    selection_mode: list[str] = Field(
        default_factory=list,
        description="The selection parameters whose selections are sent back (empty: none).",
    )
    form_id: str | None = None
    value: dict[str, Any] | None = Field(
        default=None,
        description='With selections: the selection state, `{"selection": {param: ...}}`.',
    )
