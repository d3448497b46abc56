"""AppTest with the builtin widget commands: values keep their Python types, interactions
produce what a user's would."""

from __future__ import annotations

from datetime import date, time

import pytest

from rill.core.runtime.tree import RillAPIError
from rill.testing.v1 import AppTest, AppTestError


def run(script: str) -> AppTest:
    at = AppTest.from_string("import rill as st\n" + script).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_checkbox_and_toggle() -> None:
    at = run("a = st.checkbox('A')\nb = st.toggle('B', value=True)\nst.write(a, b)\n")
    assert (at.checkbox[0].value, at.toggle[0].value) == (False, True)
    assert len(at.checkbox) == 1  # a toggle is not a checkbox
    at.checkbox[0].check()
    at.toggle[0].set_value(False)
    at.run()
    assert (at.checkbox[0].value, at.toggle[0].value) == (True, False)


def test_radio_and_selectbox_return_the_option_objects() -> None:
    at = run(
        "r = st.radio('R', [10, 20, 30], index=1)\n"
        "s = st.selectbox('S', [None, 1.5, 'x'], format_func=lambda o: f'<{o}>', key='s')\n"
        "st.write(repr(r), repr(s))\n"
    )
    assert at.radio[0].value == 20 and at.radio[0].index == 1
    assert at.radio[0].options == ["10", "20", "30"]
    assert at.selectbox(key="s").options == ["<None>", "<1.5>", "<x>"]
    at.radio[0].set_value(30)
    at.selectbox(key="s").select(1.5)
    at.run()
    assert at.radio[0].value == 30 and isinstance(at.radio[0].value, int)
    assert at.selectbox[0].value == 1.5
    at.selectbox[0].select_index(2).run()
    assert at.selectbox[0].value == "x"
    at.radio[0].set_value("10").run()  # by label
    assert at.radio[0].value == 10


def test_multiselect_select_unselect_and_set_value() -> None:
    at = run("m = st.multiselect('M', ['a', 'b', 'c'], default=['b'])\nst.write(repr(m))\n")
    assert at.multiselect[0].value == ["b"]
    at.multiselect[0].select("c").select("a").run()
    assert at.multiselect[0].value == ["b", "c", "a"]
    assert at.multiselect[0].indices == [1, 2, 0]
    at.multiselect[0].unselect("b").run()
    assert at.multiselect[0].value == ["c", "a"]
    at.multiselect[0].set_value([]).run()
    assert at.multiselect[0].value == []


def test_sliders_keep_types_and_ranges() -> None:
    at = run(
        "i = st.slider('I', 0, 10, 5)\n"
        "f = st.slider('F', 0.0, 1.0, (0.2, 0.8))\n"
        "d = st.slider('D', date(2024, 1, 1), date(2024, 12, 31), date(2024, 6, 1))\n"
        "s = st.select_slider('S', ['lo', 'mid', 'hi'], value=('lo', 'mid'))\n".replace(
            "date(", "__import__('datetime').date("
        )
    )
    i, f, d = at.slider
    assert i.value == 5 and isinstance(i.value, int)
    assert f.value == pytest.approx((0.2, 0.8)) and isinstance(f.value, tuple)
    assert d.value == date(2024, 6, 1)
    assert at.select_slider[0].value == ("lo", "mid")
    i.set_value(7)
    f.set_range(0.1, 0.5)
    d.set_value(date(2024, 2, 2))
    at.select_slider[0].set_range("mid", "hi")
    at.run()
    i, f, d = at.slider
    assert i.value == 7 and isinstance(i.value, int)
    assert f.value == pytest.approx((0.1, 0.5))
    assert d.value == date(2024, 2, 2)
    assert at.select_slider[0].value == ("mid", "hi")


def test_text_inputs_respect_max_chars() -> None:
    at = run("t = st.text_input('T', max_chars=3, key='t')\na = st.text_area('A')\nst.write(t)\n")
    at.text_input(key="t").input("abcd")  # too long: ignored as in the browser
    at.text_area[0].input("long text\nwith lines")
    at.run()
    assert at.text_input[0].value == ""
    assert at.text_area[0].value == "long text\nwith lines"
    at.text_input[0].input("abc").run()
    assert at.text_input[0].value == "abc"
    assert at.markdown[-1].value == "abc"


def test_number_input_keeps_ints_and_clamps_steps() -> None:
    at = run(
        "n = st.number_input('N', min_value=0, max_value=10, value=9)\n"
        "x = st.number_input('X', value=0.5, step=0.25)\n"
    )
    n, x = at.number_input
    assert n.value == 9 and isinstance(n.value, int)
    n.increment().increment()
    x.decrement()
    at.run()
    n, x = at.number_input
    assert n.value == 10 and isinstance(n.value, int)
    assert x.value == pytest.approx(0.25)
    n.decrement().run()
    assert at.number_input[0].value == 9


