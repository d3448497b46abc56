"""Status elements in a real browser: progress bars, spinners, status containers, toasts,
balloons and snow, as a person (and a screen reader) meets them.

Scripts that must be caught in the middle of a block wait for a file named `go` beside them;
the test creates it when it has seen what the block shows, so nothing depends on timing.
"""

from __future__ import annotations

import re

import pytest
from axe import Axe
from playwright.sync_api import Browser, Locator, Page, expect

from conftest import AppFactory, RillServer

THEMES = {"light": None, "dark": '[theme]\nbase = "dark"\n'}

WAIT_FOR_GO = """
import pathlib
import time

def wait_for_go():
    while not pathlib.Path("go").exists():
        time.sleep(0.05)
"""


def release(server: RillServer) -> None:
    """Let the script past its `wait_for_go()`."""
    (server.script.parent / "go").touch()


def test_progress_bar_updates_in_place(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        st.session_state.setdefault("done", 0)
        if st.button("Advance"):
            st.session_state.done += 25
        bar = st.progress(0, text="Starting")
        bar.progress(st.session_state.done, text=f"Done: {st.session_state.done}%")
        """
    )
    page.goto(server.url)
    bar = page.get_by_role("progressbar", name="Done: 0%")
    expect(bar).to_have_attribute("aria-valuenow", "0")
    for done in (25, 50):
        page.get_by_role("button", name="Advance").click()
        bar = page.get_by_role("progressbar", name=f"Done: {done}%")
        expect(bar).to_have_attribute("aria-valuenow", str(done))
    expect(page.get_by_role("progressbar")).to_have_count(1)
    expect(bar).to_have_attribute("aria-valuemax", "100")
    # The fill is drawn to scale: half of the track at 50%.
    page.wait_for_function(
        """(fill) => {
            const track = fill.parentElement.getBoundingClientRect().width;
            return track > 0 && Math.abs(fill.getBoundingClientRect().width * 2 - track) < 2;
        }""",
        arg=bar.locator(".rill-progress-fill").element_handle(),
    )


def test_spinner_shows_while_the_block_runs_then_goes(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        "import rill as st\n"
        + WAIT_FOR_GO
        + """
st.write("Before the block")
with st.spinner("Crunching numbers...", show_time=True):
    wait_for_go()
st.write("Finished")
"""
    )
    page.goto(server.url)
    spinner = page.get_by_role("status").filter(has_text="Crunching numbers...")
    expect(spinner).to_be_visible()
    expect(spinner).to_contain_text(re.compile(r"\(\d+\.\d seconds\)"))
    expect(page.get_by_text("Finished")).to_have_count(0)
    release(server)
    expect(page.get_by_text("Finished")).to_be_visible()
    expect(page.get_by_text("Crunching numbers...")).to_have_count(0)
    expect(page.get_by_text("Before the block")).to_be_visible()


def test_status_goes_from_running_to_complete_and_shows_errors(
    page: Page, rill_app: AppFactory
) -> None:
    server = rill_app(
        "import rill as st\n"
        + WAIT_FOR_GO
        + """
with st.status("Downloading data...", expanded=True) as status:
    st.write("Searching for data...")
    wait_for_go()
    st.write("Found a URL.")
try:
    with st.status("Parsing"):
        raise ValueError("bad input")
except ValueError:
    pass
"""
    )
    page.goto(server.url)
    running = page.get_by_role("button", name="Downloading data... (running)")
    expect(running).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("region", name=re.compile("Downloading data"))).to_contain_text(
        "Searching for data..."
    )
    release(server)
    complete = page.get_by_role("button", name="Downloading data... (complete)")
    expect(complete).to_be_visible()
    expect(page.get_by_text("Found a URL.")).to_be_visible()
    failed = page.get_by_role("button", name="Parsing (error)")
    expect(failed).to_be_visible()
    # A disclosure the keyboard opens and closes.
    complete.focus()
    page.keyboard.press("Enter")
    expect(complete).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_text("Found a URL.")).to_be_hidden()
    page.keyboard.press("Space")
    expect(complete).to_have_attribute("aria-expanded", "true")


def tab_to(page: Page, target: Locator, presses: int = 15) -> None:
    """Press Tab until `target` has the focus, as a keyboard user would."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if target.evaluate("el => el === document.activeElement"):
            return
    raise AssertionError("Tab never reached the element")


def test_toast_appears_politely_and_is_dismissed_by_keyboard(
    page: Page, rill_app: AppFactory
) -> None:
    server = rill_app(
        """
        import rill as st
        if st.button("Save"):
            st.toast("Your work was saved", icon="✅", duration="infinite")
            st.toast("Saving is quick", duration=1)
        """
    )
    page.goto(server.url)
    page.get_by_role("button", name="Save").click()
    toast = page.get_by_role("status").filter(has_text="Your work was saved")
    expect(toast).to_be_visible()
    expect(toast).to_have_attribute("aria-live", "polite")
    # In the bottom-right corner of the window.
    box = toast.bounding_box()
    size = page.viewport_size
    assert box is not None and size is not None
    assert box["x"] + box["width"] > size["width"] * 0.6
    assert box["y"] + box["height"] > size["height"] * 0.6
    # The short one goes away by itself; the infinite one stays.
    expect(page.get_by_text("Saving is quick")).to_be_hidden()
    expect(toast).to_be_visible()
    close = toast.get_by_role("button", name="Close notification")
    tab_to(page, close)
    page.keyboard.press("Enter")
    expect(page.get_by_text("Your work was saved")).to_have_count(0)
    # Escape, from inside a toast, dismisses it too.
    page.get_by_role("button", name="Save").click()
    toast = page.get_by_role("status").filter(has_text="Your work was saved")
    expect(toast).to_be_visible()
    tab_to(page, toast.get_by_role("button", name="Close notification"))
    page.keyboard.press("Escape")
    expect(page.get_by_text("Your work was saved")).to_have_count(0)


@pytest.mark.parametrize("kind", ["balloons", "snow"])
def test_celebrations_float_over_the_page_without_breaking_it(
    page: Page, rill_app: AppFactory, kind: str
) -> None:
    server = rill_app(
        f"""
        import rill as st
        st.session_state.setdefault("clicks", 0)
        st.{kind}()
        if st.button("Click me"):
            st.session_state.clicks += 1
        st.write(f"Clicks: {{st.session_state.clicks}}")
        """
    )
    page.goto(server.url)
    overlay = page.locator(f'.rill-celebration[data-kind="{kind}"]')
    expect(overlay).to_have_attribute("aria-hidden", "true")
    # The shapes are drawn, and pass through the window.
    page.wait_for_function(
        """() => [...document.querySelectorAll('.rill-celebration svg')].some((svg) => {
            const r = svg.getBoundingClientRect();
            return r.width > 0 && r.bottom > 0 && r.top < window.innerHeight;
        })"""
    )
    # They catch no clicks: the page works under them.
    page.get_by_role("button", name="Click me").click()
    expect(page.get_by_text("Clicks: 1")).to_be_visible()
    # And they take no room in the page.
    assert page.locator(f'.rill-element[data-kind="{kind}"]').bounding_box() is None


def test_no_celebration_under_reduced_motion(browser: Browser, rill_app: AppFactory) -> None:
    server = rill_app("import rill as st\nst.balloons()\nst.snow()\nst.write('Calm page')\n")
    context = browser.new_context(reduced_motion="reduce")
    try:
        page = context.new_page()
        page.goto(server.url)
        expect(page.get_by_text("Calm page")).to_be_visible()
        expect(page.locator(".rill-celebration")).to_have_count(0)
    finally:
        context.close()


@pytest.mark.parametrize("theme", list(THEMES))
def test_status_elements_pass_axe(page: Page, rill_app: AppFactory, axe: Axe, theme: str) -> None:
    server = rill_app(
        "import rill as st\n"
        + WAIT_FOR_GO
        + """
st.progress(0.4, text="Loading **rows**")
st.progress(70)
with st.status("Finished task", expanded=True):
    st.write("All steps done")
try:
    with st.status("Failed task"):
        raise ValueError("bad")
except ValueError:
    pass
st.status("Running task")
st.toast("A notification", icon="🎉", duration="infinite")
st.toast("Working on it", icon="spinner", duration="infinite")
st.skeleton()
with st.spinner("Still working...", show_time=True):
    wait_for_go()
""",
        config=THEMES[theme],
    )
    page.goto(server.url)
    expect(page.get_by_role("status").filter(has_text="Still working...")).to_be_visible()
    expect(page.get_by_role("status").filter(has_text="A notification")).to_be_visible()
    expect(page.get_by_role("button", name="Failed task (error)")).to_be_visible()
    axe(page, f"status elements, {theme} theme")
    release(server)
