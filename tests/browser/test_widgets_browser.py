"""Widgets in a real browser: the value a person sets reaches the script and the page updates."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from conftest import AppFactory


def test_counter_button(page: Page, rill_app: AppFactory) -> None:
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
    expect(page.get_by_text("Count: 0")).to_be_visible()
    button = page.get_by_role("button", name="Add one")
    # Each click waits for its run, as a person sees the count change before clicking again:
    # clicks that arrive while a rerun is still pending are one rerun (as in Streamlit).
    for count in (1, 2, 3):
        button.click()
        expect(page.get_by_text(f"Count: {count}")).to_be_visible()


def test_text_input_sends_on_enter(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        name = st.text_input("Your name")
        st.write(f"Hello, {name or 'nobody'}!")
        """
    )
    page.goto(server.url)
    expect(page.get_by_text("Hello, nobody!")).to_be_visible()
    box = page.get_by_label("Your name")
    box.fill("Ada")
    expect(page.get_by_text("Hello, nobody!")).to_be_visible()  # not sent while typing
    box.press("Enter")
    expect(page.get_by_text("Hello, Ada!")).to_be_visible()


def test_slider_with_the_keyboard(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        value = st.slider("Level", 0, 10, 5)
        st.write(f"Level is {value}")
        """
    )
    page.goto(server.url)
    expect(page.get_by_text("Level is 5")).to_be_visible()
    thumb = page.get_by_role("slider")
    thumb.focus()
    thumb.press("ArrowRight")
    thumb.press("ArrowRight")
    expect(page.get_by_text("Level is 7")).to_be_visible()


def test_selectbox_choice(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        city = st.selectbox("City", ["Paris", "Oslo", "Lima"])
        st.write(f"Going to {city}")
        """
    )
    page.goto(server.url)
    expect(page.get_by_text("Going to Paris")).to_be_visible()
    page.get_by_role("combobox", name="City").click()
    page.get_by_role("option", name="Lima").click()
    expect(page.get_by_text("Going to Lima")).to_be_visible()


def test_checkbox_and_callback(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        def changed():
            st.session_state.changes = st.session_state.get("changes", 0) + 1
        on = st.checkbox("Enable", on_change=changed)
        st.write(f"on={on} changes={st.session_state.get('changes', 0)}")
        """
    )
    page.goto(server.url)
    expect(page.get_by_text("on=False changes=0")).to_be_visible()
    page.get_by_label("Enable").check()
    expect(page.get_by_text("on=True changes=1")).to_be_visible()


def test_material_icons_draw_with_the_bundled_font(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        st.markdown("Saved :material/check_circle: here")
        st.button("Go home", icon=":material/home:")
        """
    )
    page.goto(server.url)
    expect(page.get_by_role("button", name="Go home")).to_be_visible()  # the icon is not named
    icon = page.locator(".rill-material-icon").first
    expect(icon).to_have_text("check_circle")
    # Polled from here: `wait_for_function` evaluates its predicate with eval, which the app
    # page's Content-Security-Policy forbids; `evaluate` goes through DevTools instead.
    for _ in range(100):
        if page.evaluate("document.fonts.check(\"16px 'Material Symbols Rounded'\")"):
            break
        page.wait_for_timeout(50)
    loaded = page.evaluate(
        "[...document.fonts].some(f => f.family.includes('Material Symbols')"
        " && f.status === 'loaded')"
    )
    assert loaded
