"""Pills, segmented controls, feedback, menu buttons, pagination and the date-and-time input in
a real browser: used with the mouse and with the keyboard, the script sees the value, and
axe-core finds nothing serious in the light and the dark theme."""

from __future__ import annotations

import pytest
from axe import Axe
from playwright.sync_api import Locator, Page, expect

from conftest import AppFactory

THEMES = {"light": None, "dark": '[theme]\nbase = "dark"\n'}


def tab_to(page: Page, target: Locator, limit: int = 40) -> None:
    """Press Tab until `target` has the focus, as someone using the keyboard reaches it."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("(el) => el === document.activeElement"):
            return
    raise AssertionError(f"{target} cannot be reached with Tab")


def test_pills_with_the_mouse_and_the_keyboard(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        size = st.pills("Size", ["S", "M", "L"], default="M")
        tags = st.pills("Tags", ["red", "green", "blue"], selection_mode="multi")
        st.write(f"size={size} tags={tags}")
        """
    )
    page.goto(server.url)
    expect(page.get_by_text("size=M tags=[]")).to_be_visible()
    sizes = page.get_by_role("radiogroup", name="Size")
    sizes.get_by_role("radio", name="L").click()
    expect(page.get_by_text("size=L tags=[]")).to_be_visible()
    sizes.get_by_role("radio", name="L").click()  # pressing the selected pill clears it
    expect(page.get_by_text("size=None tags=[]")).to_be_visible()

    tags = page.get_by_role("group", name="Tags")
    tags.get_by_role("button", name="blue").click()
    expect(page.get_by_text("tags=['blue']")).to_be_visible()
    expect(tags.get_by_role("button", name="blue")).to_have_attribute("aria-pressed", "true")

    # Nothing selected: Tab enters the group where it was left (L), the arrows move and select.
    tab_to(page, sizes.get_by_role("radio", name="L"))
    page.keyboard.press("ArrowRight")
    expect(page.get_by_text("size=S tags=['blue']")).to_be_visible()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_text("size=M tags=['blue']")).to_be_visible()
    expect(sizes.get_by_role("radio", name="M")).to_have_attribute("aria-checked", "true")
    # A toggle group is entered where it was left (blue); the arrows only move the focus.
    tab_to(page, tags.get_by_role("button", name="blue"))
    page.keyboard.press("Home")
    expect(tags.get_by_role("button", name="red")).to_be_focused()
    page.keyboard.press("Space")
    expect(page.get_by_text("tags=['blue', 'red']")).to_be_visible()
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    expect(page.get_by_text("size=M tags=['red']")).to_be_visible()


def test_segmented_control_and_its_callback(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        def changed():
            st.session_state.changes = st.session_state.get("changes", 0) + 1
        view = st.segmented_control(
            "View", ["Day", "Week", "Month"], default="Day", key="view", on_change=changed
        )
        st.write(f"view={st.session_state.view} changes={st.session_state.get('changes', 0)}")
        """
    )
    page.goto(server.url)
    expect(page.get_by_text("view=Day changes=0")).to_be_visible()
    group = page.get_by_role("radiogroup", name="View")
    group.get_by_role("radio", name="Month").click()
    expect(page.get_by_text("view=Month changes=1")).to_be_visible()
    tab_to(page, group.get_by_role("radio", name="Month"))
    page.keyboard.press("Home")
    expect(page.get_by_text("view=Day changes=2")).to_be_visible()
    expect(group.get_by_role("radio", name="Day")).to_be_focused()


def test_feedback_stars_and_thumbs(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        stars = st.feedback("stars")
        thumbs = st.feedback("thumbs")
        st.write(f"stars={stars} thumbs={thumbs}")
        """
    )
    page.goto(server.url)
    expect(page.get_by_text("stars=None thumbs=None")).to_be_visible()
    ratings = page.get_by_role("radiogroup", name="Feedback")
    page.get_by_role("radio", name="4 stars").click()
    expect(page.get_by_text("stars=3 thumbs=None")).to_be_visible()
    # The stars up to the chosen one light up: drawn filled.
    filled = page.locator(".rill-feedback-item[data-lit] path")
    expect(filled).to_have_count(4)
    fill = filled.first.evaluate("(p) => getComputedStyle(p).fill")
    assert fill not in ("none", "transparent", "rgba(0, 0, 0, 0)"), fill
    page.get_by_role("radio", name="Thumbs up").click()
    expect(page.get_by_text("stars=3 thumbs=1")).to_be_visible()
    tab_to(page, page.get_by_role("radio", name="Thumbs up"))
    page.keyboard.press("ArrowRight")
    expect(page.get_by_text("stars=3 thumbs=0")).to_be_visible()
    page.keyboard.press("Space")  # the selected one again: cleared
    expect(page.get_by_text("stars=3 thumbs=None")).to_be_visible()
    expect(ratings).to_have_count(2)


