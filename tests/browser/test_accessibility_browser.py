"""Accessibility in a real browser: every widget's role, name and keyboard use, and axe-core.

axe-core audits the hello app and a page of every built-in element, in the light and the dark
theme (its color-contrast rule holds the default themes to WCAG AA). The keyboard tests reach
each widget with Tab, as a person without a mouse would, then use only the keys that the
widget's ARIA pattern promises, and check that the script saw the value.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from axe import Axe
from playwright.sync_api import Locator, Page, expect

import rill.hello
from conftest import AppFactory

HELLO = Path(rill.hello.__file__).with_name("app.py")

THEMES = {"light": None, "dark": '[theme]\nbase = "dark"\n'}

#: Every built-in element, the text elements and alerts included.
EVERY_ELEMENT = """
import datetime as dt
import rill as st

st.title("Every element")
st.header("A header")
st.subheader("A subheader")
st.markdown("Some **Markdown**, a [link](https://example.com), `code` and :green[color].")
st.caption("A caption under it")
st.text("Fixed-width text")
st.code("print('hello')  # a comment", language="python")
st.latex(r"e^{i\\pi} + 1 = 0")
st.json({"a": 1, "b": [True, None, "x"]})
st.table({"x": [1, 2], "y": ["a", "b"]})
st.divider()
st.success("It worked")
st.info("Just so you know")
st.warning("Careful")
st.error("It failed")
st.exception(ValueError("an example error"))

st.button("Press me", help="A button")
st.button("Primary", type="primary")
st.button("Tertiary", type="tertiary")
st.checkbox("I agree")
st.toggle("Dark mode")
st.radio("Pet", ["Cat", "Dog", "Fish"], captions=["meow", "woof", "blub"])
st.selectbox("Fruit", ["Apple", "Banana", "Cherry"])
st.multiselect("Colors", ["Red", "Green", "Blue"], default=["Red"])
st.slider("Level", 0, 100, 50, format="%d%%")
st.slider("Span", 0, 100, (20, 80))
st.select_slider("Size", ["S", "M", "L"], value="M")
st.number_input("Count", min_value=0, max_value=10, value=3)
st.text_input("Name", help="Your name", placeholder="Ada Lovelace")
st.text_input("Password", type="password")
st.text_area("Notes", max_chars=200)
st.date_input("Day", dt.date(2024, 3, 5))
st.time_input("Time", dt.time(9, 30))
st.color_picker("Color", "#ff4b4b")
st.text_input("Hidden label", label_visibility="hidden")
st.text_input("Collapsed label", label_visibility="collapsed")
with st.form("order"):
    st.text_input("Item")
    st.form_submit_button("Order")
first, second = st.tabs(["First tab", "Second tab"])
first.write("in tab one")
second.write("in tab two")
with st.expander("More details"):
    st.write("expanded content")
with st.sidebar:
    st.header("Sidebar")
    st.selectbox("Side choice", ["a", "b"])
    st.caption("A caption in the sidebar, with :blue[color]")
"""


def tab_to(page: Page, target: Locator, limit: int = 60) -> None:
    """Press Tab until `target` has the focus, as someone using the keyboard reaches it."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("(el) => el === document.activeElement"):
            return
    raise AssertionError(f"{target} cannot be reached with Tab")


def wait_for_rich_content(page: Page) -> None:
    """Markdown, highlighting and math load after the first paint; audit them as drawn."""
    expect(page.locator(".rill-fg-green").first).to_be_visible()
    expect(page.locator(".hljs-string")).to_be_visible()
    expect(page.locator(".katex").first).to_be_visible()


# -- axe-core ------------------------------------------------------------------------------------


def test_axe_fails_with_a_readable_report(page: Page, axe: Axe) -> None:
    page.set_content(
        '<html lang="en"><title>Broken</title><main><h1>Broken</h1>'
        '<button class="mystery"></button><p style="color: #bbb">too faint</p></main></html>'
    )
    with pytest.raises(AssertionError) as failure:
        axe(page, "a broken page")
    report = str(failure.value)
    assert "2 accessibility violation(s) in a broken page" in report, report
    assert "[critical] button-name: Buttons must have discernible text" in report, report
    assert '<button class="mystery"></button>' in report, report
    assert "[serious] color-contrast" in report, report
    axe(page, "the same page, rules skipped", disable=("button-name", "color-contrast"))
    axe(page, "its heading only", include="h1")


