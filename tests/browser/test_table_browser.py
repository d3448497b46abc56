"""st.table in a real browser: Arrow rows drawn as an HTML table, Styler colors, add_rows,
accessible in the light and the dark theme."""

from __future__ import annotations

import pytest
from axe import Axe
from playwright.sync_api import Page, expect

from conftest import AppFactory

THEMES = {"light": None, "dark": '[theme]\nbase = "dark"\n'}

APP = """
import datetime as dt
import pandas as pd
import rill as st

df = pd.DataFrame(
    {
        "city": ["Oslo", "Lima"],
        "population (M)": [0.7, 10.1],
        "since": pd.to_datetime(["2024-05-01 12:00", "2024-06-02 08:30"]).tz_localize(
            "Europe/Oslo"
        ),
        "note": ["cold", None],
    },
    index=pd.Index(["no", "pe"], name="code"),
)
st.table(df)
styled = df[["population (M)"]].style.format("{:.2f} M").map(
    lambda v: "color: #b00020; background-color: #fff3c4" if v > 1 else ""
)
st.table(styled, border="horizontal")
grow = st.table(pd.DataFrame({"step": [1]}), hide_index=True)
grow.add_rows(pd.DataFrame({"step": [2, 3]}))
"""


@pytest.mark.parametrize("theme", THEMES)
def test_tables_show_their_rows_styles_and_added_rows(
    page: Page, rill_app: AppFactory, axe: Axe, theme: str
) -> None:
    server = rill_app(APP, config=THEMES[theme])
    page.goto(server.url)
    first, styled, grown = (page.get_by_role("table").nth(i) for i in range(3))
    expect(first.get_by_role("columnheader")).to_have_text(
        ["code", "city", "population (M)", "since", "note"]
    )
    expect(first.get_by_role("rowheader")).to_have_text(["no", "pe"])
    expect(first.get_by_role("cell", name="10.1")).to_be_visible()
    expect(first.get_by_role("cell", name="2024-05-01 12:00:00")).to_be_visible()  # Oslo time
    expect(first.get_by_role("cell", name="None")).to_be_visible()
    hot = styled.get_by_role("cell", name="10.10 M")
    expect(hot).to_have_css("color", "rgb(176, 0, 32)")
    expect(hot).to_have_css("background-color", "rgb(255, 243, 196)")
    expect(styled.get_by_role("cell", name="0.70 M")).to_be_visible()
    expect(grown.get_by_role("cell")).to_have_text(["1", "2", "3"])
    expect(grown.get_by_role("rowheader")).to_have_count(0)
    axe(page, f"st.table, {theme} theme")


def test_a_table_region_is_reachable_by_keyboard(page: Page, rill_app: AppFactory) -> None:
    server = rill_app("import rill as st\nst.table({'a': list(range(3))})\n")
    page.goto(server.url)
    region = page.get_by_role("region", name="Table")
    expect(region).to_be_visible()
    region.focus()
    expect(region).to_be_focused()
