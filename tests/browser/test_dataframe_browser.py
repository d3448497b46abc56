"""st.dataframe and st.data_editor in a real browser: the canvas grid draws, its cells are in the
accessible table behind the canvas, sorting, paging through a million rows, selections and
edits reach the script, light and dark themes, axe-clean.

Columns are given fixed widths (`width=COL`, `hide_index=True`, `width="content"`) where a test
clicks the canvas, so that a header or a cell sits at a known place: column `i` spans
`[i * COL, (i + 1) * COL)` pixels from the grid's left edge, the header is `HEADER` pixels high
and each row `ROW` pixels.
"""

from __future__ import annotations

import io

import pytest
from axe import Axe
from PIL import Image
from playwright.sync_api import Locator, Page, Position, expect

from conftest import AppFactory

COL = 120
HEADER = 35
ROW = 35
#: Width of the row-marker column (checkboxes) when rows can be selected or deleted.
MARKERS = 40

#: The first run imports pandas (and pyarrow): on a loaded machine that takes a while.
FIRST_RUN = 60_000

THEMES = {"light": None, "dark": '[theme]\nbase = "dark"\n'}

PEOPLE = """
import datetime as dt
import pandas as pd
import rill as st

df = pd.DataFrame(
    {
        "name": ["alice", "bob", "carol", None],
        "age": [31, 25, 47, 19],
        "pay": [1234.5, 99.0, 5000.25, 10.0],
        "when": pd.to_datetime(
            ["2024-07-01 12:30:00", "2024-01-01 00:00:00", "2023-05-05 08:00:00", None]
        ).tz_localize("Europe/Paris"),
    }
)

COL = {COL}
""".replace("{COL}", str(COL))


def grid_table(page: Page, name: str = "Dataframe", nth: int = 0) -> Locator:
    """glide's accessible table (behind the canvas) of the `nth` grid named `name`.

    The table is the canvas's fallback content: Chromium exposes it to assistive tech (see
    `ax_nodes`), but it has no layout box, so Playwright's role queries count it as hidden.
    """
    return page.get_by_role("grid", name=name, include_hidden=True).nth(nth)


def role(scope: Locator, name: str, label: str, exact: bool = True) -> Locator:
    return scope.get_by_role(name, name=label, exact=exact, include_hidden=True)  # type: ignore[arg-type]


def ax_nodes(page: Page) -> list[tuple[str, str]]:
    """(role, name) of every node of Chromium's accessibility tree that is not ignored."""
    session = page.context.new_cdp_session(page)
    nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    return [
        (n.get("role", {}).get("value", ""), str(n.get("name", {}).get("value", "")))
        for n in nodes
        if not n.get("ignored")
    ]


def cell_texts(table: Locator) -> list[list[str]]:
    """The text of every rendered body row of an accessible grid table."""
    rows = table.locator("tbody tr")
    return [[c.strip() for c in row.locator("td").all_inner_texts()] for row in rows.all()]


def column_texts(table: Locator, col: int) -> list[str]:
    return [row[col] for row in cell_texts(table) if len(row) > col]


def canvas(page: Page, nth: int = 0) -> Locator:
    return page.get_by_test_id("rill-grid").nth(nth)


def at(col: int, row: int, markers: bool = False) -> Position:
    """The middle of a cell (`row` -1 is the header), relative to the grid's frame."""
    x = (MARKERS if markers else 0) + col * COL + COL / 2
    y = HEADER / 2 if row < 0 else HEADER + row * ROW + ROW / 2
    return {"x": x + 1, "y": y + 1}


def colors(locator: Locator) -> set[tuple[int, ...]]:
    """The distinct colors of an element as drawn."""
    image = Image.open(io.BytesIO(locator.screenshot())).convert("RGB")
    found = image.getcolors(image.width * image.height) or []
    return {color for _count, color in found if isinstance(color, tuple)}


def test_cells_are_drawn_and_in_the_accessible_table(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        PEOPLE
        + """
st.dataframe(
    df,
    column_config={
        "pay": st.column_config.NumberColumn("Pay", format="dollar"),
        "age": st.column_config.ProgressColumn("Age", min_value=0, max_value=100),
    },
    placeholder="n/a",
)
"""
    )
    page.goto(server.url)
    table = grid_table(page)
    expect(table).to_be_attached(timeout=FIRST_RUN)
    expect(role(table, "columnheader", "Pay")).to_be_attached()
    expect(role(table, "gridcell", "$1,234.50")).to_be_attached()
    # A timestamp shows in its own zone, with its offset, as pandas held it.
    expect(role(table, "gridcell", "2024-07-01 12:30:00+02:00")).to_be_attached()
    expect(role(table, "gridcell", "n/a")).to_have_count(2)
    assert column_texts(table, 1) == ["alice", "bob", "carol", "n/a"]
    # Assistive tech gets the same table: Chromium's accessibility tree has the named grid and
    # its cells.
    nodes = ax_nodes(page)
    assert ("grid", "Dataframe") in nodes
    assert ("gridcell", "$1,234.50") in nodes
    # The canvas draws: text, borders, the progress bars' fill.
    assert len(colors(canvas(page))) > 20