@pytest.mark.parametrize("theme", THEMES)
def test_hello_app_passes_axe(page: Page, rill_app: AppFactory, axe: Axe, theme: str) -> None:
    server = rill_app(HELLO.read_text(encoding="utf-8"), config=THEMES[theme])
    page.goto(server.url)
    expect(page.get_by_role("heading", name=re.compile("Hello, friend"))).to_be_visible()
    expect(page.locator(".rill-fg-blue")).to_be_visible()  # Markdown drawn
    axe(page, f"the hello app, {theme} theme")
    page.get_by_role("tab", name="Form").click()
    expect(page.get_by_role("radiogroup", name="Flavour")).to_be_visible()
    page.get_by_role("button", name="How does this work?").click()
    expect(page.get_by_role("region", name="How does this work?")).to_be_visible()
    axe(page, f"the hello app's form tab and expander, {theme} theme")


@pytest.mark.parametrize("theme", THEMES)
def test_every_element_passes_axe(page: Page, rill_app: AppFactory, axe: Axe, theme: str) -> None:
    server = rill_app(EVERY_ELEMENT, config=THEMES[theme])
    page.goto(server.url)
    expect(page.get_by_role("button", name="More details")).to_be_visible()
    wait_for_rich_content(page)
    axe(page, f"a page of every element, {theme} theme")
    page.get_by_role("button", name="More details").click()
    page.get_by_role("tab", name="Second tab").click()
    expect(page.get_by_text("in tab two")).to_be_visible()
    axe(page, f"every element, expander open and second tab, {theme} theme")


@pytest.mark.parametrize("theme", THEMES)
def test_every_popup_passes_axe(page: Page, rill_app: AppFactory, axe: Axe, theme: str) -> None:
    server = rill_app(EVERY_ELEMENT, config=THEMES[theme])
    page.goto(server.url)
    wait_for_rich_content(page)
    for name in ("Fruit", "Colors", "Time"):
        page.get_by_role("combobox", name=name).click()
        expect(page.get_by_role("listbox", name=name)).to_be_visible()
        axe(page, f"the {name} listbox, {theme} theme")
        page.keyboard.press("Escape")
    page.get_by_role("button", name="Day").click()
    expect(page.get_by_role("dialog", name="Day")).to_be_visible()
    axe(page, f"the date picker, {theme} theme")
    page.keyboard.press("Escape")
    page.get_by_role("textbox", name="Color").click()
    expect(page.get_by_role("slider", name="Hue")).to_be_visible()
    axe(page, f"the color picker, {theme} theme")
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Help").first.focus()
    expect(page.get_by_role("tooltip")).to_be_visible()
    axe(page, f"a help tooltip, {theme} theme")


# -- roles, names and the keyboard ---------------------------------------------------------------


def test_buttons_by_keyboard(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        st.session_state.setdefault("n", 0)
        if st.button("Add one"):
            st.session_state.n += 1
        st.write(f"count={st.session_state.n}")
        with st.form("order"):
            item = st.text_input("Item")
            ordered = st.form_submit_button("Order")
        if ordered:
            st.write(f"ordered={item}")
        """
    )
    page.goto(server.url)
    button = page.get_by_role("button", name="Add one")
    tab_to(page, button)
    page.keyboard.press("Enter")
    expect(page.get_by_text("count=1")).to_be_visible()
    page.keyboard.press("Space")
    expect(page.get_by_text("count=2")).to_be_visible()
    tab_to(page, page.get_by_role("textbox", name="Item"))
    page.keyboard.type("Tea")
    tab_to(page, page.get_by_role("button", name="Order"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("ordered=Tea")).to_be_visible()


def test_checkbox_and_toggle_with_space(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        agree = st.checkbox("I agree")
        dark = st.toggle("Dark mode")
        st.write(f"agree={agree} dark={dark}")
        """
    )
    page.goto(server.url)
    expect(page.get_by_text("agree=False dark=False")).to_be_visible()
    tab_to(page, page.get_by_role("checkbox", name="I agree"))
    page.keyboard.press("Space")
    expect(page.get_by_text("agree=True dark=False")).to_be_visible()
    switch = page.get_by_role("switch", name="Dark mode")
    tab_to(page, switch)
    page.keyboard.press("Space")
    expect(page.get_by_text("agree=True dark=True")).to_be_visible()
    expect(switch).to_be_checked()


def test_radio_with_arrow_keys(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        pet = st.radio("Pet", ["Cat", "Dog", "Fish"])
        st.write(f"pet={pet}")
        """
    )
    page.goto(server.url)
    group = page.get_by_role("radiogroup", name="Pet")
    expect(group.get_by_role("radio")).to_have_count(3)
    tab_to(page, group.get_by_role("radio", name="Cat"))
    page.keyboard.press("ArrowDown")
    expect(page.get_by_text("pet=Dog")).to_be_visible()
    expect(group.get_by_role("radio", name="Dog")).to_be_checked()
    page.keyboard.press("ArrowDown")
    expect(page.get_by_text("pet=Fish")).to_be_visible()


def test_selectbox_is_a_combobox(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        fruit = st.selectbox("Fruit", ["Apple", "Banana", "Cherry"])
        st.write(f"fruit={fruit}")
        """
    )
    page.goto(server.url)
    expect(page.get_by_text("fruit=Apple")).to_be_visible()
    combobox = page.get_by_role("combobox", name="Fruit")
    expect(combobox).to_have_attribute("aria-expanded", "false")
    tab_to(page, combobox)
    expect(combobox).to_have_attribute("aria-expanded", "true")
    listbox = page.get_by_role("listbox", name="Fruit")
    expect(listbox).to_have_attribute("id", combobox.get_attribute("aria-controls") or "")
    expect(listbox.get_by_role("option")).to_have_count(3)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page.get_by_text("fruit=Banana")).to_be_visible()
    expect(combobox).to_have_value("Banana")
    expect(combobox).to_have_attribute("aria-expanded", "false")


