"""`st.echarts_chart`: an Apache ECharts chart, and what a user selects in it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, overload

from rill.builtin_plugins.echarts.spec import enables_selection, option_of, pyecharts_size, to_json
from rill.plugins import Container, RillAPIError, add_element, command, register_widget

if TYPE_CHECKING:
    from rill.schemas.chart_libs import AttributeDictionary

log = logging.getLogger("rill.echarts")

Width = Literal["stretch", "content"] | int
Height = Literal["content", "stretch"] | int

#: ECharts options have no size of their own: what `"content"` means.
CONTENT_WIDTH = 700
CONTENT_HEIGHT = 350


@overload
def echarts_chart(
    spec: Any,
    *,
    width: Width = "stretch",
    height: Height = "content",
    theme: Literal["streamlit"] | None = "streamlit",
    key: str | int | None = None,
    on_select: Literal["ignore"] = "ignore",
    renderer: Literal["canvas", "svg"] = "canvas",
    alt: str | None = None,
) -> Container: ...


@overload
def echarts_chart(
    spec: Any,
    *,
    width: Width = "stretch",
    height: Height = "content",
    theme: Literal["streamlit"] | None = "streamlit",
    key: str | int | None = None,
    on_select: Literal["rerun"] | Callable[..., Any],
    renderer: Literal["canvas", "svg"] = "canvas",
    alt: str | None = None,
) -> AttributeDictionary: ...


@command("echarts")
def echarts_chart(
    spec: Any,
    *,
    width: Width = "stretch",
    height: Height = "content",
    theme: Literal["streamlit"] | None = "streamlit",
    key: str | int | None = None,
    on_select: Literal["ignore", "rerun"] | Callable[..., Any] = "ignore",
    renderer: Literal["canvas", "svg"] = "canvas",
    alt: str | None = None,
) -> Container | AttributeDictionary:
    """Show an interactive Apache ECharts chart: gauges, sunbursts, sankeys, graphs,
    candlesticks, radars and the other ECharts series.

    The chart is an ECharts option object, the JSON you would pass to `setOption`; ECharts
    draws it in the browser (loaded the first time a chart appears). Only JSON travels:
    JavaScript functions such as `formatter` callbacks are refused (ECharts' string templates,
    `"formatter": "{b}: {c}"`, cover most needs), and so are custom series, map and geo
    charts, and ECharts GL's 3D charts.

    Args:
        spec: The option: a dict, JSON text, or a pyecharts chart (anything with
            `dump_options()`). A dataframe (pandas, polars, pyarrow) in `dataset.source` is
            sent as records, with its column order in `dataset.dimensions`.
        width: `"stretch"` (default): the container's width; `"content"`: a pyecharts chart's
            own width, else 700 px, at most the container's; an integer: pixels.
        height: `"content"` (default): a pyecharts chart's own height, else 350 px;
            `"stretch"`: a container of fixed height; an integer: pixels.
        theme: `"streamlit"` (default): the app's colors and fonts, light or dark; None:
            ECharts' own default theme, the option untouched.
        key: A stable identity for the chart. With selections on, `st.session_state[key]`
            holds the selection state (read-only).
        on_select: `"ignore"` (default), `"rerun"` (a selection reruns the app and the command
            returns it), or a callable run first, as a widget callback. The option itself says
            what can be selected: `selectedMode` on a series for items, a `brush` component
            for regions.
        renderer: `"canvas"` (default, best for large data) or `"svg"` (sharp, printable).
        alt: A short description for screen readers; by default ECharts describes the chart
            (its title and series).

    Returns:
        With `on_select="ignore"`, the element's handle. Otherwise the selection state, a
        dict that also reads as attributes: `event.selection.selected` (per series:
        `series_index`, `series_id`, `series_name`, `data_type` and the selected
        `data_indices`) and `event.selection.areas` (brushed regions: `brush_index`,
        `brush_type`, `coord_range`).

    Example:
        st.echarts_chart({
            "xAxis": {"type": "category", "data": ["Mon", "Tue", "Wed"]},
            "yAxis": {"type": "value"},
            "series": [{"type": "bar", "data": [120, 200, 150]}],
        })
    """
    if theme not in ("streamlit", None):
        raise RillAPIError(
            f'You set theme="{theme}" while Streamlit charts only support theme="streamlit" '
            "or theme=None to fall back to the default library theme."
        )
    if renderer not in ("canvas", "svg"):
        raise RillAPIError(
            f'You set renderer="{renderer}" while st.echarts_chart only supports '
            'renderer="canvas" or renderer="svg".'
        )
    callback = _on_select(on_select)
    option = option_of(spec)
    active = on_select != "ignore"
    if active and not enables_selection(option):
        log.warning(
            "st.echarts_chart has on_select=%r, but its spec enables no selection (no series "
            "sets `selectedMode`, and there is no `brush`): it will never return one.",
            on_select if isinstance(on_select, str) else "<callback>",
        )
    props: dict[str, Any] = {
        "spec": to_json(option),
        "theme": theme,
        "renderer": renderer,
        "width": _size("width", width, pyecharts_size(spec, "width"), CONTENT_WIDTH),
        "height": _size("height", height, pyecharts_size(spec, "height"), CONTENT_HEIGHT),
        "selection": active,
        "alt": alt,
    }
    if not active:
        from rill.schemas.chart_libs import props_digest

        return add_element("echarts_chart", props, digest=props_digest(props))
    from rill.schemas.chart_libs import EChartsState, parse_state, props_digest, state_to_wire

    state: AttributeDictionary = register_widget(
        "echarts_chart",
        props,
        key=key,
        params={name: props[name] for name in ("spec", "theme", "renderer", "width", "height")},
        default=parse_state(EChartsState, None),
        deserialize=lambda wire: parse_state(EChartsState, wire),
        serialize=state_to_wire,
        on_change=callback,
        settable=False,
        digest=props_digest(props),
    )
    return state


def _on_select(on_select: Any) -> Callable[..., Any] | None:
    if on_select in ("ignore", "rerun"):
        return None
    if callable(on_select):
        return on_select  # type: ignore[no-any-return]
    raise RillAPIError(
        f"You have passed {on_select!r} to `on_select`. But only 'ignore', 'rerun', or a "
        "callable is supported."
    )


def _size(name: str, value: Any, own: int | str | None, default: int) -> int | str:
    """`"stretch"` or pixels: `"content"` resolved to the chart's own size or the default."""
    if value == "content":
        return own if own is not None else default
    if value == "stretch":
        return "stretch"
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    raise RillAPIError(
        f"Invalid {name} value: {value!r}. The {name} of st.echarts_chart must be 'stretch', "
        "'content' or a positive integer (pixels)."
    )
