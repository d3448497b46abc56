"""Plotly, Graphviz, deck.gl (st.map, st.pydeck_chart), ECharts and Mermaid in a real browser:
each library draws (shapes in its SVG, pixels on its canvas) under the app's strict CSP, in the
light and the dark theme, accessibly; selections made with the mouse reach the script."""

from __future__ import annotations

import io
import time
from collections.abc import Callable

import pytest
from axe import Axe
from PIL import Image
from playwright.sync_api import Locator, Page, expect

from conftest import AppFactory

#: Chart libraries load on first use, and the machine may be busy: generous waits.
LOAD = 60_000

EVERY_CHART = """
import pandas as pd
import plotly.graph_objects as go
import rill as st

fig = go.Figure(go.Scatter(x=[1, 2, 3], y=[3, 1, 2], mode="markers", name="dots"),
                layout={"title": {"text": "Three dots"}})
st.plotly_chart(fig)
st.graphviz_chart("digraph { run -> stop }", alt="Run then stop")
st.mermaid_chart('''
    graph LR
        A[Start] --> B[End]
''')
bars = {"xAxis": {"type": "category", "data": ["a", "b", "c"]}, "yAxis": {},
        "series": [{"type": "bar", "data": [1, 3, 2]}]}
st.echarts_chart(bars, renderer="svg", alt="Bars as SVG")
st.echarts_chart(bars, alt="Bars on a canvas")
st.map(pd.DataFrame({"lat": [48.86, 45.76], "lon": [2.35, 4.84]}), size=40000)
st.write("all drawn")
"""


def element(page: Page, kind: str, index: int = 0) -> Locator:
    return page.locator(f'[data-testid="element-{kind}"]').nth(index)


def pixels(box: Locator, keep: Callable[[tuple[int, int, int], float], bool]) -> int:
    """How many pixels of what the browser shows in `box` pass `keep(rgb, luminance)`."""
    data = Image.open(io.BytesIO(box.screenshot())).convert("RGB").tobytes()
    count = 0
    for i in range(0, len(data), 3):
        rgb = (data[i], data[i + 1], data[i + 2])
        luminance = (0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]) / 255
        count += keep(rgb, luminance)
    return count


def eventually_more(page: Page, count: Callable[[], int], least: int) -> None:
    """Wait until `count()` exceeds `least` (a WebGL or canvas chart draws after loading)."""
    deadline = time.monotonic() + LOAD / 1000
    seen = count()
    while seen <= least and time.monotonic() < deadline:
        page.wait_for_timeout(250)
        seen = count()
    assert seen > least, f"only {seen} matching pixels (wanted more than {least})"


def reddish(rgb: tuple[int, int, int], _: float) -> bool:
    return rgb[0] > rgb[1] + 60 and rgb[0] > rgb[2] + 50


def bluish(rgb: tuple[int, int, int], _: float) -> bool:
    return rgb[2] > rgb[0] + 60


def wait_until_drawn(page: Page) -> None:
    expect(page.get_by_text("all drawn")).to_be_visible(timeout=LOAD)
    expect(element(page, "plotly_chart").locator("path.point")).to_have_count(3, timeout=LOAD)
    expect(element(page, "graphviz_chart").locator("svg g.node")).to_have_count(2, timeout=LOAD)
    expect(element(page, "mermaid_chart").locator("svg g.node")).to_have_count(2, timeout=LOAD)
    expect(element(page, "echarts_chart", 0).locator("svg path").first).to_be_attached(timeout=LOAD)
    expect(element(page, "echarts_chart", 1).locator("canvas").first).to_be_attached(timeout=LOAD)
    expect(element(page, "deck_gl_json_chart").locator("canvas")).to_be_attached(timeout=LOAD)


