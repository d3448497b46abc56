"""Layout in a real browser: sidebar, tabs, expander, columns, dialogs, popovers, containers,
st.space, st.badge and st.html (sanitized, and its scripts under the strict policy)."""

from __future__ import annotations

import pytest
from axe import Axe
from playwright.sync_api import Page, expect

from conftest import AppFactory

THEMES = {"light": None, "dark": '[theme]\nbase = "dark"\n'}


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


# -- dialogs ---------------------------------------------------------------------------------------

DIALOG_APP = """
import rill as st

st.session_state.setdefault("full_runs", 0)
st.session_state.full_runs += 1

@st.dialog("Your name")
def ask():
    name = st.text_input("Name")
    if st.button("Greet"):
        st.write(f"Hello {name}, full runs: {st.session_state.full_runs}")
    if st.button("Save"):
        st.session_state.name = name
        st.rerun()

if st.button("Open"):
    ask()
st.write(f"Saved: {st.session_state.get('name', '-')}")
"""


def focus_is_inside(page: Page, selector: str) -> bool:
    return bool(
        page.evaluate(f"document.querySelector({selector!r}).contains(document.activeElement)")
    )


def test_dialog_is_dismissed_with_escape_and_the_close_button(
    page: Page, rill_app: AppFactory
) -> None:
    server = rill_app(DIALOG_APP)
    page.goto(server.url)
    opener = page.get_by_role("button", name="Open")
    opener.click()
    dialog = page.get_by_role("dialog", name="Your name")
    expect(dialog).to_be_visible()
    expect(dialog).to_have_attribute("aria-modal", "true")
    assert focus_is_inside(page, ".rill-dialog")
    for _ in range(8):  # Tab goes round the dialog's controls, never behind it
        page.keyboard.press("Tab")
        assert focus_is_inside(page, ".rill-dialog")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(opener).to_be_focused()
    opener.click()
    expect(dialog).to_be_visible()
    dialog.get_by_role("button", name="Close").click()
    expect(dialog).to_be_hidden()


def test_dialog_widgets_rerun_only_the_dialog_and_st_rerun_closes_it(
    page: Page, rill_app: AppFactory
) -> None:
    server = rill_app(DIALOG_APP)
    page.goto(server.url)
    page.get_by_role("button", name="Open").click()
    dialog = page.get_by_role("dialog", name="Your name")
    dialog.get_by_role("textbox", name="Name").fill("Ada")
    dialog.get_by_role("textbox", name="Name").press("Enter")
    dialog.get_by_role("button", name="Greet").click()
    # The dialog's own rerun: still open, and the script's top did not run again.
    expect(dialog.get_by_text("Hello Ada, full runs: 2")).to_be_visible()
    dialog.get_by_role("button", name="Save").click()
    expect(dialog).to_be_hidden()
    expect(page.get_by_text("Saved: Ada")).to_be_visible()


def test_only_one_dialog_opens_at_a_time(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st

        @st.dialog("First")
        def first():
            st.write("first body")

        @st.dialog("Second")
        def second():
            st.write("second body")

        first()
        second()
        """
    )
    page.goto(server.url)
    expect(page.get_by_role("dialog", name="First")).to_be_visible()
    expect(
        page.get_by_text("Only one dialog is allowed to be opened at the same time")
    ).to_be_attached()
    expect(page.get_by_role("dialog")).to_have_count(1)


def test_dismissing_can_rerun_the_app_with_a_callback(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st

        def dismissed():
            st.session_state.n = st.session_state.get("n", 0) + 1

        @st.dialog("Notice", on_dismiss=dismissed, width="large")
        def notice():
            st.write("Read me")

        if st.button("Show"):
            notice()
        st.write(f"dismissed {st.session_state.get('n', 0)} times")
        """
    )
    page.goto(server.url)
    page.get_by_role("button", name="Show").click()
    expect(page.get_by_role("dialog", name="Notice")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.get_by_text("dismissed 1 times")).to_be_visible()
    expect(page.get_by_role("dialog")).to_have_count(0)


# -- popovers --------------------------------------------------------------------------------------


def test_popover_by_keyboard(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        with st.popover("Filters"):
            red = st.checkbox("Red items")
        st.write(f"red={red}")
        """
    )
    page.goto(server.url)
    button = page.get_by_role("button", name="Filters")
    expect(button).to_have_attribute("aria-expanded", "false")
    button.focus()
    page.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    panel = page.get_by_role("dialog", name="Filters")
    expect(panel).to_be_visible()
    assert button.get_attribute("aria-controls") == panel.get_attribute("id")
    checkbox = panel.get_by_role("checkbox", name="Red items")
    expect(checkbox).to_be_focused()
    page.keyboard.press("Space")
    expect(page.get_by_text("red=True")).to_be_visible()
    expect(panel).to_be_visible()  # the rerun keeps it open
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    expect(button).to_be_focused()


# -- containers ------------------------------------------------------------------------------------


def test_container_with_a_height_scrolls(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        with st.container(height=150):
            for i in range(30):
                st.write(f"Line {i}")
        st.write("After the box")
        """
    )
    page.goto(server.url)
    region = page.get_by_role("region", name="Scrollable container")
    expect(region.get_by_text("Line 29")).to_be_attached()
    box = region.bounding_box()
    assert box is not None and 145 <= box["height"] <= 155
    assert region.evaluate("(el) => el.scrollHeight > el.clientHeight + 100")
    region.focus()  # reachable by keyboard: the keys scroll it
    page.keyboard.press("End")
    page.wait_for_function(
        "() => document.querySelector('[role=region]').scrollTop > 100", timeout=5000
    )
    expect(region.get_by_text("Line 29")).to_be_in_viewport()


