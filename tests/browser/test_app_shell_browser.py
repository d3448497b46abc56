"""The app shell in a real browser: errors, Stop, reconnects, theming, isolated tabs."""

from __future__ import annotations

import re

from playwright.sync_api import Browser, Page, expect

from conftest import AppFactory, start_server


def test_exception_is_shown_and_the_app_recovers(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        broken = st.checkbox("Break it")
        if broken:
            raise ValueError("the widget said so")
        st.write("All good")
        """
    )
    page.goto(server.url)
    expect(page.get_by_text("All good")).to_be_visible()
    page.get_by_label("Break it").check()
    expect(page.get_by_text("ValueError", exact=True)).to_be_visible()
    expect(page.get_by_text(": the widget said so")).to_be_visible()
    expect(page.get_by_text("All good")).to_be_hidden()
    page.get_by_label("Break it").uncheck()
    expect(page.get_by_text("All good")).to_be_visible()
    expect(page.get_by_text("ValueError", exact=True)).to_be_hidden()


def test_stop_button_stops_a_long_script(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import time
        import rill as st
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        st.write(f"run {st.session_state.runs}")
        if st.session_state.runs == 1:
            slot = st.empty()
            for i in range(100_000):
                slot.write(f"tick {i}")
                time.sleep(0.05)
        st.write("finished")
        """
    )
    page.goto(server.url)
    expect(page.get_by_text(re.compile(r"tick \d+"))).to_be_visible()
    stop = page.get_by_role("button", name="Stop")
    expect(stop).to_be_visible()
    stop.click()
    expect(stop).to_be_hidden()
    ticks = page.get_by_text(re.compile(r"tick \d+")).inner_text()
    page.wait_for_timeout(400)
    assert page.get_by_text(re.compile(r"tick \d+")).inner_text() == ticks  # really stopped
    expect(page.get_by_text("finished")).to_be_hidden()
    page.keyboard.press("r")  # rerun from the keyboard
    expect(page.get_by_text("run 2")).to_be_visible()
    expect(page.get_by_text("finished")).to_be_visible()


def test_reconnects_after_a_server_restart(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        st.session_state.setdefault("n", 0)
        if st.button("Add one"):
            st.session_state.n += 1
        st.write(f"Count: {st.session_state.n}")
        """
    )
    page.goto(server.url)
    page.get_by_role("button", name="Add one").click()
    expect(page.get_by_text("Count: 1")).to_be_visible()
    server.stop()
    expect(page.get_by_text("Connecting")).to_be_visible(timeout=10_000)
    restarted = start_server(server.script.parent, server.script, server.port, [])
    try:
        expect(page.get_by_text("Connecting")).to_be_hidden(timeout=15_000)
        expect(page.get_by_text("Count: 0")).to_be_visible()  # a new server, a new session
        page.get_by_role("button", name="Add one").click()
        expect(page.get_by_text("Count: 1")).to_be_visible()
    finally:
        restarted.stop()


def test_reload_resumes_the_same_session(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        st.session_state.setdefault("n", 0)
        if st.button("Add one"):
            st.session_state.n += 1
        st.write(f"Count: {st.session_state.n}")
        """
    )
    page.goto(server.url)
    page.get_by_role("button", name="Add one").click()
    expect(page.get_by_text("Count: 1")).to_be_visible()
    page.reload()
    expect(page.get_by_text("Count: 1")).to_be_visible()


def test_dark_theme_from_config(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        'import rill as st\nst.write("Dark?")\n',
        config='[theme]\nbase = "dark"\nprimaryColor = "#00aa88"\n',
    )
    page.goto(server.url)
    expect(page.get_by_text("Dark?")).to_be_visible()
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    red, green, blue = (int(x) for x in re.findall(r"\d+", background)[:3])
    assert red + green + blue < 3 * 80, background
    text = page.get_by_text("Dark?").evaluate("el => getComputedStyle(el).color")
    assert sum(int(x) for x in re.findall(r"\d+", text)[:3]) > 3 * 150, text


