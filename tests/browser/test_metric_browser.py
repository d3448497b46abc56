"""Display elements in a real browser: st.metric, st.json, st.pyplot and st.help.

What a person sees (the value, an arrow, a sparkline drawn in SVG, the figure's pixels) and what
a screen reader gets (the metric as a named group whose delta says "Up" or "Down", the sparkline
as an image with a summary, the JSON tree's items and keys), in the light and dark themes.
"""

from __future__ import annotations

import pytest
from axe import Axe
from playwright.sync_api import Page, expect

from conftest import AppFactory

THEMES = {"light": None, "dark": '[theme]\nbase = "dark"\n'}

APP = """
import collections
import rill as st

a, b = st.columns(2)
a.metric("Revenue", "$12,400", "+32%", chart_data=[4200, 6100, 5800, 7200, 8900, 12400],
         border=True)
b.metric("Bounce rate", "45%", "-17%", delta_color="inverse", chart_data=[62, 58, 54, 50, 45],
         chart_type="bar", help="Visits that leave at once")
st.metric("Latency", 120.456, 3.2, format="%.1f ms", delta_description="vs. last week",
          chart_data=[100, 130, None, 110, 120], chart_type="area")

st.json({"name": "rill", "plugins": ["text", "metric"], "nested": {"deeper": {"deepest": 1}}},
        expanded=1)

import matplotlib.figure  # after the other elements: its first import builds a font cache

fig = matplotlib.figure.Figure(figsize=(4, 2))
ax = fig.add_subplot()
ax.bar(["a", "b", "c"], [3, 1, 2], color="tab:red")
ax.set_title("Votes")
ax.set_xlabel("Option")
st.pyplot(fig)

votes = collections.Counter("abracadabra")
st.help(votes)
"""


@pytest.fixture(params=THEMES)
def page_of_elements(request: pytest.FixtureRequest, page: Page, rill_app: AppFactory) -> Page:
    server = rill_app(APP, config=THEMES[request.param])
    page.goto(server.url)
    expect(page.get_by_role("group", name="Revenue")).to_be_visible()
    figure = page.get_by_role("img", name="Chart: Votes. X axis Option.")
    expect(figure).to_be_visible(timeout=60_000)
    return page


def test_metrics_show_delta_and_sparkline_to_eyes_and_screen_readers(
    page_of_elements: Page, axe: Axe
) -> None:
    page = page_of_elements
    revenue = page.get_by_role("group", name="Revenue")
    expect(revenue).to_contain_text("$12,400")
    # The direction is text, not only a green arrow.
    expect(revenue.locator(".rill-metric-delta")).to_have_text("Up +32%")
    expect(revenue.locator(".rill-metric-delta svg")).to_be_visible()
    line = revenue.get_by_role(
        "img", name="Trend of 6 values: from 4,200 to 12,400, lowest 4,200, highest 12,400"
    )
    expect(line).to_be_visible()
    path = line.locator("path.rill-metric-line")
    assert (path.get_attribute("d") or "").count("L") == 5
    box = path.bounding_box()
    assert box is not None and box["width"] > 100 and box["height"] > 10

    bounce = page.get_by_role("group", name="Bounce rate")
    expect(bounce.locator(".rill-metric-delta")).to_have_text("Down -17%")
    expect(bounce.locator(".rill-metric-delta")).to_have_class("rill-metric-delta rill-fg-green")
    expect(bounce.locator("rect.rill-metric-bar")).to_have_count(5)
    expect(bounce.get_by_role("button", name="Help")).to_be_visible()

    latency = page.get_by_role("group", name="Latency")
    expect(latency.locator(".rill-metric-value")).to_have_text("120.5 ms")
    expect(latency.locator(".rill-metric-delta")).to_have_text("Up 3.2 msvs. last week")
    expect(latency.locator("path.rill-metric-line")).to_have_count(2)  # a gap for None
    expect(latency.locator("path.rill-metric-area")).to_have_count(2)
    snapshot = revenue.aria_snapshot()
    assert 'group "Revenue"' in snapshot and "Up +32%" in snapshot, snapshot
    axe(page, "metrics, a JSON tree, a pyplot image and help")


def test_the_pyplot_figure_loads_from_media_storage(page_of_elements: Page) -> None:
    image = page_of_elements.get_by_role("img", name="Chart: Votes. X axis Option.")
    src = image.get_attribute("src") or ""
    assert src.startswith("_rill/media/") and src.endswith(".png")
    page_of_elements.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=image.element_handle()
    )
    natural = image.evaluate("img => [img.naturalWidth, img.naturalHeight]")
    assert natural[0] > 400 and natural[1] > 200  # 4 x 2 inches at 200 dpi, trimmed tight
    box = image.bounding_box()
    assert box is not None and box["width"] > 300  # stretched to the container


def test_json_opens_as_many_levels_as_expanded_and_works_by_keyboard(
    page_of_elements: Page,
) -> None:
    page = page_of_elements
    tree = page.get_by_role("tree", name="JSON")
    items = tree.get_by_role("treeitem")
    expect(items).to_have_count(4)  # the root and its three keys: expanded=1
    root = tree.get_by_role("treeitem", name="3 keys, object")
    expect(root).to_have_attribute("aria-expanded", "true")
    plugins = tree.get_by_role("treeitem", name="plugins: 2 items, array")
    expect(plugins).to_have_attribute("aria-expanded", "false")

    root.focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(plugins).to_be_focused()
    page.keyboard.press("ArrowRight")
    expect(plugins).to_have_attribute("aria-expanded", "true")
    expect(tree.get_by_role("treeitem", name='1: "metric"')).to_be_visible()
    page.keyboard.press("ArrowRight")
    expect(tree.get_by_role("treeitem", name='0: "text"')).to_be_focused()
    page.keyboard.press("ArrowLeft")
    expect(plugins).to_be_focused()
    page.keyboard.press("Enter")
    expect(plugins).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("End")
    nested = tree.get_by_role("treeitem", name="nested: 1 key, object")
    expect(nested).to_be_focused()
    page.keyboard.press("Space")
    expect(tree.get_by_role("treeitem", name="deeper: 1 key, object")).to_be_visible()
    # One tab stop: Tab leaves the tree.
    page.keyboard.press("Tab")
    expect(nested).not_to_be_focused()


def test_help_shows_the_object_and_its_members(page_of_elements: Page) -> None:
    page = page_of_elements
    doc = page.get_by_role("group", name="votes")
    expect(doc.locator(".rill-doc-type")).to_have_text("Counter")
    expect(doc).to_contain_text("Dict subclass for counting hashable items")
    toggle = doc.get_by_role("button", name="members")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    table = doc.get_by_role("table", name="Members of votes")
    expect(table.get_by_role("rowheader", name="most_common")).to_be_visible()
    toggle.focus()
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(table).to_be_hidden()
    page.keyboard.press("Space")
    expect(table).to_be_visible()
