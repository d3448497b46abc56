"""Charts in a real browser: each kind drawn (SVG shapes or canvas pixels), selections that
reach the script, the app's theme light and dark, all under the app's strict CSP."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

import numpy as np
from PIL import Image
from playwright.sync_api import Locator, Page, expect

from conftest import AppFactory

Axe = Callable[..., None]

CHARTS = """
import pandas as pd
import rill as st
df = pd.DataFrame({"x": [1, 2, 3, 4], "y": [3, 1, 4, 2], "z": [2, 3, 1, 4]})
st.line_chart(df, x="x", y=["y", "z"])
st.area_chart(df, x="x", y="y")
st.bar_chart(df, x="x", y="y", horizontal=True)
st.scatter_chart(df, x="x", y="y", size="z")
"""

SELECTABLE = """
import pandas as pd
import rill as st
df = pd.DataFrame({"a": [10, 20, 30], "b": [1, 3, 2]})
spec = {
    "mark": {"type": "point", "filled": True, "size": 400},
    "params": [%s],
    "encoding": {"x": {"field": "a", "type": "quantitative", "scale": {"domain": [0, 40]}},
                 "y": {"field": "b", "type": "quantitative", "scale": {"domain": [0, 4]}}},
}
event = st.vega_lite_chart(df, spec, on_select="rerun", key="chart", height=300)
st.write(f"selection: {dict(event.selection)}")
"""


#: The shapes of each kind of mark (not those of legends and axes).
LINES, AREAS, BARS, POINTS = (
    f".mark-{kind}.role-mark path" for kind in ("line", "area", "rect", "symbol")
)


def chart(page: Page, name: str) -> Locator:
    """The chart named `name`, once Vega has drawn it."""
    found = page.get_by_role("img", name=name)
    # The first run imports pandas and the first chart loads Vega: allow for a busy machine.
    expect(found).to_be_visible(timeout=30_000)
    expect(found.locator("svg, canvas").first).to_be_visible(timeout=30_000)
    return found


def colored_pixels(target: Locator, rgb: tuple[int, int, int], tolerance: int = 40) -> int:
    """How many pixels of `target`'s screenshot are close to `rgb`."""
    image = Image.open(io.BytesIO(target.screenshot())).convert("RGB")
    pixels = np.asarray(image, dtype=np.int16)
    close = (np.abs(pixels - np.array(rgb, dtype=np.int16)) <= tolerance).all(axis=-1)
    return int(close.sum())


def test_each_builtin_chart_draws_its_marks(page: Page, rill_app: AppFactory, axe: Axe) -> None:
    server = rill_app(CHARTS)
    page.goto(server.url)
    line = chart(page, "Line chart of y, z by x")
    expect(line.locator(LINES)).to_have_count(2)  # one line per series
    expect(chart(page, "Area chart of y by x").locator(AREAS)).to_have_count(1)
    expect(chart(page, "Bar chart of y by x").locator(BARS)).to_have_count(4)
    expect(chart(page, "Scatter chart of y by x").locator(POINTS)).to_have_count(4)
    for name in ("Line chart of y, z by x", "Bar chart of y by x"):  # axes included
        frame, drawing = chart(page, name).bounding_box(), chart(page, name).locator("svg")
        inner = drawing.bounding_box()
        assert frame is not None and inner is not None
        assert inner["width"] <= frame["width"] + 1 and inner["width"] > 0.9 * frame["width"]
    # The bars are horizontal: wider than tall.
    box = chart(page, "Bar chart of y by x").locator(BARS).first.bounding_box()
    assert box is not None and box["width"] > box["height"]
    axe(page, "built-in charts, light")


