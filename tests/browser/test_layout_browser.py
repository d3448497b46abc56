"""Layout in a real browser: sidebar, tabs, expander, columns."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from conftest import AppFactory


def test_sidebar_widget_drives_the_main_area(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        with st.sidebar:
            st.header("Options")
            size = st.radio("Size", ["Small", "Large"])
        st.write(f"Size: {size}")
        """
    )
    page.goto(server.url)
    sidebar = page.get_by_role("complementary")
    expect(sidebar.get_by_text("Options")).to_be_visible()
    expect(page.get_by_text("Size: Small")).to_be_visible()
    sidebar.get_by_label("Large").check()
    expect(page.get_by_text("Size: Large")).to_be_visible()


def test_tabs_switch_content(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        one, two = st.tabs(["First", "Second"])
        one.write("Inside the first tab")
        two.write("Inside the second tab")
        """
    )
    page.goto(server.url)
    expect(page.get_by_text("Inside the first tab")).to_be_visible()
    expect(page.get_by_text("Inside the second tab")).to_be_hidden()
    page.get_by_role("tab", name="Second").click()
    expect(page.get_by_text("Inside the second tab")).to_be_visible()
    expect(page.get_by_text("Inside the first tab")).to_be_hidden()


def test_expander_opens_and_closes(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        with st.expander("Details"):
            st.write("Hidden until opened")
        """
    )
    page.goto(server.url)
    toggle = page.get_by_role("button", name="Details")
    expect(page.get_by_text("Hidden until opened")).to_be_hidden()
    toggle.click()
    expect(page.get_by_text("Hidden until opened")).to_be_visible()
    toggle.click()
    expect(page.get_by_text("Hidden until opened")).to_be_hidden()


def test_columns_sit_side_by_side(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        left, right = st.columns(2)
        left.write("Left side")
        right.write("Right side")
        """
    )
    page.goto(server.url)
    left = page.get_by_text("Left side").bounding_box()
    right = page.get_by_text("Right side").bounding_box()
    assert left is not None and right is not None
    assert right["x"] > left["x"] + left["width"] / 2
    assert abs(right["y"] - left["y"]) < 5
