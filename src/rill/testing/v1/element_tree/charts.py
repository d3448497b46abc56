"""Charts in AppTest: every chart of the charts plugin is a `vega_lite_chart` element.

`at.get("vega_lite_chart")` lists them (also under Streamlit's older name,
`"arrow_vega_lite_chart"`); each has its Vega-Lite `spec` (a dict), its `data` as a pandas
DataFrame, and, with selections on, its selection state as `value`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rill.testing.v1.element_tree.base import Widget

if TYPE_CHECKING:
    import pandas as pd

#: The dataset given as `data=` or built by a built-in chart (the charts plugin's name for it).
MAIN_DATASET = "rill-data"


def _frame(blob: bytes) -> pd.DataFrame:
    import pyarrow as pa

    with pa.ipc.open_stream(pa.py_buffer(blob)) as reader:
        frame: pd.DataFrame = reader.read_all().to_pandas()
    return frame


class VegaLiteChart(Widget):
    """A chart: `st.line_chart`, `st.bar_chart`, `st.altair_chart`, `st.vega_lite_chart`...

    Attributes:
        spec: The Vega-Lite spec the browser draws (tables replaced by dataset names).
        data: The main table as a DataFrame (the built-in charts' long-format table, or what
            was given as `data=`); None when the spec has only named datasets.
        datasets: Every table by dataset name, as DataFrames.
        chart: `"line"`, `"area"`, `"bar"` or `"scatter"` for the built-in charts, else None.
    """

    TYPE = "vega_lite_chart"

    @property
    def id(self) -> str:
        """The widget id (only charts with selections have one)."""
        return self._raw.id or ""

    @property
    def key(self) -> str | None:
        return super().key if self._raw.id else None

    @property
    def spec(self) -> dict[str, Any]:
        spec: dict[str, Any] = self.props["spec"]
        return spec

    @property
    def datasets(self) -> dict[str, pd.DataFrame]:
        return {name: _frame(blob) for name, blob in self.props.get("datasets", {}).items()}

    @property
    def data(self) -> pd.DataFrame | None:
        blob = self.props.get("datasets", {}).get(MAIN_DATASET)
        return None if blob is None else _frame(blob)

    @property
    def chart(self) -> str | None:
        kind: str | None = self.props.get("chart")
        return kind

    @property
    def theme(self) -> str | None:
        theme: str | None = self.props.get("theme")
        return theme

    @property
    def selection_mode(self) -> list[str]:
        return list(self.props.get("selection_mode", []))

    @property
    def value(self) -> Any:
        """The selection state (`{"selection": {...}}`) with selections on, else None."""
        if not self._raw.id:
            return None
        return super().value

    def set_value(self, v: Any) -> VegaLiteChart:
        """Stage a selection state, as the browser would send it, for the next run."""
        if not self._raw.id:
            return super().__getattr__("set_value")  # type: ignore[no-any-return]
        return super().set_value(v)
