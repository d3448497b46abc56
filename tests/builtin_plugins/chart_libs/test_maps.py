"""st.pydeck_chart and st.map: the deck JSON each sends, colors and sizes, the `[maps]`
basemap, errors, and pydeck selections."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest
from chart_libs_harness import Make

from log_watch import expect_log
from rill.builtin_plugins.maps.points import to_rgba, zoom_for
from rill.core.errors import ConfigError
from rill.core.kernel import Kernel
from rill.testing.v1 import AppTest

POINTS = """
import pandas as pd
df = pd.DataFrame({"lat": [48.86, 45.76], "lon": [2.35, 4.84], "n": [50, 20],
                   "rgb": ["#ff0000", "#00ff0080"]})
"""
EMPTY: dict[str, Any] = {"selection": {"indices": {}, "objects": {}}}


def layer(make: Make, call: str) -> tuple[dict[str, Any], dict[str, Any]]:
    app = make(POINTS + textwrap.dedent(call)).run().ok()
    deck = json.loads(str(app.props("deck_gl_json_chart")["spec"]))
    return deck, deck["layers"][0]


def test_map_finds_lat_lon_and_fits_the_view(make: Make) -> None:
    deck, points = layer(make, "st.map(df)")
    view = deck["initialViewState"]
    assert view["latitude"] == pytest.approx(47.31) and view["longitude"] == pytest.approx(3.595)
    assert view["zoom"] == zoom_for(48.86 - 45.76)
    assert points["@@type"] == "ScatterplotLayer"
    assert points["getPosition"] == "@@=[lon, lat]"
    assert points["getFillColor"] == [200, 30, 0, 160]
    assert points["getRadius"] == 100
    # Only the columns the layer reads travel.
    assert points["data"] == [{"lat": 48.86, "lon": 2.35}, {"lat": 45.76, "lon": 4.84}]


def test_map_colors_and_sizes_from_columns_or_constants(make: Make) -> None:
    _, points = layer(make, "st.map(df, color='rgb', size='n', zoom=4)")
    assert points["getFillColor"] == "@@=rgb" and points["getRadius"] == "@@=n"
    assert [row["rgb"] for row in points["data"]] == [[255, 0, 0, 255], [0, 255, 0, 128]]
    _, points = layer(make, "st.map(df, color=(0.0, 0.5, 1.0), size=2000)")
    assert points["getFillColor"] == [0, 128, 255, 255] and points["getRadius"] == 2000.0


def test_map_takes_named_columns_and_other_tables(make: Make) -> None:
    deck, points = layer(
        make,
        """
        import polars as pl
        st.map(pl.DataFrame({"Lat (deg)": [10.0], "long": [20.0]}), latitude="Lat (deg)",
               longitude="long", zoom=3)
        """,
    )
    # deck.gl expressions cannot name "Lat (deg)": it travels under a plain name.
    assert points["getPosition"] == "@@=[long, column_0]"
    assert points["data"] == [{"column_0": 10.0, "long": 20.0}]
    assert deck["initialViewState"]["zoom"] == 3
    deck, _ = layer(make, "st.map({'LATITUDE': [1.0, 2.0], 'LONGITUDE': [3.0, 4.0]})")
    assert deck["initialViewState"]["zoom"] == zoom_for(1.0)


def test_an_empty_map_shows_the_world(make: Make) -> None:
    app = make("st.map()\nst.map(__import__('pandas').DataFrame())\nst.pydeck_chart()").run()
    for element in app.ok().elements("deck_gl_json_chart"):
        deck = json.loads(element["props"]["spec"])
        assert deck == {"initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1}}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.map(df.rename(columns={'lat': 'y'}))", "must contain a latitude column named"),
        ("st.map(df, longitude='x')", "no longitude column 'x'"),
        ("df.loc[0, 'lat'] = None\nst.map(df)", "Column lat is not allowed to contain null"),
        ("st.map(df, color='#12')", "`color` of st.map must be a hex color"),
        ("st.map(df, color=(1, 2))", "`color` of st.map must be a hex color"),
        ("df['rgb'] = ['red', 'blue']\nst.map(df, color='rgb')", 'Column "rgb" does not appear'),
        ("st.map(df, size='weight')", "there is no column 'weight'"),
        ("st.map(df, size=[1])", "`size` of st.map must be a number or a column name"),
        ("st.map(df, zoom='close')", "`zoom` of st.map must be a number"),
        ("st.map(df, height='tall')", "Invalid height value: 'tall'"),
        ("st.pydeck_chart(42)", "takes a pydeck.Deck (or None), not int"),
        ("st.pydeck_chart(width='content')", "Invalid width value: 'content'"),
        ("st.pydeck_chart(on_select='rerun', selection_mode='all')", "Invalid selection mode"),
        (
            "st.pydeck_chart(on_select='rerun', selection_mode=['single-object'])",
            "must be one value",
        ),
        ("st.pydeck_chart(on_select=1)", "1 to `on_select`"),
    ],
)
def test_errors_name_the_argument(make: Make, call: str, message: str) -> None:
    app = make(POINTS + call).run()
    assert app.error().startswith("RillAPIError")
    assert message in app.error()


def test_colors() -> None:
    assert to_rgba("#abc") == (170, 187, 204, 255)
    assert to_rgba("#11223344") == (17, 34, 51, 68)
    assert to_rgba([255, 0, 0]) == (255, 0, 0, 255)
    assert to_rgba((1.0, 0.0, 0.0, 0.5)) == (255, 0, 0, 128)
    for bad in ("red", "#12345", (256, 0, 0), (0.5, 2.0, 0.0), (1, 2, 3, 4, 5), 7, (True, 0, 0)):
        with pytest.raises(ValueError):
            to_rgba(bad)


def test_zoom_levels_halve_the_span() -> None:
    assert [zoom_for(d) for d in (360, 180, 90, 1, 0.01)] == [0, 1, 2, 8, 15]
    assert zoom_for(1e-9) == 20


DECK = """
import pydeck as pdk
layer = pdk.Layer("ScatterplotLayer", data=df, id="cities", get_position="[lon, lat]",
                  pickable=True, get_radius=5000)
