"""Widgets through AppTest: identity, keys, values, staged interactions, callbacks, cleanup."""

from __future__ import annotations

import pytest
from apptest_helpers import WIDGETS

from rill.testing.v1 import AppTest, AppTestError


def app(body: str) -> AppTest:
    return AppTest.from_string(WIDGETS + body)


def test_a_widget_value_is_read_from_the_session_and_set_values_are_staged() -> None:
    at = app("on = box('On')\nst.markdown(f'on={on}')\n").run()
    assert at.checkbox[0].value is False
    assert at.checkbox[0].label == "On"
    at.checkbox[0].check()
    assert at.checkbox[0].value is True  # staged, not yet run
    assert at.markdown[0].value == "on=False"
    at.run()
    assert at.markdown[0].value == "on=True"
    assert at.checkbox[0].uncheck().run().markdown[0].value == "on=False"


def test_widgets_by_key_and_missing_keys() -> None:
    at = app("box('A', key='a')\nbox('B')\n").run()
    assert at.checkbox(key="a").label == "A"
    assert at.checkbox[0].key == "a"
    assert at.checkbox[1].key is None
    with pytest.raises(KeyError, match="zzz"):
        at.checkbox(key="zzz")
    assert at.get_by_key("a").label == "A"


def test_option_values_are_the_original_objects() -> None:
    at = app(
        """
class Planet:
    def __init__(self, name): self.name = name
    def __eq__(self, other): return getattr(other, "name", None) == self.name
    def __hash__(self): return hash(self.name)
    def __str__(self): return self.name.title()
planets = [Planet("mercury"), Planet("venus")]
choice = pick("Planet", planets, key="p")
st.markdown(type(choice).__name__ + ":" + choice.name)
n = pick("Number", [1, 2, 3], index=None)
st.markdown(repr(n))
"""
    ).run()
    assert at.selectbox[0].options == ["Mercury", "Venus"]
    assert at.selectbox[0].value.name == "mercury"
    at.selectbox[0].select_index(1).run()
    assert at.markdown[0].value == "Planet:venus"
    at.selectbox[0].set_value("Mercury")  # by displayed label
    at.selectbox[1].set_value(3)
    at.run()
    assert at.markdown.values == ["Planet:mercury", "3"]
    assert at.selectbox[1].value == 3 and isinstance(at.selectbox[1].value, int)
    assert at.selectbox[1].index == 2
    with pytest.raises(AppTestError, match="not one of the options"):
        at.selectbox[1].set_value(99)


def test_ranges_are_tuples() -> None:
    at = app("r = span('Range', 0, 10, (2, 5))\nst.markdown(repr(r))\n").run()
    assert at.slider[0].value == (2, 5)
    at.slider[0].set_range(3, 7).run()
    assert at.markdown[0].value == "(3, 7)"
    assert at.slider[0].set_value([1, 2]).value == (1, 2)
    with pytest.raises(AppTestError, match="out of range"):
        at.slider[0].set_value((5, 50))


def test_a_button_is_true_for_one_run_only() -> None:
    at = app("st.markdown(f'clicked={click(\"Go\")}')\n").run()
    assert at.button[0].value is False
    at.button[0].click().run()
    assert at.markdown[0].value == "clicked=True"
    assert at.button[0].value is True
    at.run()
    assert at.markdown[0].value == "clicked=False"
    assert at.button[0].value is False


def test_a_button_click_followed_by_st_rerun_is_false_in_the_rerun() -> None:
    at = app(
        """
st.session_state.setdefault('runs', [])
hit = click('Go')
st.session_state.runs.append(hit)
if hit:
    st.rerun()
"""
    ).run()
    at.button[0].click().run()
    assert at.session_state.runs == [False, True, False]
    assert at.button[0].value is False


def test_callbacks_run_before_the_script_with_their_arguments_in_widget_order() -> None:
    at = app(
        """
log = st.session_state.setdefault('log', [])
def note(*args, **kwargs):
    log.append((args, kwargs))
box('A', key='a', on_change=note, args=('a',))
box('B', key='b', on_change=note, kwargs={'who': 'b'})
click('Go', on_click=note, args=('go',))
st.markdown(f'seen={len(log)}')
"""
    ).run()
    at.button[0].click()
    at.checkbox(key="b").check()
    at.checkbox(key="a").check()
    at.run()
    assert at.session_state.log == [(("a",), {}), ((), {"who": "b"}), (("go",), {})]
    assert at.markdown[0].value == "seen=3"  # every callback ran before the script
    at.run()
    assert len(at.session_state.log) == 3  # nothing changed: no callback


def test_widgets_not_rendered_are_forgotten_with_their_keys() -> None:
    at = app(
        """
if st.session_state.get('show', True):
    box('Temp', key='temp')
"""
    ).run()
    at.checkbox(key="temp").check().run()
    assert at.session_state.temp is True
    at.session_state.show = False
    at.run()
    assert "temp" not in at.session_state
    assert at.checkbox == []
    at.session_state.show = True
    at.run()
    assert at.checkbox(key="temp").value is False  # a new widget, back to its default


def test_duplicate_widgets_are_an_exception_in_the_app() -> None:
    at = app("box('Same')\nbox('Same')\nst.markdown('after')\n").run()
    assert "multiple identical `st.checkbox` widgets" in at.exception[0].value
    assert at.markdown == []  # the script stopped at the error
    at = app("box('One', key='k')\nbox('Two', key='k')\n").run()
    assert "key='k'" in at.exception[0].message


def test_session_state_gives_a_keyed_widget_its_value_before_the_run() -> None:
    at = app("v = box('A', key='a')\nst.markdown(f'v={v}')\n")
    at.session_state["a"] = True
    at.run()
    assert at.markdown[0].value == "v=True"
    assert at.checkbox(key="a").value is True
    at.session_state.a = False
    assert at.run().markdown[0].value == "v=False"


def test_a_disabled_widget_cannot_be_changed() -> None:
    at = app("box('Off', disabled=True)\n").run()
    with pytest.raises(AppTestError, match="disabled checkbox"):
        at.checkbox[0].check()


def test_values_staged_by_several_interactions_are_sent_in_one_run() -> None:
    at = app(
        """
st.session_state.setdefault('runs', 0)
st.session_state.runs += 1
a = box('A')
b = box('B')
st.markdown(f'{a} {b}')
"""
    ).run()
    at.checkbox[0].check()
    at.checkbox[1].check().run()
    assert at.markdown[0].value == "True True"
    assert at.session_state.runs == 2


def test_element_run_reruns_the_whole_app() -> None:
    at = app("a = box('A')\nst.markdown(str(a))\n").run()
    assert at.checkbox[0].check().run() is at
    assert at.markdown[0].value == "True"