def test_dates_times_and_colors() -> None:
    at = run(
        "import datetime as dt\n"
        "d = st.date_input('D', dt.date(2024, 5, 4))\n"
        "r = st.date_input('R', (dt.date(2024, 1, 1), dt.date(2024, 1, 31)))\n"
        "t = st.time_input('T', dt.time(9, 30))\n"
        "c = st.color_picker('C', '#112233')\n"
    )
    d, r = at.date_input
    assert d.value == date(2024, 5, 4)
    assert r.value == (date(2024, 1, 1), date(2024, 1, 31))
    assert at.time_input[0].value == time(9, 30)
    assert at.color_picker[0].value == "#112233"
    d.set_value(date(2025, 1, 2))
    r.set_value((date(2024, 2, 1), date(2024, 2, 3)))
    at.time_input[0].increment()
    at.color_picker[0].pick("abcdef")
    at.run()
    d, r = at.date_input
    assert d.value == date(2025, 1, 2)
    assert r.value == (date(2024, 2, 1), date(2024, 2, 3))
    assert at.time_input[0].value == time(9, 45)
    assert at.color_picker[0].value == "#abcdef"


def test_widgets_inside_layout_blocks() -> None:
    at = run(
        "left, right = st.columns(2)\n"
        "with right:\n    st.button('R')\n"
        "left.button('L')\n"
        "st.sidebar.checkbox('S', key='side')\n"
        "with st.form('f'):\n    st.text_input('In form')\n    st.form_submit_button('Send')\n"
    )
    assert [b.label for b in at.button] == ["L", "R", "Send"]
    assert at.columns[1].button[0].label == "R"
    assert at.sidebar.checkbox(key="side").label == "S"
    assert at.form[0].text_input[0].label == "In form"
    assert [b.label for b in at.form_submit_button] == ["Send"]


def test_a_form_submission_with_real_widgets() -> None:
    at = run(
        "with st.form('f', clear_on_submit=True):\n"
        "    name = st.text_input('Name')\n"
        "    age = st.number_input('Age', 0, 120, 30)\n"
        "    sent = st.form_submit_button('Send')\n"
        "if sent:\n    st.success(f'{name} ({age})')\n"
    )
    at.text_input[0].input("Ada")
    at.number_input[0].set_value(36)
    at.run()
    assert at.success == []
    at.text_input[0].input("Ada")
    at.number_input[0].set_value(36)
    at.button[0].click().run()
    assert at.success[0].value == "Ada (36)"
    assert at.text_input[0].value == "" and at.number_input[0].value == 30  # cleared


def test_bad_values_are_refused_when_staged() -> None:
    at = run("st.selectbox('S', ['a', 'b'])\nst.slider('N', 0, 10)\n")
    with pytest.raises(AppTestError):
        at.selectbox[0].set_value("zzz")
    with pytest.raises(AppTestError):
        at.slider[0].set_value("not a number")


def test_a_streamlit_style_test_runs_unchanged() -> None:
    at = AppTest.from_string(
        """
import rill as st
word = st.text_input("What's the word of the day?", key="word")
if word == "Foobar":
    st.success("Correct!")
elif word:
    st.warning("Try again.")
"""
    ).run()
    assert not at.exception
    at.text_input("word").input("Bazbat").run()
    assert at.warning[0].value == "Try again."
    at.text_input("word").input("Foobar").run()
    assert at.success[0].value == "Correct!"


def test_widget_identity_follows_the_key_or_the_parameters() -> None:
    at = AppTest.from_string(
        """
import rill as st
label = st.session_state.get("label", "First")
st.slider(label, 0, 10, 1, key="keyed")
st.slider(label, 0, 10, 1)
"""
    ).run()
    at.slider[0].set_value(5)
    at.slider[1].set_value(6)
    at.run()
    at.session_state.label = "Second"
    at.run()
    assert at.slider(key="keyed").value == 5  # same key: the same widget, value kept
    assert at.slider[1].value == 1  # other parameters: a new widget at its default


def test_session_state_sets_real_widgets_but_not_buttons() -> None:
    at = AppTest.from_string(
        "import rill as st\nst.slider('S', 0, 10, key='s')\nst.button('B', key='b')\n"
    ).run()
    at.session_state.s = 9
    assert at.run().slider(key="s").value == 9
    with pytest.raises(RillAPIError, match=r"cannot be set using st\.session_state"):
        at.session_state.b = True


def test_accessors_for_kinds_without_elements_are_empty() -> None:
    at = run("st.markdown('x')\n")
    assert at.toast == [] and at.metric == [] and at.status == [] and at.chat_input == []
    assert at.get("form_submit_button") == []