def test_two_tabs_are_isolated(browser: Browser, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        st.session_state.setdefault("n", 0)
        if st.button("Add one"):
            st.session_state.n += 1
        st.write(f"Count: {st.session_state.n}")
        """
    )
    context = browser.new_context()
    try:
        first, second = context.new_page(), context.new_page()
        first.goto(server.url)
        second.goto(server.url)
        first.get_by_role("button", name="Add one").click()
        first.get_by_role("button", name="Add one").click()
        expect(first.get_by_text("Count: 2")).to_be_visible()
        second.get_by_role("button", name="Add one").click()
        expect(second.get_by_text("Count: 1")).to_be_visible()
        expect(first.get_by_text("Count: 2")).to_be_visible()
    finally:
        context.close()


def test_page_config_title_layout_and_about(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        st.set_page_config(page_title="Sales board", layout="wide")
        st.set_page_config(menu_items={"About": "Built by the **data team**."})
        st.write("Board")
        """
    )
    page.goto(server.url)
    expect(page).to_have_title("Sales board")
    width = page.get_by_text("Board").evaluate(
        "el => el.closest('main').getBoundingClientRect().width"
    )
    assert width > 900  # wide layout uses the window, centered would cap it near 736 px
    page.get_by_role("button", name="Main menu").click()
    page.get_by_role("menuitem", name="About").click()
    expect(page.get_by_text("Built by the")).to_be_visible()


def test_source_change_offers_a_rerun(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        'import rill as st\nst.write("Version one")\n', flags=["--server.fileWatcherType", "auto"]
    )
    page.goto(server.url)
    expect(page.get_by_text("Version one")).to_be_visible()
    page.wait_for_timeout(300)
    server.script.write_text('import rill as st\nst.write("Version two")\n')
    rerun = page.get_by_role("button", name="Rerun", exact=True)
    expect(rerun).to_be_visible(timeout=10_000)
    rerun.click()
    expect(page.get_by_text("Version two")).to_be_visible()


def test_settings_switch_to_dark_and_wide(page: Page, rill_app: AppFactory) -> None:
    server = rill_app('import rill as st\nst.write("Themed")\n')
    page.goto(server.url)
    expect(page.get_by_text("Themed")).to_be_visible()
    page.get_by_role("button", name="Main menu").click()
    page.get_by_role("menuitem", name="Settings").click()
    dialog = page.get_by_role("dialog", name="Settings")
    dialog.get_by_text("Dark", exact=True).click()
    dialog.get_by_text("Wide mode", exact=True).click()
    expect(dialog.get_by_role("switch", name="Wide mode")).to_be_checked()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert sum(int(x) for x in re.findall(r"\d+", background)[:3]) < 3 * 80, background
    width = page.get_by_text("Themed").evaluate(
        "el => el.closest('main').getBoundingClientRect().width"
    )
    assert width > 900
    page.reload()  # the choice is remembered
    expect(page.get_by_text("Themed")).to_be_visible()
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert sum(int(x) for x in re.findall(r"\d+", background)[:3]) < 3 * 80, background


def test_rerun_and_clear_cache_from_the_menu(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        st.write(f"runs={st.session_state.runs}")
        """
    )
    page.goto(server.url)
    expect(page.get_by_text("runs=1")).to_be_visible()
    page.get_by_role("button", name="Main menu").click()
    page.get_by_role("menuitem", name="Rerun").click()
    expect(page.get_by_text("runs=2")).to_be_visible()
    page.get_by_role("button", name="Main menu").click()
    expect(page.get_by_role("menuitem", name="Clear cache")).to_be_visible()  # local developer
    page.keyboard.press("Escape")
    page.keyboard.press("r")
    expect(page.get_by_text("runs=3")).to_be_visible()
