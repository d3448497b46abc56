"""Forms and fragments through AppTest.

Forms behave as in the browser: values staged for widgets in a form reach the app only when a
submit button of that form is clicked in the same batch. Interacting with a widget inside a
fragment reruns the whole app, like Streamlit's AppTest (a browser would rerun only the
fragment).
"""

from __future__ import annotations

from apptest_helpers import WIDGETS

from rill.testing.v1 import AppTest

FORM = (
    WIDGETS
    + """
st.session_state.setdefault('submits', [])
with st.form('f', clear_on_submit=st.session_state.get('clear', False)):
    agree = box('Agree', key='agree')
    sent = st.form_submit_button('Send', on_click=st.session_state.submits.append, args=('cb',))
outside = box('Outside', key='outside')
st.markdown(f'agree={agree} sent={sent} outside={outside}')
"""
)


def test_form_values_wait_for_the_submit_button() -> None:
    at = AppTest.from_string(FORM).run()
    assert at.form[0].key == "f"
    assert len(at.form_submit_button) == 1 and len(at.button) == 1
    at.checkbox(key="agree").check()
    assert at.checkbox(key="agree").value is True  # staged
    at.run()
    assert at.markdown[0].value == "agree=False sent=False outside=False"
    assert at.checkbox(key="agree").value is False  # the unsubmitted value was dropped
    at.checkbox(key="agree").check()
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "agree=True sent=True outside=False"
    assert at.session_state.submits == ["cb"]
    at.run()
    assert at.markdown[0].value == "agree=True sent=False outside=False"


def test_widgets_outside_the_form_apply_at_once() -> None:
    at = AppTest.from_string(FORM).run()
    at.checkbox(key="outside").check()
    at.checkbox(key="agree").check()
    at.run()
    assert at.markdown[0].value == "agree=False sent=False outside=True"


def test_clear_on_submit_resets_the_form_after_the_submitted_run() -> None:
    at = AppTest.from_string(FORM)
    at.session_state.clear = True
    at.run()
    at.checkbox(key="agree").check()
    at.button[0].click().run()
    assert at.markdown[0].value == "agree=True sent=True outside=False"
    assert at.checkbox(key="agree").value is False  # what the browser now shows
    at.run()
    assert at.markdown[0].value == "agree=False sent=False outside=False"


def test_two_forms_are_submitted_independently() -> None:
    at = AppTest.from_string(
        WIDGETS
        + """
with st.form('a'):
    a = box('A')
    st.form_submit_button('Send A')
with st.form('b'):
    b = box('B')
    st.form_submit_button('Send B')
st.markdown(f'{a} {b}')
"""
    ).run()
    at.checkbox[0].check()
    at.checkbox[1].check()
    at.form[0].button[0].click()
    at.run()
    assert at.markdown[0].value == "True False"


def test_only_submit_buttons_may_have_callbacks_in_a_form() -> None:
    at = AppTest.from_string(WIDGETS + "with st.form('a'):\n    box('x', on_change=print)\n").run()
    assert "callbacks can only be defined on the `st.form_submit_button`" in at.exception[0].value


def test_forms_cannot_be_nested() -> None:
    at = AppTest.from_string(
        "import rill as st\nwith st.form('a'):\n    with st.form('b'):\n        pass\n"
    ).run()
    assert at.exception[0].value == "Forms cannot be nested in other forms."


FRAGMENT = (
    WIDGETS
    + """
st.session_state.setdefault('full', 0)
st.session_state.setdefault('frag', 0)
st.session_state.full += 1
st.markdown(f"full {st.session_state.full}")

@st.fragment
def part():
    st.session_state.frag += 1
    st.markdown(f"frag {st.session_state.frag}")
    click("Again")

part()
"""
)


def test_a_fragment_runs_with_the_app_in_its_own_container() -> None:
    at = AppTest.from_string(FRAGMENT).run()
    assert at.markdown.values == ["full 1", "frag 1"]
    assert at.container[0].markdown.values == ["frag 1"]
    assert at.container[0].button[0].label == "Again"


def test_interacting_inside_a_fragment_reruns_the_whole_app() -> None:
    at = AppTest.from_string(FRAGMENT).run()
    at.container[0].button[0].click().run()
    assert at.markdown.values == ["full 2", "frag 2"]


def test_a_fragment_scoped_rerun_outside_a_fragment_is_an_error() -> None:
    at = AppTest.from_string("import rill as st\nst.rerun(scope='fragment')\n").run()
    assert at.exception[0].value.startswith('scope="fragment" can only be specified from')