def test_styler_display_values_and_colors(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        PEOPLE
        + """
styled = df.style.format({"pay": "{:.1f} EUR"}).map(
    lambda v: "background-color: #ff0000; color: #ffffff" if v == 99.0 else "", subset=["pay"]
)
st.dataframe(styled, hide_index=True)
"""
    )
    page.goto(server.url)
    table = grid_table(page)
    expect(role(table, "gridcell", "1234.5 EUR")).to_be_attached(timeout=FIRST_RUN)
    expect(role(table, "gridcell", "99.0 EUR")).to_be_attached()
    # The one red cell is drawn red.
    red = [c for c in colors(canvas(page)) if c[0] > 230 and c[1] < 30 and c[2] < 30]
    assert red


def test_sort_by_clicking_a_header(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        PEOPLE
        + """
st.dataframe(
    df,
    hide_index=True,
    width="content",
    column_config={c: st.column_config.Column(width=COL) for c in df.columns},
)
"""
    )
    page.goto(server.url)
    table = grid_table(page)
    expect(role(table, "gridcell", "alice")).to_be_attached(timeout=FIRST_RUN)
    header = canvas(page)
    header.click(position=at(1, -1))  # "age": ascending
    expect(role(table, "columnheader", "age ↑")).to_be_attached()
    expect(table.locator("tbody tr").first.locator("td").first).to_have_text("None")
    assert column_texts(table, 1) == ["19", "25", "31", "47"]
    header.click(position=at(1, -1))  # descending
    expect(role(table, "columnheader", "age ↓")).to_be_attached()
    expect(table.locator("tbody tr").first.locator("td").nth(1)).to_have_text("47")
    header.click(position=at(1, -1))  # back to the frame's order
    expect(role(table, "columnheader", "age")).to_be_attached()
    expect(table.locator("tbody tr").first.locator("td").first).to_have_text("alice")