deck = pdk.Deck(layers=[layer], tooltip={"text": "{n} people"},
                initial_view_state=pdk.ViewState(latitude=47, longitude=3, zoom=5))
"""


def test_a_pydeck_deck_travels_as_its_json_with_its_tooltip(make: Make) -> None:
    app = make(POINTS + DECK + "st.pydeck_chart(deck, height=400, alt='Cities')").run()
    element = app.ok().element("deck_gl_json_chart")
    props = element["props"]
    deck = json.loads(props["spec"])
    assert deck["layers"][0]["id"] == "cities"
    assert deck["initialViewState"]["zoom"] == 5
    assert props["tooltip"] == {"text": "{n} people"}
    assert (props["height"], props["width"], props["alt"]) == (400, "stretch", "Cities")
    assert props["basemap"] is None and props["selection_mode"] is None
    assert element["digest"] and "id" not in element


def test_pydeck_selections_return_the_documented_state(make: Make) -> None:
    source = POINTS + DECK + "st.session_state.seen = st.pydeck_chart(deck, key='map', "
    app = make(source + "on_select='rerun', selection_mode='multi-object')").run()
    props = app.ok().props("deck_gl_json_chart")
    assert props["selection_mode"] == "multi-object" and props["value"] == EMPTY
    assert app["seen"] == EMPTY
    chosen = {
        "selection": {
            "indices": {"cities": [1, 0]},
            "objects": {"cities": [{"lat": 45.76, "lon": 4.84}, {"lat": 48.86, "lon": 2.35}]},
        }
    }
    app.run({app.id("deck_gl_json_chart"): chosen}).ok()
    assert app["seen"] == chosen and app["map"] == chosen
    assert app["seen"].selection.indices["cities"] == [1, 0]
    assert app["seen"].selection.objects.cities[0].lat == 45.76


@pytest.mark.parametrize(
    "hostile",
    [
        {"selection": {"indices": {"cities": [-1]}}},
        {"selection": {"indices": {"cities": "0"}}},
        {"selection": {"indices": [0]}},
        "everything",
    ],
)
def test_hostile_selections_are_ignored(make: Make, hostile: object) -> None:
    app = make(
        POINTS + DECK + "st.session_state.seen = st.pydeck_chart(deck, on_select='rerun')"
    ).run()
    expect_log("ignored a widget value: bad value")
    app.run({app.id("deck_gl_json_chart"): hostile}).ok()
    assert app["seen"] == EMPTY


def test_the_maps_section_sets_the_basemap_of_every_map(make: Make) -> None:
    flags = ["--maps.tileUrl", "/tiles/{z}/{x}/{y}.png", "--maps.attribution", "© Tiles"]
    app = make(POINTS + "st.map(df)\nst.pydeck_chart()", flags=flags).run().ok()
    for element in app.elements("deck_gl_json_chart"):
        assert element["props"]["basemap"] == {
            "style": None,
            "tile_url": "/tiles/{z}/{x}/{y}.png",
            "attribution": "© Tiles",
        }


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--maps.tileUrl", "https://tiles.example.com/{z}/{x}.png"], "{z}, {x} and {y}"),
        (["--maps.style", "javascript:alert(1)"], "an http(s):// URL or a path"),
        (["--maps.tileURL", "/t/{z}/{x}/{y}.png"], "unknown option maps.tileURL"),
    ],
)
def test_bad_maps_config_fails_at_start(tmp_path: Path, flags: list[str], message: str) -> None:
    with pytest.raises(ConfigError, match="maps") as failure:
        Kernel.load(cwd=tmp_path, home=tmp_path, env={}, flags=flags)
    assert message in str(failure.value)


def test_apptest_reads_the_deck() -> None:
    at = AppTest.from_string(
        "import rill as st\n" + POINTS + "st.map(df, size='n')\n" + DECK + "st.pydeck_chart(deck)\n"
    ).run()
    points, deck = at.get("deck_gl_json_chart")
    assert points.layers[0]["getRadius"] == "@@=n"
    assert deck.deck["layers"][0]["id"] == "cities" and deck.tooltip == {"text": "{n} people"}
    assert deck.selection_mode is None and deck.height == 500
