"""Turning what `st.plotly_chart` accepts into Plotly figure JSON (plotly imported on call)."""

from __future__ import annotations

import functools
from typing import Any

from rill.plugins import RillAPIError


def figure_json(figure_or_data: Any, theme: str | None) -> str:
    """The figure as plotly.js JSON text.

    Figure dicts and trace lists are validated by plotly (`go.Figure`); a matplotlib figure is
    converted by `plotly.tools.mpl_to_plotly`. With `theme="streamlit"`, plotly's default
    template is left out so that the browser draws the app's theme; a template the figure
    chose (`template="plotly_dark"`) is kept.

    Raises:
        RillAPIError: plotly is not installed, or cannot make a figure of `figure_or_data`.
    """
    try:
        import plotly.graph_objects as go
        import plotly.io as pio
        import plotly.tools
        from plotly.basedatatypes import BaseFigure
        from plotly.exceptions import PlotlyError
    except ImportError:
        raise RillAPIError(
            "st.plotly_chart needs the plotly package: `pip install plotly`."
        ) from None
    try:
        if type(figure_or_data).__module__.startswith("matplotlib"):
            figure_or_data = plotly.tools.mpl_to_plotly(figure_or_data)
        if isinstance(figure_or_data, BaseFigure):
            figure: dict[str, Any] = figure_or_data.to_dict()
        elif isinstance(figure_or_data, dict | list | tuple):
            # Validated by plotly; a figure without traces is an empty chart, not an error.
            data = {"data": list(figure_or_data)} if not isinstance(figure_or_data, dict) else None
            figure = go.Figure(data or figure_or_data).to_dict()
        else:
            raise RillAPIError(
                f"st.plotly_chart cannot draw a `figure_or_data` of type "
                f"{type(figure_or_data).__name__}: pass a plotly "
                "Figure, a figure dict, a list of traces or a matplotlib figure."
            )
    except (PlotlyError, ValueError, TypeError) as exc:
        raise RillAPIError(
            f"st.plotly_chart cannot draw this `figure_or_data` ({type(figure_or_data).__name__}):"
            f" {_first_lines(str(exc))}"
        ) from None
    layout = figure.get("layout")
    default_look = isinstance(layout, dict) and layout.get("template") == _default_template()
    if theme == "streamlit" and isinstance(layout, dict) and default_look:
        figure = {**figure, "layout": {k: v for k, v in layout.items() if k != "template"}}
    try:
        text: str = pio.to_json(figure, validate=False)
    except (TypeError, ValueError) as exc:
        raise RillAPIError(f"st.plotly_chart cannot serialize the figure: {exc}") from None
    return text


@functools.cache
def _default_template() -> dict[str, Any]:
    """plotly's own default template as a figure carries it (`layout.template`)."""
    import plotly.io as pio

    template: dict[str, Any] = pio.templates["plotly"].to_plotly_json()
    return template


def _first_lines(message: str, limit: int = 4) -> str:
    """Plotly's validation messages go on to list every valid property; what is wrong comes
    before that list."""
    head = message.split("Valid properties", 1)[0]
    lines = [line.strip() for line in head.strip().splitlines() if line.strip()]
    shown = " ".join(lines[:limit])
    return shown + (" ..." if len(lines) > limit else "")