def test_sort_pin_and_hide_by_keyboard(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(PEOPLE + "\nst.dataframe(df, hide_index=True)\n")
    page.goto(server.url)
    table = grid_table(page)
    expect(role(table, "gridcell", "alice")).to_be_attached(timeout=FIRST_RUN)
    # Tab reaches the toolbar's buttons, then the grid itself.
    toolbar = page.get_by_role("toolbar", name="Table actions")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "CANVAS":
            break
    assert page.evaluate("document.activeElement.tagName") == "CANVAS"
    expect(toolbar).to_be_visible()
    page.keyboard.press("ArrowDown")  # the first cell
    page.keyboard.press("ArrowRight")  # "age"
    page.keyboard.press("Shift+F10")
    menu = page.get_by_role("menu")
    expect(menu.get_by_role("menuitem", name="Sort descending")).to_be_visible()
    menu.get_by_role("menuitem", name="Sort descending").focus()
    page.keyboard.press("Enter")
    expect(role(table, "columnheader", "age ↓")).to_be_attached()
    expect(table.locator("tbody tr").first.locator("td").first).to_have_text("carol")
    page.keyboard.press("Shift+F10")
    page.get_by_role("menuitem", name="Hide column").focus()
    page.keyboard.press("Enter")
    expect(role(table, "columnheader", "age ↓")).to_have_count(0)
    # The columns menu shows it again.
    page.get_by_role("button", name="Show or hide columns").click()
    page.get_by_role("group", name="Columns shown").get_by_role("checkbox", name="age").check()
    expect(role(table, "columnheader", "age ↓")).to_be_attached()


def test_header_help_on_hover(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        PEOPLE
        + """
st.dataframe(
    df,
    hide_index=True,
    width="content",
    column_config={
        "name": st.column_config.TextColumn(width=COL),
        "age": st.column_config.NumberColumn(width=COL, help="Years **old**"),
    },
)
"""
    )
    page.goto(server.url)
    expect(role(grid_table(page), "gridcell", "alice")).to_be_attached(timeout=FIRST_RUN)
    canvas(page).hover(position=at(1, -1))
    tip = page.get_by_role("tooltip")
    expect(tip).to_have_text("Years old")
    canvas(page).hover(position=at(0, 1))
    expect(tip).to_have_count(0)


def test_scroll_a_paged_million_rows_to_the_last_row(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import numpy as np
        import pandas as pd
        import rill as st

        n = 1_000_000
        df = pd.DataFrame({"n": np.arange(n), "square": np.arange(n) ** 2})
        st.dataframe(df)
        """
    )
    page.goto(server.url)
    table = grid_table(page)
    expect(role(table, "gridcell", "0").first).to_be_attached(timeout=FIRST_RUN)
    expect(table).to_have_attribute("aria-rowcount", "1000001")
    canvas(page).click(position=at(1, 0))
    page.keyboard.press("Control+End")
    # The last page is fetched from the server: its cells reach the accessible table.
    expect(role(table, "gridcell", "999998000001")).to_be_attached()
    expect(role(table, "gridcell", "999999").first).to_be_attached()


def test_sort_a_paged_frame_on_the_server(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        f"""
        import numpy as np
        import pandas as pd
        import rill as st

        n = 1_000_000
        df = pd.DataFrame({{"n": np.arange(n), "square": np.arange(n) ** 2}})
        event = st.dataframe(
            df,
            hide_index=True,
            width="content",
            column_config={{c: st.column_config.Column(width={COL}) for c in df.columns}},
            key="big",
            on_select="rerun",
            selection_mode="single-row",
        )
        st.write(f"rows: {{event.selection.rows}}")
        """
    )
    page.goto(server.url)
    table = grid_table(page)
    expect(role(table, "gridcell", "0").first).to_be_attached(timeout=FIRST_RUN)
    grid = canvas(page)
    grid.click(position=at(0, -1, markers=True))  # "n" ascending: as it was
    grid.click(position=at(0, -1, markers=True))  # descending: the server sorts a million rows
    expect(role(table, "columnheader", "n ↓")).to_be_attached()
    expect(table.locator("tbody tr").first.locator("td").first).to_have_text("999999")
    # A selected row is the frame's own position, as the page told (`__rill_row__`).
    grid.click(position={"x": MARKERS / 2, "y": at(0, 2)["y"]})
    expect(page.get_by_text("rows: [999997]")).to_be_visible()


def test_select_rows_and_the_app_reacts(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        PEOPLE
        + """
event = st.dataframe(
    df,
    key="people",
    on_select="rerun",
    selection_mode="multi-row",
    hide_index=True,
    width="content",
    column_config={c: st.column_config.Column(width=COL) for c in df.columns},
)
st.write(f"rows: {event.selection.rows}")
names = [df['name'][r] for r in event.selection.rows]
st.write(f"names: {names}")
"""
    )
    page.goto(server.url)
    expect(page.get_by_text("rows: []")).to_be_visible(timeout=FIRST_RUN)
    grid = canvas(page)
    grid.click(position={"x": MARKERS / 2, "y": at(0, 1)["y"]})
    expect(page.get_by_text("rows: [1]")).to_be_visible()
    grid.click(position={"x": MARKERS / 2, "y": at(0, 2)["y"]})
    expect(page.get_by_text("rows: [1, 2]")).to_be_visible()
    # Rows are the frame's positions, whatever the sort shows: sorted by age, the second row
    # shown is bob (25), row 1 of the frame.
    grid.click(position=at(1, -1, markers=True))
    expect(page.get_by_text("rows: []")).to_be_visible()
    grid.click(position={"x": MARKERS / 2, "y": at(0, 1)["y"]})
    expect(page.get_by_text("rows: [1]")).to_be_visible()
    expect(page.get_by_text("names: ['bob']")).to_be_visible()


def test_edit_a_cell_and_add_a_row(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        PEOPLE
        + """
edited = st.data_editor(
    df[["name", "age"]],
    key="people",
    num_rows="dynamic",
    hide_index=True,
    width="content",
    column_config={
        "name": st.column_config.TextColumn(width=COL),
        "age": st.column_config.NumberColumn(width=COL, max_value=120),
    },
)
st.write(f"ages: {[None if pd.isna(a) else int(a) for a in edited['age']]}")
st.write(f"names: {[None if pd.isna(n) else n for n in edited['name']]}")
"""
    )
    page.goto(server.url)
    expect(page.get_by_text("ages: [31, 25, 47, 19]")).to_be_visible(timeout=FIRST_RUN)
    grid = canvas(page)
    grid.dblclick(position=at(1, 0, markers=True))
    editor = page.locator("#portal input")
    expect(editor).to_be_focused()
    editor.fill("42")
    editor.press("Enter")
    expect(page.get_by_text("ages: [42, 25, 47, 19]")).to_be_visible()

    # A rejected edit says why, and the script's value stays.
    grid.dblclick(position=at(1, 1, markers=True))
    editor = page.locator("#portal input")
    editor.fill("500")
    expect(page.get_by_role("alert")).to_have_text("age must be at most 120.")
    editor.press("Enter")
    expect(page.get_by_text("ages: [42, 25, 47, 19]")).to_be_visible()

    # Add a row from the toolbar: its first cell opens for typing.
    grid.hover()
    page.get_by_role("button", name="Add row").click()
    editor = page.locator("#portal textarea, #portal input").first
    expect(editor).to_be_focused()
    editor.fill("dave")
    editor.press("Enter")
    expect(page.get_by_text("names: ['alice', 'bob', 'carol', None, 'dave']")).to_be_visible()


def test_paste_a_block_and_delete_rows(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        PEOPLE
        + """
edited = st.data_editor(
    df[["name", "age"]],
    key="people",
    num_rows="dynamic",
    hide_index=True,
    width="content",
    column_config={
        "name": st.column_config.TextColumn(width=COL),
        "age": st.column_config.NumberColumn(width=COL),
    },
)
rows = [(None if pd.isna(n) else n, None if pd.isna(a) else int(a)) for n, a in edited.values]
st.write(f"rows: {rows}")
"""
    )
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(server.url)
    expect(page.get_by_text("rows: [('alice', 31)")).to_be_visible(timeout=FIRST_RUN)
    grid = canvas(page)
    # Two rows copied from a spreadsheet, pasted from the last row on: one more row is added.
    grid.click(position=at(0, 3, markers=True))
    page.evaluate("(text) => navigator.clipboard.writeText(text)", "dora\t50\neve\t60")
    page.keyboard.press("Control+V")
    expect(
        page.get_by_text(
            "rows: [('alice', 31), ('bob', 25), ('carol', 47), ('dora', 50), ('eve', 60)]"
        )
    ).to_be_visible()
    # Rows picked with their markers go with the Delete key.
    grid.click(position={"x": MARKERS / 2, "y": at(0, 0)["y"]})
    grid.click(position={"x": MARKERS / 2, "y": at(0, 2)["y"]})
    page.keyboard.press("Delete")
    expect(page.get_by_text("rows: [('bob', 25), ('dora', 50), ('eve', 60)]")).to_be_visible()


def test_download_as_csv(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(PEOPLE + "\nst.dataframe(df, hide_index=True)\n")
    page.goto(server.url)
    expect(role(grid_table(page), "gridcell", "alice")).to_be_attached(timeout=FIRST_RUN)
    canvas(page).hover()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download as CSV").click()
    text = download.value.path().read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    assert lines[0] == "name,age,pay,when"
    assert lines[1] == "alice,31,1234.5,2024-07-01T12:30:00+02:00"
    assert len(lines) == 5


@pytest.mark.parametrize("theme", THEMES)
def test_grids_pass_axe(page: Page, rill_app: AppFactory, axe: Axe, theme: str) -> None:
    server = rill_app(
        PEOPLE
        + """
st.dataframe(df, column_config={"age": st.column_config.NumberColumn(help="Years")})
st.dataframe(df, key="sel", on_select="rerun", selection_mode=["multi-row", "multi-column"])
st.data_editor(df, key="ed", num_rows="dynamic")
""",
        config=THEMES[theme],
    )
    page.goto(server.url)
    expect(grid_table(page, "Data editor")).to_be_attached(timeout=FIRST_RUN)
    expect(grid_table(page, nth=1)).to_be_attached()
    canvas(page).hover()  # the toolbar shows
    expect(page.get_by_role("toolbar", name="Table actions").first).to_be_visible()
    axe(page, f"dataframes and a data editor ({theme})")
    # The column menu and the columns popover are accessible too.
    canvas(page).click(position={"x": 60, "y": at(0, 0)["y"]})
    page.keyboard.press("Shift+F10")
    expect(page.get_by_role("menu")).to_be_visible()
    axe(page, f"a column's menu ({theme})")
    page.keyboard.press("Escape")
    expect(page.get_by_role("menu")).to_have_count(0)
    page.get_by_role("button", name="Show or hide columns").first.click()
    expect(page.get_by_role("group", name="Columns shown")).to_be_visible()
    axe(page, f"the columns popover ({theme})")
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Search").first.click()
    search = page.get_by_role("textbox", name="Search the dataframe")
    expect(search).to_be_focused()
    search.fill("bob")
    axe(page, f"the search box ({theme})")
    # The canvas follows the theme: its background is the app's.
    image = Image.open(io.BytesIO(canvas(page).screenshot())).convert("RGB")
    pixel = image.getpixel((image.width - 5, image.height - 5))
    assert isinstance(pixel, tuple)
    r, g, b = pixel[:3]
    luminance = (r * 299 + g * 587 + b * 114) / 1000
    assert (luminance < 80) if theme == "dark" else (luminance > 200), (theme, (r, g, b))
