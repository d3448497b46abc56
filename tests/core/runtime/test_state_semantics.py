"""Session state and widget rules, through the real script runner."""

from __future__ import annotations

from collections.abc import Callable

from runtime_support import PRELUDE, Harness

from log_watch import expect_log

Make = Callable[..., Harness]


def exceptions(h: Harness, messages: list[dict]) -> list[dict]:
    return [props for _, kind, props in h.elements(messages) if kind == "exception"]


def test_widget_value_round_trip_and_key_access(harness: Make) -> None:
    h = harness(PRELUDE + "v = box('Agree', key='agree')\nsay(f'{v} {st.session_state.agree}')\n")
    assert h.bodies(h.run()) == ["False False"]
    assert h.bodies(h.run({h.widget_id("agree"): True})) == ["True True"]
    assert h.bodies(h.run()) == ["True True"]  # the value persists across reruns


def test_session_state_set_before_widget_wins(harness: Make) -> None:
    h = harness(
        PRELUDE
        + "if 'flag' not in st.session_state:\n    st.session_state.flag = True\n"
        + "say(box('Flag', key='flag'))\n"
    )
    assert h.bodies(h.run()) == ["True"]


def test_setting_widget_key_after_creation_is_an_error(harness: Make) -> None:
    h = harness(PRELUDE + "box('Flag', key='flag')\nst.session_state.flag = True\n")
    errors = exceptions(h, h.run())
    assert len(errors) == 1
    assert (
        "`st.session_state.flag` cannot be modified after the widget with key `flag`"
        in (errors[0]["message"])
    )


def test_button_value_cannot_be_set_through_session_state(harness: Make) -> None:
    h = harness(PRELUDE + "st.session_state.go = True\nclick('Go', key='go')\n")
    errors = exceptions(h, h.run())
    assert "cannot be set using st.session_state" in errors[0]["message"]


def test_missing_key_errors_have_the_documented_wording(harness: Make) -> None:
    h = harness(
        PRELUDE
        + "try:\n    st.session_state['nope']\nexcept KeyError as e:\n    say(e.args[0])\n"
        + "try:\n    st.session_state.nope\nexcept AttributeError as e:\n    say(e.args[0])\n"
    )
    first, second = h.bodies(h.run())
    assert first.startswith('st.session_state has no key "nope". Did you forget to initialize it?')
    assert second.startswith(
        'st.session_state has no attribute "nope". Did you forget to initialize it?'
    )


def test_mapping_protocol(harness: Make) -> None:
    h = harness(
        PRELUDE
        + "st.session_state['a'] = 1\nst.session_state.b = 2\nbox('C', key='c')\n"
        + "say(sorted(st.session_state))\nsay('a' in st.session_state)\n"
        + "del st.session_state['a']\nsay('a' in st.session_state)\nsay(len(st.session_state))\n"
    )
    assert h.bodies(h.run()) == ["['a', 'b', 'c']", "True", "False", "2"]


def test_button_is_true_only_on_the_run_after_the_click(harness: Make) -> None:
    h = harness(PRELUDE + "say(click('Go', key='go'))\n")
    h.run()
    assert h.bodies(h.run({h.widget_id("go"): True})) == ["True"]
    assert h.bodies(h.run()) == ["False"]


def test_callbacks_run_before_the_script_in_widget_order_then_clicks(harness: Make) -> None:
    h = harness(
        PRELUDE
        + "log = st.session_state.setdefault('log', [])\n"
        + "def note(*a, **k):\n    log.append((a, k))\n"
        + "box('One', key='one', on_change=note, args=('one',))\n"
        + "box('Two', key='two', on_change=note, kwargs={'who': 'two'})\n"
        + "click('Go', key='go', on_click=note, args=('go',))\n"
        + "say(list(log))\n"
    )
    h.run()
    ids = {k: h.widget_id(k) for k in ("one", "two", "go")}
    bodies = h.bodies(h.run({ids["go"]: True, ids["two"]: True, ids["one"]: True}))
    assert bodies == ["[(('one',), {}), ((), {'who': 'two'}), (('go',), {})]"]
    # An unchanged value does not call its callback again.
    assert h.bodies(h.run({ids["one"]: True})) == [bodies[0]]


def test_widgets_not_rendered_are_forgotten_with_their_keys(harness: Make) -> None:
    h = harness(
        PRELUDE
        + "show = st.session_state.setdefault('show', True)\n"
        + "if show:\n    box('Extra', key='extra')\n"
        + "say('extra' in st.session_state)\n"
    )
    h.run()
    h.run({h.widget_id("extra"): True})
    h.state["show"] = False
    assert h.bodies(h.run()) == ["True"]  # forgotten at the end of the run that skipped it
    assert h.bodies(h.run()) == ["False"]
    h.state["show"] = True
    assert h.bodies(h.run()) == ["True"]
    assert h.state["extra"] is False  # back to its default, not the old value


def test_duplicate_widgets_raise_and_suggest_a_key(harness: Make) -> None:
    h = harness(PRELUDE + "box('Same')\nbox('Same')\n")
    (error,) = exceptions(h, h.run())
    assert error["type"] == "DuplicateWidgetID"
    assert "unique `key`" in error["message"]


def test_duplicate_keys_raise(harness: Make) -> None:
    h = harness(PRELUDE + "box('A', key='k')\nbox('B', key='k')\n")
    (error,) = exceptions(h, h.run())
    assert "key='k'" in error["message"]


def test_keyed_widget_keeps_its_value_when_its_label_changes(harness: Make) -> None:
    h = harness(
        PRELUDE + "n = st.session_state.setdefault('n', 0)\nsay(box(f'Label {n}', key='k'))\n"
    )
    h.run()
    h.run({h.widget_id("k"): True})
    h.state["n"] = 1
    assert h.bodies(h.run()) == ["True"]


def test_hostile_widget_values_are_ignored_and_the_session_keeps_working(harness: Make) -> None:
    expect_log(r"ignored a widget value: unknown widget id", logger="rill.session")
    expect_log(
        r"ignored a widget value: bad value 'not a bool' for checkbox", logger="rill.session"
    )
    h = harness(PRELUDE + "say(box('A', key='a'))\n")
    h.run()
    messages = h.run({"$$ID-unknown-x": 1, h.widget_id("a"): "not a bool"})
    assert h.bodies(messages) == ["False"]
    assert h.bodies(h.run({h.widget_id("a"): True})) == ["True"]


def test_clear_forgets_everything(harness: Make) -> None:
    h = harness(
        PRELUDE + "st.session_state.x = 1\nst.session_state.clear()\nsay(len(st.session_state))\n"
    )
    assert h.bodies(h.run()) == ["0"]
