"""`st.pydeck_chart`, and the `deck_gl_json_chart` element `st.map` draws too."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, overload

from rill.plugins import Container, RillAPIError, add_element, command, register_widget, require_ctx
from rill.schemas.config.maps import MapsConfig

if TYPE_CHECKING:
    from rill.schemas.chart_libs import AttributeDictionary

SelectionMode = Literal["single-object", "multi-object"]
SELECTION_MODES: tuple[SelectionMode, ...] = ("single-object", "multi-object")

#: What a chart without a deck shows: the whole world.
EMPTY_DECK: dict[str, Any] = {
    "initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1}
}

Size = Literal["stretch"] | int


@overload
def pydeck_chart(
    pydeck_obj: Any = None,
    *,
    width: Size = "stretch",
    use_container_width: bool | None = None,
    height: Size = 500,
    selection_mode: SelectionMode = "single-object",
    on_select: Literal["ignore"] = "ignore",
    key: str | int | None = None,
    alt: str | None = None,
) -> Container: ...


@overload
def pydeck_chart(
    pydeck_obj: Any = None,
    *,
    width: Size = "stretch",
    use_container_width: bool | None = None,
    height: Size = 500,
    selection_mode: SelectionMode = "single-object",
    on_select: Literal["rerun"] | Callable[..., Any],
    key: str | int | None = None,
    alt: str | None = None,
) -> AttributeDictionary: ...


@command("maps")
def pydeck_chart(
    pydeck_obj: Any = None,
    *,
    width: Size = "stretch",
    use_container_width: bool | None = None,
    height: Size = 500,
    selection_mode: SelectionMode = "single-object",
    on_select: Literal["ignore", "rerun"] | Callable[..., Any] = "ignore",
    key: str | int | None = None,
    alt: str | None = None,
) -> Container | AttributeDictionary:
    """Show a pydeck chart: deck.gl layers (scatterplots, hexagons, arcs, paths, heatmaps,
    point clouds...) drawn with WebGL in the browser.

    Built-in deck.gl layers (core and aggregation), views and JSON parameters are supported;
    custom JavaScript layers are not. The tile map under the layers comes from the `[maps]`
    config section, not from the deck's `map_style`: without one the layers are drawn on the
    app's background, and no tile server is contacted.

    Args:
        pydeck_obj: A `pydeck.Deck` (anything with `to_json()`); None shows an empty world.
        width: `"stretch"` (default): the container's width; an integer: pixels, at most the
            container's.
        use_container_width: Deprecated: True is `width="stretch"`.
        height: Pixels (default 500), or `"stretch"` for a container of fixed height.
        selection_mode: `"single-object"` (default): a click selects one object, replacing
            the selection; `"multi-object"`: clicks add objects, and a second click removes
            one. Only used with `on_select`.
        on_select: `"ignore"` (default), `"rerun"` (a click reruns the app and the command
            returns the selection), or a callable run first, as a widget callback. Give every
            pickable layer an `id` (and `pickable=True`) so that selections survive reruns.
        key: A stable identity for the chart. With selections on, `st.session_state[key]`
            holds the selection state (read-only).
        alt: A short description of the map for screen readers (default: "Map").

    Returns:
        With `on_select="ignore"`, the element's handle. Otherwise the selection state, a
        dict that also reads as attributes: `event.selection.indices` (layer id → indices of
        the selected objects) and `event.selection.objects` (layer id → the objects).

    Example:
        import pydeck as pdk

        layer = pdk.Layer("ScatterplotLayer", data=[{"lon": 2.35, "lat": 48.86}],
                          id="cities", get_position="[lon, lat]", get_radius=5000,
                          get_fill_color=[255, 75, 75], pickable=True)
        view = pdk.ViewState(latitude=48.86, longitude=2.35, zoom=5)
        event = st.pydeck_chart(pdk.Deck(layers=[layer], initial_view_state=view),
                                on_select="rerun")
    """
    if pydeck_obj is None:
        spec = json.dumps(EMPTY_DECK)
    elif callable(getattr(pydeck_obj, "to_json", None)):
        spec = str(pydeck_obj.to_json())
    else:
        raise RillAPIError(
            f"st.pydeck_chart takes a pydeck.Deck (or None), not {type(pydeck_obj).__name__}."
        )
    if use_container_width:
        width = "stretch"
    callback = _on_select(on_select)
    if not isinstance(selection_mode, str):
        raise RillAPIError(
            f"Invalid selection mode: {selection_mode!r}. The selection mode must be one value, "
            f"{' or '.join(repr(m) for m in SELECTION_MODES)}, not a collection."
        )
    if selection_mode not in SELECTION_MODES:
        raise RillAPIError(
            f"Invalid selection mode: {selection_mode!r}. Valid options are: "
            f"{', '.join(repr(m) for m in SELECTION_MODES)}."
        )
    props = deck_props(spec, width, height, alt, tooltip=_tooltip(pydeck_obj))
    if on_select == "ignore":
        return show_deck(props)
    from rill.schemas.chart_libs import PydeckState, parse_state, props_digest, state_to_wire

    props["selection_mode"] = selection_mode
    params = {name: props[name] for name in ("spec", "width", "height", "selection_mode")}
    state: AttributeDictionary = register_widget(
        "deck_gl_json_chart",
        props,
        key=key,
        params=params,
        default=parse_state(PydeckState, None),
        deserialize=lambda wire: parse_state(PydeckState, wire),
        serialize=state_to_wire,
        on_change=callback,
        settable=False,
        digest=props_digest(props),
    )
    return state


def deck_props(
    spec: str, width: Any, height: Any, alt: str | None, tooltip: Any = None
) -> dict[str, Any]:
    """The element's props, with the basemap `[maps]` configures."""
    return {
        "spec": spec,
        "tooltip": tooltip,
        "width": _size("width", width, "stretch"),
        "height": _size("height", 500 if height is None else height, "stretch"),
        "selection_mode": None,
        "basemap": _basemap(),
        "alt": alt,
    }


