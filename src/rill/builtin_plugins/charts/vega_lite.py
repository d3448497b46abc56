"""`st.vega_lite_chart` and `st.altair_chart`: any Vega-Lite spec, drawn by vega-embed, with
point and interval selections reported back to the script."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Literal

from rill.builtin_plugins.charts import arrow
from rill.builtin_plugins.charts.element import (
    chart_props,
    check_size,
    check_theme,
    json_safe,
    normalize_alt,
    on_select_callback,
    show_chart,
)
from rill.builtin_plugins.charts.specs import (
    MAIN,
    add_autosize,
    check_spec,
    default_width,
    extract_datasets,
    spec_label,
)
from rill.plugins import RillAPIError, command

Width = int | Literal["stretch", "content"]
Height = int | Literal["stretch", "content"]
OnSelect = Literal["ignore", "rerun"] | Callable[..., Any]


@command("charts")
def vega_lite_chart(
    data: Any = None,
    spec: dict[str, Any] | None = None,
    *,
    width: Width | None = None,
    height: Height = "content",
    use_container_width: bool | None = None,
    theme: Literal["streamlit"] | None = "streamlit",
    key: str | int | None = None,
    on_select: OnSelect = "ignore",
    selection_mode: str | Iterable[str] | None = None,
    alt: str | None = None,
) -> Any:
    """Display a chart from a Vega-Lite spec (https://vega.github.io/vega-lite/).

    Args:
        data: The table to plot (any table `st.dataframe` takes), or the spec itself when
            `spec` is None. Tables inside the spec (`data.values`, `datasets`) work too.
        spec: The Vega-Lite spec, as a dict; it may hold the data itself.
        width: `"stretch"`, `"content"` or pixels; None stretches, except facets, hconcat,
            repeat and nested vconcat charts, which take their content's width.
        height: `"content"` (the spec's own height), `"stretch"` or pixels.
        use_container_width: Deprecated: True is `width="stretch"`, False `width="content"`.
        theme: `"streamlit"` draws the chart in the app's theme (its fonts and chart colors,
            light or dark); None keeps Vega-Lite's own look.
        key: Identifies the chart; with selections on, its state is also
            `st.session_state[key]` (read-only).
        on_select: `"ignore"` (default), `"rerun"` to rerun when the viewer selects, or a
            callback, called before that rerun. Needs selection parameters in the spec.
        selection_mode: The selection parameter(s) to report; None for all.
        alt: A description of the chart for screen readers (its accessible name); by default
            the spec's title or description, else what it draws.

    Returns:
        The element's handle; with `on_select` on, a `VegaLiteState`:
        `{"selection": {param_name: ...}}` with attribute access. A point selection holds
        the list of points chosen, an interval a dict of field → `[low, high]`.

    Raises:
        RillAPIError: an empty or malformed spec, a bad argument, or `on_select` without
            selection parameters.

    Example:
        event = st.vega_lite_chart(df, {
            "mark": "point",
            "params": [{"name": "pick", "select": "point"}],
            "encoding": {"x": {"field": "a", "type": "quantitative"},
                         "y": {"field": "b", "type": "quantitative"}},
        }, on_select="rerun", key="chart")
        st.write(event.selection.pick)
    """
    if isinstance(data, dict) and spec is None:
        data, spec = None, data
    return show_spec(data, spec, width=width, height=height,
                     use_container_width=use_container_width, theme=theme, key=key,
                     on_select=on_select, selection_mode=selection_mode, alt=alt)  # fmt: skip


@command("charts")
def altair_chart(
    altair_chart: Any,
    *,
    width: Width | None = None,
    height: Height = "content",
    use_container_width: bool | None = None,
    theme: Literal["streamlit"] | None = "streamlit",
    key: str | int | None = None,
    on_select: OnSelect = "ignore",
    selection_mode: str | Iterable[str] | None = None,
    alt: str | None = None,
) -> Any:
    """Display a chart made with Vega-Altair (https://altair-viz.github.io/).

    Args:
        altair_chart: The Altair chart object (`alt.Chart`, a layer, concat or facet chart).
        width: `"stretch"`, `"content"` or pixels; None stretches, except facets, hconcat,
            repeat and nested vconcat charts.
        height: `"content"` (the chart's own height), `"stretch"` or pixels.
        use_container_width: Deprecated: True is `width="stretch"`, False `width="content"`.
        theme: `"streamlit"` (the app's theme) or None (Altair's own look).
        key: Identifies the chart; with selections on, its state is also
            `st.session_state[key]`.
        on_select: `"ignore"`, `"rerun"` or a callback, as for `st.vega_lite_chart`; the chart
            needs `alt.selection_point()` or `alt.selection_interval()` parameters.
        selection_mode: The selection parameter(s) to report; None for all.
        alt: A description of the chart for screen readers; by default its title.

    Returns:
        The element's handle, or a `VegaLiteState` with `on_select` on.

    Example:
        brush = alt.selection_interval(name="brush")
        chart = alt.Chart(df).mark_point().encode(x="a", y="b").add_params(brush)
        event = st.altair_chart(chart, on_select="rerun")
        st.write(event.selection.brush)
    """
    check_theme(theme)
    on_select_callback(on_select)
    from rill.builtin_plugins.charts.altair import altair_to_spec

    if not hasattr(altair_chart, "to_dict"):
        raise RillAPIError(
            f"st.altair_chart expects an Altair chart object, not {type(altair_chart).__name__}."
        )
    spec = altair_to_spec(altair_chart)
    return show_spec(None, spec, width=width, height=height,
                     use_container_width=use_container_width, theme=theme, key=key,
                     on_select=on_select, selection_mode=selection_mode, alt=alt)  # fmt: skip


def show_spec(
    data: Any,
    spec: Any,
    *,
    width: Any,
    height: Any,
    use_container_width: bool | None,
    theme: Any,
    key: str | int | None,
    on_select: Any,
    selection_mode: Any,
    alt: str | None,
) -> Any:
    """What both commands do once they have a spec dict."""
    check_theme(theme)
    on_select_callback(on_select)
    check_size("width", width, allow_none=True)
    check_size("height", height)
    chart = check_spec(spec)
    datasets = extract_datasets(chart, data)
    chart = json_safe(chart)
    if width is None:
        width = default_width(chart)
    if use_container_width is True:
        width = "stretch"
    elif use_container_width is False and not isinstance(width, int):
        width = "content"
    add_autosize(chart, stretch=width == "stretch")
    label = normalize_alt(alt) or spec_label(chart)
    grows = MAIN if MAIN in datasets else next(iter(datasets), None) if len(datasets) == 1 else None
    shown = dict(datasets)

    def extend(rows: Any) -> dict[str, Any]:
        import pandas as pd

        if grows is None:
            raise RillAPIError(
                "add_rows() needs the chart to have one dataset (or data given as `data=`) to "
                "append to."
            )
        old = shown[grows]
        frame = old if not isinstance(old, bytes) else arrow.ipc_to_frame(old)
        added = arrow.to_frame(rows)
        shown[grows] = pd.concat([frame, added], ignore_index=True)
        blobs = {n: d if isinstance(d, bytes) else arrow.frame_to_ipc(d) for n, d in shown.items()}
        shown.update((n, b) for n, b in blobs.items() if n != grows)  # encoded once
        return chart_props(chart, blobs, theme=theme, width=width, height=height, label=label,
                           chart=None)  # fmt: skip

    return show_chart(chart, datasets, theme=theme, width=width, height=height, label=label,
                      key=key, on_select=on_select, selection_mode=selection_mode,
                      extend=extend if on_select == "ignore" else None)  # fmt: skip
