"""`st.plotly_chart`: a Plotly figure, and the points, boxes and lassos a user selects in it."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, overload

from rill.builtin_plugins.plotly.figure import figure_json
from rill.plugins import Container, RillAPIError, add_element, command, register_widget

if TYPE_CHECKING:
    from rill.schemas.chart_libs import AttributeDictionary

SelectionMode = Literal["points", "box", "lasso"]
#: Every selection mode, in the order the props list them.
SELECTION_MODES: tuple[SelectionMode, ...] = ("points", "box", "lasso")

Width = Literal["stretch", "content"] | int
Height = Literal["content", "stretch"] | int
OnSelect = Literal["ignore", "rerun"] | Callable[..., Any]


@overload
def plotly_chart(
    figure_or_data: Any,
    use_container_width: bool | None = None,
    *,
    width: Width = "stretch",
    height: Height = "content",
    theme: Literal["streamlit"] | None = "streamlit",
    key: str | int | None = None,
    on_select: Literal["ignore"] = "ignore",
    selection_mode: SelectionMode | Iterable[SelectionMode] = SELECTION_MODES,
    config: Mapping[str, Any] | None = None,
    alt: str | None = None,
    **kwargs: Any,
) -> Container: ...


@overload
def plotly_chart(
    figure_or_data: Any,
    use_container_width: bool | None = None,
    *,
    width: Width = "stretch",
    height: Height = "content",
    theme: Literal["streamlit"] | None = "streamlit",
    key: str | int | None = None,
    on_select: Literal["rerun"] | Callable[..., Any],
    selection_mode: SelectionMode | Iterable[SelectionMode] = SELECTION_MODES,
    config: Mapping[str, Any] | None = None,
    alt: str | None = None,
    **kwargs: Any,
) -> AttributeDictionary: ...


@command("plotly")
def plotly_chart(
    figure_or_data: Any,
    use_container_width: bool | None = None,
    *,
    width: Width = "stretch",
    height: Height = "content",
    theme: Literal["streamlit"] | None = "streamlit",
    key: str | int | None = None,
    on_select: OnSelect = "ignore",
    selection_mode: SelectionMode | Iterable[SelectionMode] = SELECTION_MODES,
    config: Mapping[str, Any] | None = None,
    alt: str | None = None,
    **kwargs: Any,
) -> Container | AttributeDictionary:
    """Show an interactive Plotly chart.

    plotly.js draws the figure in the browser (loaded the first time a chart appears); users
    can zoom, pan, hover and, with `on_select`, select points, boxes and lassos that the script
    then reads.

    Args:
        figure_or_data: A `plotly.graph_objects.Figure`, a figure dict (`{"data": [...],
            "layout": {...}}`), a list of traces, or a matplotlib figure (converted by plotly).
        use_container_width: Deprecated: True is `width="stretch"`, False `width="content"`.
        width: `"stretch"` (default) fills the container; `"content"` uses the figure's own
            width (`layout.width`, else plotly's 700 px), at most the container's; an integer
            is a width in pixels, at most the container's.
        height: `"content"` (default) uses the figure's `layout.height` (else 450 px);
            `"stretch"` fills a container of fixed height; an integer is pixels.
        theme: `"streamlit"` (default) draws with the app's theme (colors, fonts, light or dark)
            unless the figure names a template of its own; None keeps plotly's own look.
        key: A stable identity for the chart. With selections on, `st.session_state[key]`
            holds the selection state (read-only).
        on_select: `"ignore"` (default): selections do nothing; `"rerun"`: a selection reruns
            the app and the command returns it; a callable: the same, and the callable runs
            first, as a widget callback.
        selection_mode: What users can select: `"points"` (clicks), `"box"`, `"lasso"`, or an
            iterable of them (default: all three). Only used with `on_select`.
        config: plotly.js configuration (`{"displayModeBar": False}`, `{"scrollZoom": True}`).
        alt: A short description of the chart for screen readers (default: the figure's
            title, or "Plotly chart").
        **kwargs: Accepted for compatibility (`config=` given the old way); otherwise ignored.

    Returns:
        With `on_select="ignore"`, the element's handle. Otherwise the selection state, a
        dict that also reads as attributes: `event.selection.points` (each point's
        `curve_number`, `point_index`, `x`, `y`...), `.point_indices`, `.box` and `.lasso`
        (the drawn regions, each with `xref`, `yref`, `x` and `y`).

    Example:
        import plotly.express as px

        fig = px.scatter(px.data.iris(), x="sepal_width", y="sepal_length")
        event = st.plotly_chart(fig, key="iris", on_select="rerun")
        st.write(event.selection.point_indices)
    """
    if theme not in ("streamlit", None):
        raise RillAPIError(
            f'You set theme="{theme}" while Streamlit charts only support theme="streamlit" '
            "or theme=None to fall back to the default library theme."
        )
    callback = _on_select(on_select)
    modes = _selection_modes(selection_mode)
    props: dict[str, Any] = {
        "spec": figure_json(figure_or_data, theme),
        "config": _config(kwargs.get("config") if config is None else config),
        "theme": theme,
        "width": _width(width, use_container_width),
        "height": _height(height),
        "selection_mode": [],
        "alt": alt,
    }
    if on_select == "ignore":
        from rill.schemas.chart_libs import props_digest

        return add_element("plotly_chart", props, digest=props_digest(props))
    from rill.schemas.chart_libs import PlotlyState, parse_state, props_digest, state_to_wire

    props["selection_mode"] = [mode for mode in SELECTION_MODES if mode in modes]
    params = {name: props[name] for name in ("spec", "config", "theme", "width", "height")}
    params["selection_mode"] = tuple(props["selection_mode"])
    state: AttributeDictionary = register_widget(
        "plotly_chart",
        props,
        key=key,
        params=params,
        default=parse_state(PlotlyState, None),
        deserialize=lambda wire: parse_state(PlotlyState, wire),
        serialize=state_to_wire,
        on_change=callback,
        settable=False,
        digest=props_digest(props),
    )
    return state


def _on_select(on_select: Any) -> Callable[..., Any] | None:
    """The selection callback, if `on_select` is one; errors for anything but the three forms."""
    if on_select in ("ignore", "rerun"):
        return None
    if callable(on_select):
        return on_select  # type: ignore[no-any-return]
    raise RillAPIError(
        f"You have passed {on_select!r} to `on_select`. But only 'ignore', 'rerun', or a "
        "callable is supported."
    )


def _selection_modes(selection_mode: Any) -> set[str]:
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes <= set(SELECTION_MODES):
        raise RillAPIError(
            f"Invalid selection mode: {selection_mode!r}. Valid options are: "
            f"{', '.join(repr(m) for m in SELECTION_MODES)}, or an iterable of them."
        )
    return modes


def _width(width: Any, use_container_width: bool | None) -> Width:
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    if width in ("stretch", "content") or _pixels(width):
        return width  # type: ignore[no-any-return]
    raise RillAPIError(
        f"Invalid width value: {width!r}. Width must be 'stretch', 'content' or a positive "
        "integer (pixels)."
    )


def _height(height: Any) -> Height:
    if height in ("content", "stretch") or _pixels(height):
        return height  # type: ignore[no-any-return]
    raise RillAPIError(
        f"Invalid height value: {height!r}. Height must be 'content', 'stretch' or a positive "
        "integer (pixels)."
    )


def _pixels(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _config(config: Any) -> dict[str, Any]:
    if config is None:
        return {}
    if not isinstance(config, Mapping):
        raise RillAPIError(
            f"The `config` of st.plotly_chart must be a dict of plotly.js options, not "
            f"{type(config).__name__}."
        )
    try:
        plain: dict[str, Any] = json.loads(json.dumps(dict(config), allow_nan=False))
    except (TypeError, ValueError) as exc:
        raise RillAPIError(
            f"The `config` of st.plotly_chart must hold JSON values only (plotly.js options): {exc}"
        ) from None
    return plain