def show_deck(props: dict[str, Any]) -> Container:
    """Send a deck that has no selections."""
    from rill.schemas.chart_libs import props_digest

    return add_element("deck_gl_json_chart", props, digest=props_digest(props))


def _basemap() -> dict[str, Any] | None:
    config = require_ctx("pydeck_chart").kernel.config.section("maps", MapsConfig)
    if config.style is None and config.tile_url is None:
        return None
    return {"style": config.style, "tile_url": config.tile_url, "attribution": config.attribution}


def _tooltip(deck: Any) -> dict[str, Any] | None:
    """pydeck's tooltip settings (`Deck(tooltip={...})`), wherever its version keeps them."""
    if deck is None:
        return None
    widget = getattr(deck, "deck_widget", None)
    tooltip = getattr(widget, "tooltip", None) if widget is not None else None
    if not isinstance(tooltip, dict):
        tooltip = getattr(deck, "_tooltip", None)
    if not isinstance(tooltip, dict):
        return None
    try:
        plain: dict[str, Any] = json.loads(json.dumps(tooltip))
    except (TypeError, ValueError):
        raise RillAPIError("The pydeck tooltip must hold JSON values (text and styles).") from None
    return plain


def _on_select(on_select: Any) -> Callable[..., Any] | None:
    if on_select in ("ignore", "rerun"):
        return None
    if callable(on_select):
        return on_select  # type: ignore[no-any-return]
    raise RillAPIError(
        f"You have passed {on_select!r} to `on_select`. But only 'ignore', 'rerun', or a "
        "callable is supported."
    )


def _size(name: str, value: Any, keyword: str) -> int | str:
    if value == keyword:
        return value  # type: ignore[no-any-return]
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    raise RillAPIError(
        f"Invalid {name} value: {value!r}. The {name} of a map must be '{keyword}' or a "
        "positive integer (pixels)."
    )