def test_a_big_line_chart_draws_on_a_canvas(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import numpy as np, pandas as pd
        import rill as st
        st.line_chart(pd.DataFrame({"v": np.sin(np.arange(5000) / 300)}), color="#00aa00")
        """
    )
    page.goto(server.url)
    drawn = chart(page, "Line chart of v by index")
    expect(drawn.locator("canvas")).to_have_count(1)
    assert colored_pixels(drawn, (0, 170, 0)) > 300  # the green line, thousands of points


def test_a_point_selection_reaches_the_script(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(SELECTABLE % '{"name": "pick", "select": "point"}')
    page.goto(server.url)
    expect(page.get_by_text("selection: {'pick': {}}")).to_be_visible(timeout=30_000)
    points = chart(page, "Scatter chart of b by a").locator(POINTS)
    expect(points).to_have_count(3)
    box = points.nth(1).bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    expect(page.get_by_text("selection: {'pick': [{'a': 20, 'b': 3}]}")).to_be_visible()


def test_an_interval_selection_reaches_the_script(page: Page, rill_app: AppFactory) -> None:
    brush = '{"name": "brush", "select": {"type": "interval", "encodings": ["x"]}}'
    server = rill_app(SELECTABLE % brush)
    page.goto(server.url)
    expect(page.get_by_text("selection: {'brush': {}}")).to_be_visible(timeout=30_000)
    points = chart(page, "Scatter chart of b by a").locator(POINTS)
    first, last = points.nth(0).bounding_box(), points.nth(2).bounding_box()
    assert first is not None and last is not None
    y = first["y"] + 10
    page.mouse.move(first["x"] - 15, y)
    page.mouse.down()
    page.mouse.move(last["x"] + last["width"] + 15, y, steps=8)
    page.mouse.up()
    shown = page.get_by_text("selection: {'brush': {'a': [")
    expect(shown).to_be_visible()
    low, high = (float(v) for v in shown.inner_text().split("[")[1].split("]")[0].split(","))
    assert low < 10 < 30 < high


def test_charts_follow_the_theme_dark_and_custom(
    page: Page, rill_app: AppFactory, axe: Axe
) -> None:
    server = rill_app(
        CHARTS,
        config="""
        [theme]
        base = "dark"
        chartCategoricalColors = ["#00c0f0", "#f0a000"]
        """,
    )
    page.goto(server.url)
    line = chart(page, "Line chart of y, z by x")
    strokes = [line.locator(LINES).nth(i).get_attribute("stroke") for i in (0, 1)]
    assert strokes == ["#00c0f0", "#f0a000"]
    label = line.locator(".role-axis-label text").first
    assert label.get_attribute("fill") == "#f4f5f7"  # the dark theme's text color
    axe(page, "built-in charts, dark")


def test_theme_none_keeps_vegas_own_look(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        st.vega_lite_chart(
            {"data": {"values": [{"a": "x", "b": 1}, {"a": "y", "b": 2}]}, "mark": "bar",
             "title": "Plain",
             # An expression: interpreted, since the page's CSP forbids `new Function`.
             "transform": [{"calculate": "datum.b * 10", "as": "c"}],
             "encoding": {"x": {"field": "a", "type": "nominal"},
                          "y": {"field": "c", "type": "quantitative"}}},
            theme=None,
        )
        """
    )
    page.goto(server.url)
    bars = chart(page, "Plain").locator(BARS)
    expect(bars).to_have_count(2)
    assert bars.first.get_attribute("fill") == "#4c78a8"  # Vega-Lite's default blue
    heights = [bars.nth(i).bounding_box() for i in (0, 1)]
    assert heights[0] is not None and heights[1] is not None
    assert abs(heights[1]["height"] - 2 * heights[0]["height"]) < 2  # 20 is twice 10


def test_charts_follow_the_viewers_switch_to_dark(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(CHARTS)
    page.goto(server.url)
    label = chart(page, "Line chart of y, z by x").locator(".role-axis-label text").first
    expect(label).to_have_attribute("fill", "#262730")  # the light theme's text
    page.get_by_role("button", name="Main menu").click()
    page.get_by_role("menuitem", name="Settings").click()
    dialog = page.get_by_role("dialog", name="Settings")
    dialog.get_by_text("Dark", exact=True).click()
    page.keyboard.press("Escape")
    label = chart(page, "Line chart of y, z by x").locator(".role-axis-label text").first
    expect(label).to_have_attribute("fill", "#f4f5f7")  # redrawn with the dark text


def test_add_rows_grows_the_drawn_line(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import pandas as pd
        import rill as st
        chart = st.line_chart(pd.DataFrame({"v": [1, 3]}))
        chart.add_rows(pd.DataFrame({"v": [2, 5, 4]}))
        st.write("added")
        """
    )
    page.goto(server.url)
    line = chart(page, "Line chart of v by index").locator(LINES)
    expect(page.get_by_text("added")).to_be_visible()
    expect(line).to_have_count(1)
    # Five points: a move and four line segments.
    expect(line).to_have_attribute("d", re.compile(r"^M[^L]+(L[^L]+){4}$"))