def test_multiselect_is_a_combobox(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        colors = st.multiselect("Colors", ["Red", "Green", "Blue"])
        st.write(f"colors={colors}")
        """
    )
    page.goto(server.url)
    expect(page.get_by_text("colors=[]")).to_be_visible()
    combobox = page.get_by_role("combobox", name="Colors")
    tab_to(page, combobox)
    expect(combobox).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("listbox", name="Colors").get_by_role("option")).to_have_count(3)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page.get_by_text("colors=['Red']")).to_be_visible()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page.get_by_text("colors=['Red', 'Green']")).to_be_visible()
    page.keyboard.press("Backspace")  # removes the last choice
    expect(page.get_by_text("colors=['Red']")).to_be_visible()


def test_sliders_with_arrow_keys(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        level = st.slider("Level", 0, 100, 50, format="%d%%")
        low, high = st.slider("Span", 0, 10, (2, 8))
        size = st.select_slider("Size", ["Small", "Medium", "Large"], value="Medium")
        st.write(f"level={level} span={low}-{high} size={size}")
        """
    )
    page.goto(server.url)
    expect(page.get_by_text("level=50 span=2-8 size=Medium")).to_be_visible()
    level = page.get_by_role("slider", name="Level")
    expect(level).to_have_attribute("aria-valuetext", "50%")
    tab_to(page, level)
    page.keyboard.press("ArrowRight")
    expect(page.get_by_text("level=51 span=2-8")).to_be_visible()
    expect(level).to_have_attribute("aria-valuetext", "51%")
    low = page.get_by_role("slider", name="Span (from)")
    high = page.get_by_role("slider", name="Span (to)")
    expect(high).to_have_attribute("aria-valuetext", "8")
    tab_to(page, low)
    page.keyboard.press("ArrowLeft")
    expect(page.get_by_text("span=1-8")).to_be_visible()
    page.keyboard.press("Tab")
    expect(high).to_be_focused()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_text("span=1-9")).to_be_visible()
    size = page.get_by_role("slider", name="Size")
    expect(size).to_have_attribute("aria-valuetext", "Medium")
    tab_to(page, size)
    page.keyboard.press("ArrowRight")
    expect(page.get_by_text("size=Large")).to_be_visible()
    expect(size).to_have_attribute("aria-valuetext", "Large")


def test_number_input_is_a_spinbutton(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        count = st.number_input("Count", min_value=0, max_value=4, value=3)
        st.write(f"count={count}")
        """
    )
    page.goto(server.url)
    spin = page.get_by_role("spinbutton", name="Count")
    expect(spin).to_have_attribute("aria-valuenow", "3")
    expect(spin).to_have_attribute("aria-valuemin", "0")
    expect(spin).to_have_attribute("aria-valuemax", "4")
    tab_to(page, spin)
    page.keyboard.press("ArrowUp")
    expect(page.get_by_text("count=4")).to_be_visible()
    expect(spin).to_have_attribute("aria-valuenow", "4")
    page.keyboard.press("ArrowUp")  # at the maximum
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(page.get_by_text("count=2")).to_be_visible()


def test_text_inputs_by_keyboard(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        name = st.text_input("Name")
        notes = st.text_area("Notes")
        st.write(f"name={name} notes={notes}")
        """
    )
    page.goto(server.url)
    tab_to(page, page.get_by_role("textbox", name="Name"))
    page.keyboard.type("Ada")
    page.keyboard.press("Enter")
    expect(page.get_by_text("name=Ada notes=")).to_be_visible()
    tab_to(page, page.get_by_role("textbox", name="Notes"))
    page.keyboard.type("two words")
    page.keyboard.press("Control+Enter")
    expect(page.get_by_text("name=Ada notes=two words")).to_be_visible()