def test_every_library_draws_its_chart(page: Page, rill_app: AppFactory, axe: Axe) -> None:
    server = rill_app(EVERY_CHART)
    page.goto(server.url)
    wait_until_drawn(page)
    # SVG libraries: the shapes of the chart.
    graph = element(page, "graphviz_chart")
    expect(graph.locator("svg g.edge")).to_have_count(1)
    expect(graph.get_by_role("img", name="Run then stop")).to_be_visible()
    expect(element(page, "mermaid_chart").locator("svg g.node").first).to_contain_text("Start")
    expect(page.get_by_role("img", name="Mermaid flowchart diagram")).to_be_visible()
    expect(page.get_by_role("figure", name="Three dots")).to_be_visible()
    svg_bars = element(page, "echarts_chart", 0)
    expect(svg_bars.get_by_text("b", exact=True)).to_be_visible()
    # Canvas libraries: pixels of the series' colors.
    canvas_bars = element(page, "echarts_chart", 1).locator(".rill-echarts")
    expect(canvas_bars).to_have_attribute("aria-label", "Bars on a canvas")
    eventually_more(page, lambda: pixels(canvas_bars, bluish), 2000)
    points = element(page, "deck_gl_json_chart").locator(".rill-deck")
    expect(points).to_have_attribute("aria-label", "Map")
    # No tile server is configured: the points are drawn over the app's background.
    eventually_more(page, lambda: pixels(points, reddish), 200)
    axe(page, "every chart library, light theme")


def test_the_dark_theme_reaches_every_library(page: Page, rill_app: AppFactory, axe: Axe) -> None:
    server = rill_app(EVERY_CHART, config='[theme]\nbase = "dark"\n')
    page.goto(server.url)
    wait_until_drawn(page)

    def luminance_of(locator: Locator, prop: str) -> float:
        rgb: list[float] = locator.evaluate(
            """(el, prop) => {
                const probe = document.createElement("canvas").getContext("2d");
                probe.fillStyle = getComputedStyle(el)[prop];
                const hex = probe.fillStyle;  // normalized to #rrggbb (or rgba)
                return hex.startsWith("#")
                    ? hex.slice(1).match(/../g).map((h) => parseInt(h, 16))
                    : hex.match(/[\\d.]+/g).slice(0, 3).map(Number);
            }""",
            prop,
        )
        return (0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]) / 255

    # Text and lines in light colors on the dark background.
    tick = element(page, "plotly_chart").locator(".xtick text").first
    assert luminance_of(tick, "fill") > 0.5
    node = element(page, "graphviz_chart").locator("g.node ellipse").first
    assert luminance_of(node, "stroke") > 0.5
    label = element(page, "echarts_chart", 0).locator("svg text").first
    assert luminance_of(label, "fill") > 0.5
    # mermaid's dark theme: dark boxes.
    box = element(page, "mermaid_chart").locator("g.node rect, g.node polygon").first
    assert luminance_of(box, "fill") < 0.4
    axe(page, "every chart library, dark theme")


def test_a_plotly_selection_reaches_the_script(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import plotly.graph_objects as go
        import rill as st

        fig = go.Figure(go.Scatter(x=[1, 2, 3], y=[3, 1, 2], mode="markers",
                                   marker={"size": 16}))
        clicks = st.plotly_chart(fig, key="clicks", on_select="rerun")
        st.write(f"clicked {clicks.selection.point_indices}")
        boxes = st.plotly_chart(fig, key="boxes", on_select="rerun", selection_mode="box")
        st.write(f"boxed {boxes.selection.point_indices} in {len(boxes.selection.box)} box")
        st.write(f"state {st.session_state.boxes.selection.point_indices}")
        """
    )
    page.goto(server.url)
    expect(page.get_by_text("clicked []")).to_be_visible(timeout=LOAD)
    first = element(page, "plotly_chart", 0).locator("path.point")
    expect(first).to_have_count(3, timeout=LOAD)
    first.nth(1).click(force=True)  # the point at (2, 1)
    expect(page.get_by_text("clicked [1]")).to_be_visible()

    area = element(page, "plotly_chart", 1).locator("rect.nsewdrag").first
    expect(area).to_be_attached(timeout=LOAD)
    bounds = area.bounding_box()
    assert bounds is not None
    # Drag a box around the left two points (x = 1 and x = 2).
    page.mouse.move(bounds["x"] + 4, bounds["y"] + 4)
    page.mouse.down()
    page.mouse.move(
        bounds["x"] + bounds["width"] * 0.6, bounds["y"] + bounds["height"] - 4, steps=8
    )
    page.mouse.up()
    expect(page.get_by_text("boxed [0, 1] in 1 box")).to_be_visible()
    expect(page.get_by_text("state [0, 1]")).to_be_visible()


def test_an_echarts_click_selects_an_item(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st

        # No entry animation: the bars are clicked where they are drawn at once.
        spec = {"animation": False, "xAxis": {"type": "category", "data": ["a", "b", "c"]},
                "yAxis": {},
                "series": [{"type": "bar", "name": "sales", "selectedMode": "multiple",
                            "data": [1, 3, 2]}]}
        event = st.echarts_chart(spec, key="bars", on_select="rerun", renderer="svg")
        st.write(f"picked {[s.data_indices for s in event.selection.selected]}")
        """
    )
    page.goto(server.url)
    expect(page.get_by_text("picked []")).to_be_visible(timeout=LOAD)
    # The three bars are the paths in the series' color (the theme's first categorical one).
    bars = element(page, "echarts_chart").locator('svg path[fill="#0068c9"]')
    expect(bars).to_have_count(3, timeout=LOAD)
    # A selected bar changes color: click where the bars are, not what they look like.
    boxes = [bars.nth(i).bounding_box() for i in range(3)]
    for index, picked in ((1, "[[1]]"), (2, "[[1, 2]]")):
        box = boxes[index]
        assert box is not None
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        expect(page.get_by_text(f"picked {picked}")).to_be_visible()