def test_menu_button_with_the_mouse_and_the_keyboard(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        st.session_state.setdefault("log", [])
        action = st.menu_button("Export", ["CSV", "JSON", "PDF"])
        if action:
            st.session_state.log.append(action)
        st.button("Rerun")
        st.write(f"action={action} log={st.session_state.log}")
        """
    )
    page.goto(server.url)
    expect(page.get_by_text("action=None log=[]")).to_be_visible()
    button = page.get_by_role("button", name="Export")
    button.click()
    menu = page.get_by_role("menu")
    expect(menu).to_be_visible()
    menu.get_by_role("menuitem", name="JSON").click()
    expect(page.get_by_text("action=JSON log=['JSON']")).to_be_visible()
    expect(button).to_be_visible()  # the label stays
    page.get_by_role("button", name="Rerun").click()
    expect(page.get_by_text("action=None log=['JSON']")).to_be_visible()

    tab_to(page, button)
    page.keyboard.press("Enter")
    expect(page.get_by_role("menu")).to_be_visible()
    page.keyboard.press("Escape")  # closing without a pick does nothing
    expect(page.get_by_role("menu")).to_be_hidden()
    expect(button).to_be_focused()
    page.keyboard.press("ArrowDown")  # opens the menu on its first option
    expect(page.get_by_role("menuitem", name="CSV")).to_be_focused()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page.get_by_text("action=PDF log=['JSON', 'PDF']")).to_be_visible()


def test_pagination_pages_through_rows(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        rows = [f"row {i}" for i in range(1, 121)]
        page = st.pagination(num_pages=12)
        st.write(f"page {page}: " + ", ".join(rows[(page - 1) * 10 : page * 10]))
        """
    )
    page.goto(server.url)
    expect(page.get_by_text("page 1: row 1, row 2")).to_be_visible()
    nav = page.get_by_role("navigation", name="Pagination")
    expect(nav.get_by_role("button", name="Page 1", exact=True)).to_have_attribute(
        "aria-current", "page"
    )
    expect(nav.get_by_role("button", name="Previous page")).to_be_disabled()
    nav.get_by_role("button", name="Page 12").click()
    expect(page.get_by_text("page 12: row 111")).to_be_visible()
    expect(nav.get_by_role("button", name="Next page")).to_be_disabled()
    nav.get_by_role("button", name="Previous page").click()
    expect(page.get_by_text("page 11: row 101")).to_be_visible()
    expect(nav.get_by_text("…")).to_have_count(1)  # pages 2 to 6 are left out
    tab_to(page, nav.get_by_role("button", name="Page 1", exact=True))
    page.keyboard.press("Enter")
    expect(page.get_by_text("page 1: row 1, row 2")).to_be_visible()
    tab_to(page, nav.get_by_role("button", name="Next page"))
    page.keyboard.press("Space")
    expect(page.get_by_text("page 2: row 11")).to_be_visible()


def test_datetime_input_with_the_mouse_and_the_keyboard(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import datetime
        import rill as st
        when = st.datetime_input("Meeting", datetime.datetime(2025, 11, 19, 16, 45))
        st.write(f"when={when.isoformat()}")
        """
    )
    page.goto(server.url)
    expect(page.get_by_text("when=2025-11-19T16:45:00")).to_be_visible()
    group = page.get_by_role("group", name="Meeting")
    date = group.get_by_role("button", name="Date")
    expect(date).to_have_text("2025/11/19")
    date.click()
    page.get_by_role("button", name="21 November 2025").click()
    expect(page.get_by_text("when=2025-11-21T16:45:00")).to_be_visible()

    time = group.get_by_role("combobox", name="Time")
    tab_to(page, time)
    page.keyboard.type("09:30")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page.get_by_text("when=2025-11-21T09:30:00")).to_be_visible()


@pytest.mark.parametrize("theme", THEMES)
def test_every_picker_passes_axe(page: Page, rill_app: AppFactory, axe: Axe, theme: str) -> None:
    server = rill_app(
        """
        import datetime
        import rill as st
        st.pills("Size", ["S", "M", ":material/add: More"], default="M", help="Pick a size")
        st.pills("Tags", ["red", "green"], selection_mode="multi", default=["red"])
        st.pills("Off", ["a", "b"], disabled=True)
        st.segmented_control("View", [":material/list:", ":material/grid_view:"], default=None)
        st.segmented_control("Days", ["Mon", "Tue"], selection_mode="multi", default="Tue")
        st.feedback("thumbs", default=1)
        st.feedback("faces", default=2)
        st.feedback("stars", default=3)
        st.menu_button("Export", ["CSV", "JSON"], help="Download")
        st.menu_button("Primary", ["a"], type="primary", icon=":material/bolt:")
        st.pagination(20, default=9)
        st.datetime_input("Meeting", datetime.datetime(2025, 11, 19, 16, 45))
        st.datetime_input("Empty", None)
        """,
        config=THEMES[theme],
    )
    page.goto(server.url)
    expect(page.get_by_role("navigation", name="Pagination")).to_be_visible()
    expect(
        page.get_by_role("group", name="Meeting").get_by_role("button", name="Date")
    ).to_be_visible()
    axe(page, f"every picker, {theme} theme")
    page.get_by_role("button", name="Export").click()
    expect(page.get_by_role("menu")).to_be_visible()
    axe(page, f"an open menu button, {theme} theme")
    page.keyboard.press("Escape")
    meeting = page.get_by_role("group", name="Meeting")
    meeting.get_by_role("combobox", name="Time").click()
    expect(page.get_by_role("listbox", name="Time")).to_be_visible()
    axe(page, f"the time list of a datetime input, {theme} theme")
    page.keyboard.press("Escape")
    meeting.get_by_role("button", name="Date").click()
    expect(page.get_by_role("dialog")).to_be_visible()
    axe(page, f"the calendar of a datetime input, {theme} theme")