def test_date_time_and_color_by_keyboard(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import datetime as dt
        import rill as st
        day = st.date_input("Day", dt.date(2024, 3, 5))
        at = st.time_input("Time", dt.time(9, 30))
        color = st.color_picker("Color", "#ff4b4b")
        st.write(f"day={day} time={at} color={color}")
        """
    )
    page.goto(server.url)
    expect(page.get_by_text("day=2024-03-05 time=09:30:00 color=#ff4b4b")).to_be_visible()
    date = page.get_by_role("button", name="Day")
    tab_to(page, date)
    page.keyboard.press("Enter")
    calendar = page.get_by_role("dialog", name="Day")
    expect(calendar).to_be_visible()
    tab_to(page, calendar.get_by_role("button", name="5 March 2024", exact=True))
    page.keyboard.press("ArrowRight")
    expect(calendar.get_by_role("button", name="6 March 2024", exact=True)).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_text("day=2024-03-06")).to_be_visible()

    time = page.get_by_role("combobox", name="Time")
    tab_to(page, time)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page.get_by_text("time=09:45:00")).to_be_visible()

    color = page.get_by_role("textbox", name="Color")
    tab_to(page, color)
    page.keyboard.press("ControlOrMeta+A")
    page.keyboard.type("#00aa88")
    page.keyboard.press("Tab")
    expect(page.get_by_text("color=#00aa88")).to_be_visible()


def test_tabs_with_arrow_keys(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        first, second = st.tabs(["First tab", "Second tab"])
        first.write("in tab one")
        second.write("in tab two")
        """
    )
    page.goto(server.url)
    tablist = page.get_by_role("tablist")
    first = tablist.get_by_role("tab", name="First tab")
    second = tablist.get_by_role("tab", name="Second tab")
    expect(first).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("tabpanel", name="First tab")).to_contain_text("in tab one")
    tab_to(page, first)
    page.keyboard.press("ArrowRight")
    expect(second).to_be_focused()
    expect(second).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("tabpanel", name="Second tab")).to_contain_text("in tab two")
    expect(page.get_by_text("in tab one")).to_be_hidden()


def test_expander_is_a_disclosure(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        with st.expander("More details"):
            st.write("expanded content")
        """
    )
    page.goto(server.url)
    summary = page.get_by_role("button", name="More details")
    expect(summary).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_text("expanded content")).to_be_hidden()
    tab_to(page, summary)
    page.keyboard.press("Enter")
    expect(summary).to_have_attribute("aria-expanded", "true")
    panel = page.get_by_role("region", name="More details")
    expect(panel).to_have_attribute("id", summary.get_attribute("aria-controls") or "")
    expect(panel).to_contain_text("expanded content")
    page.keyboard.press("Enter")
    expect(page.get_by_text("expanded content")).to_be_hidden()


def test_hidden_and_collapsed_labels_still_name_the_widget(
    page: Page, rill_app: AppFactory, axe: Axe
) -> None:
    server = rill_app(
        """
        import rill as st
        for visibility in ("hidden", "collapsed"):
            st.text_input(f"Text {visibility}", label_visibility=visibility)
            st.selectbox(f"Choice {visibility}", ["a", "b"], label_visibility=visibility)
            st.multiselect(f"Many {visibility}", ["a", "b"], label_visibility=visibility)
            st.checkbox(f"Box {visibility}", label_visibility=visibility)
            st.radio(f"Radio {visibility}", ["a", "b"], label_visibility=visibility)
            st.slider(f"Slider {visibility}", 0, 9, label_visibility=visibility)
            st.number_input(f"Number {visibility}", label_visibility=visibility)
            st.date_input(f"Date {visibility}", label_visibility=visibility)
        st.write("done")
        """
    )
    page.goto(server.url)
    expect(page.get_by_text("done")).to_be_visible()
    for visibility in ("hidden", "collapsed"):
        expect(page.get_by_role("textbox", name=f"Text {visibility}")).to_be_visible()
        expect(page.get_by_role("combobox", name=f"Choice {visibility}")).to_be_visible()
        expect(page.get_by_role("combobox", name=f"Many {visibility}")).to_be_visible()
        expect(page.get_by_role("checkbox", name=f"Box {visibility}")).to_be_visible()
        expect(page.get_by_role("radiogroup", name=f"Radio {visibility}")).to_be_visible()
        expect(page.get_by_role("slider", name=f"Slider {visibility}")).to_be_visible()
        expect(page.get_by_role("spinbutton", name=f"Number {visibility}")).to_be_visible()
        expect(page.get_by_role("button", name=f"Date {visibility}")).to_be_visible()
    # The label text is not drawn: hidden keeps its space, collapsed does not.
    hidden = page.locator(".rill-label-hidden").first
    expect(hidden).to_have_css("opacity", "0")
    collapsed = page.locator(".rill-label-collapsed").first
    expect(collapsed).to_have_css("position", "absolute")
    expect(collapsed).to_have_css("clip", "rect(0px, 0px, 0px, 0px)")
    axe(page, "widgets with hidden and collapsed labels")