def test_a_pydeck_click_selects_an_object(page: Page, rill_app: AppFactory, axe: Axe) -> None:
    server = rill_app(
        """
        import pydeck as pdk
        import rill as st

        layer = pdk.Layer("ScatterplotLayer", data=[{"name": "Paris", "lon": 2.35, "lat": 48.86}],
                          id="cities", get_position="[lon, lat]", get_radius=40,
                          radius_units="pixels", get_fill_color=[255, 40, 40], pickable=True)
        view = pdk.ViewState(latitude=48.86, longitude=2.35, zoom=6)
        event = st.pydeck_chart(pdk.Deck(layers=[layer], initial_view_state=view),
                                on_select="rerun", key="map", alt="Cities")
        st.write(f"picked {event.selection.objects.get('cities', [])}")
        """
    )
    page.goto(server.url)
    expect(page.get_by_text("picked []")).to_be_visible(timeout=LOAD)
    canvas = element(page, "deck_gl_json_chart").locator("canvas")
    expect(canvas).to_have_attribute(
        "aria-label", "Cities: drag or use the arrow keys to move", timeout=LOAD
    )
    box = element(page, "deck_gl_json_chart").locator(".rill-deck")
    eventually_more(page, lambda: pixels(box, reddish), 500)
    canvas.click()  # the centre: the one point
    # pydeck sends its data with its keys sorted.
    expect(
        page.get_by_text("picked [{'lat': 48.86, 'lon': 2.35, 'name': 'Paris'}]")
    ).to_be_visible()
    axe(page, "a pydeck chart with a selection")


def test_points_draw_when_the_tile_server_cannot_be_reached(
    page: Page, rill_app: AppFactory
) -> None:
    server = rill_app(
        """
        import pandas as pd
        import rill as st

        st.map(pd.DataFrame({"lat": [48.86, 45.76], "lon": [2.35, 4.84]}), size=40000)
        st.write("mapped")
        """,
        config='[maps]\ntileUrl = "/no-such-tiles/{z}/{x}/{y}.png"\nattribution = "Test tiles"\n',
    )
    page.goto(server.url)
    expect(page.get_by_text("mapped")).to_be_visible(timeout=LOAD)
    chart = element(page, "deck_gl_json_chart")
    expect(chart.locator(".maplibregl-canvas")).to_be_attached(timeout=LOAD)
    expect(chart.get_by_text("Test tiles")).to_be_attached()
    box = chart.locator(".rill-deck")
    eventually_more(page, lambda: pixels(box, reddish), 200)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("st.graphviz_chart('digraph { -> }')", "The graph could not be drawn."),
        ("st.mermaid_chart('graph LR\\n  A --> ')", "The Mermaid diagram could not be drawn."),
    ],
)
def test_source_the_library_cannot_read_shows_its_message(
    page: Page, rill_app: AppFactory, source: str, message: str
) -> None:
    server = rill_app(f"import rill as st\n{source}\n")
    page.goto(server.url)
    expect(page.get_by_role("alert")).to_contain_text(message, timeout=LOAD)