def test_horizontal_container_lays_out_a_row(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        with st.container(horizontal=True, key="row"):
            st.button("One")
            st.button("Two")
            st.space("stretch")
            st.button("Three")
        with st.container(horizontal=True, horizontal_alignment="right", key="right"):
            st.badge("Right badge", color="green")
        """
    )
    page.goto(server.url)
    boxes = [page.get_by_role("button", name=n).bounding_box() for n in ("One", "Two", "Three")]
    row = page.locator(".st-key-row").bounding_box()
    assert row is not None and all(box is not None for box in boxes)
    one, two, three = (box for box in boxes if box is not None)
    assert abs(one["y"] - two["y"]) < 2 and abs(two["y"] - three["y"]) < 2
    assert one["x"] < two["x"] < three["x"]
    # The stretching space pushes "Three" to the right end of the row.
    assert abs((three["x"] + three["width"]) - (row["x"] + row["width"])) < 2
    assert three["x"] - (two["x"] + two["width"]) > 100
    badge = page.get_by_text("Right badge").bounding_box()
    right = page.locator(".st-key-right").bounding_box()
    assert badge is not None and right is not None
    assert right["x"] + right["width"] - (badge["x"] + badge["width"]) < 12


# -- st.html ---------------------------------------------------------------------------------------


def test_html_is_sanitized_and_injected_script_does_not_run(
    page: Page, rill_app: AppFactory
) -> None:
    server = rill_app(
        """
        import rill as st
        st.html(
            "<p id='kept'>Kept <b>bold</b></p>"
            "<script>document.body.dataset.pwned = 'script'</script>"
            "<img src='missing.png' alt='broken' onerror=\\"document.body.dataset.pwned = 'img'\\">"
            "<a id='js' href='javascript:document.body.dataset.pwned=1'>link</a>"
        )
        st.html("<style>#kept { color: rgb(200, 0, 0); }</style>")
        """
    )
    page.goto(server.url)
    kept = page.locator("#kept")
    expect(kept).to_have_text("Kept bold")
    expect(kept).to_have_css("color", "rgb(200, 0, 0)")  # the styles-only element applies
    expect(page.get_by_role("img", name="broken")).to_be_attached()
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.body.dataset.pwned") is None
    assert page.locator(".rill-html script").count() == 0
    assert page.locator("#js").get_attribute("href") is None
    assert page.locator("[onerror]").count() == 0


def test_html_scripts_run_when_allowed_under_the_strict_policy(
    page: Page, rill_app: AppFactory
) -> None:
    server = rill_app(
        """
        import rill as st
        st.html(
            "<p id='target'>waiting</p>"
            "<script>document.getElementById('target').textContent = 'first';</script>"
            "<script>document.getElementById('target').textContent += ' then second';</script>",
            unsafe_allow_javascript=True,
        )
        """
    )
    page.goto(server.url)
    # Both inline scripts ran, in order; the page's policy (script-src 'self') still holds:
    # the conftest fails the test on any CSP violation.
    expect(page.locator("#target")).to_have_text("first then second")


# -- axe ---------------------------------------------------------------------------------------

LAYOUT_PAGE = """
import rill as st

@st.dialog("A dialog", width="medium")
def show():
    st.write("In the dialog")
    st.text_input("Dialog input")
    st.badge("Inside", color="violet")

st.title("Layout")
with st.popover("Options", help="More options"):
    st.checkbox("Compact")
for color in ("blue", "green", "orange", "red", "violet", "gray", "primary", "yellow"):
    st.badge(f"{color} badge", color=color, icon=":material/star:")
with st.container(height=120, border=True):
    for i in range(20):
        st.write(f"Row {i}")
with st.container(horizontal=True, gap="medium"):
    st.button("Left")
    st.space("stretch")
    st.button("Right")
st.html("<p>Some <em>HTML</em></p>")
if st.button("Open dialog"):
    show()
"""


@pytest.mark.parametrize("theme", THEMES)
def test_layout_elements_pass_axe(page: Page, rill_app: AppFactory, axe: Axe, theme: str) -> None:
    server = rill_app(LAYOUT_PAGE, config=THEMES[theme])
    page.goto(server.url)
    expect(page.get_by_text("Some HTML")).to_be_visible()
    expect(page.get_by_text("yellow badge")).to_be_visible()
    axe(page, f"layout elements, {theme} theme")
    page.get_by_role("button", name="Options").click()
    expect(page.get_by_role("dialog", name="Options")).to_be_visible()
    axe(page, f"an open popover, {theme} theme")
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Open dialog").click()
    expect(page.get_by_role("dialog", name="A dialog")).to_be_visible()
    axe(page, f"an open dialog, {theme} theme")
