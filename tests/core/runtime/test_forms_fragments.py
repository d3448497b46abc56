"""Forms and fragments through the real runner (builtin plugins forms and fragments)."""

from __future__ import annotations

from collections.abc import Callable

from runtime_support import PRELUDE, Harness

Make = Callable[..., Harness]


def errors(h: Harness, messages: list[dict]) -> list[str]:
    return [props["message"] for _, kind, props in h.elements(messages) if kind == "exception"]


FORM = (
    PRELUDE
    + """
with st.form('f', clear_on_submit=st.session_state.get('clear', False)):
    agree = box('Agree', key='agree')
    sent = st.form_submit_button('Send', key='send')
say(f'{agree} {sent}')
"""
)


def test_form_widgets_and_submit_arrive_in_one_run(harness: Make) -> None:
    h = harness(FORM)
    messages = h.run()
    kinds = [(path, kind) for path, kind, _ in h.elements(messages)]
    assert kinds[0] == ([0, 0], "form")
    assert ([0, 0, 0], "checkbox") in kinds
    assert ([0, 0, 1], "form_submit_button") in kinds
    form_ids = {props.get("form_id") for _, kind, props in h.elements(messages) if kind != "form"}
    assert "f" in form_ids
    submitted = h.run({h.widget_id("agree"): True, h.widget_id("send"): True})
    assert h.bodies(submitted) == ["True True"]
    assert h.bodies(h.run()) == ["True False"]


def test_clear_on_submit_resets_the_form_after_the_submitted_run(harness: Make) -> None:
    h = harness(FORM)
    h.state["clear"] = True
    h.run()
    submitted = h.run({h.widget_id("agree"): True, h.widget_id("send"): True})
    assert h.bodies(submitted) == ["True True"]  # the script sees what was submitted
    resent = [props for _, kind, props in h.elements(submitted) if kind == "checkbox"]
    assert resent[-1]["value"] is False  # and the browser is told the form is cleared
    assert h.bodies(h.run()) == ["False False"]


def test_forms_cannot_be_nested(harness: Make) -> None:
    h = harness(PRELUDE + "with st.form('a'):\n    with st.form('b'):\n        pass\n")
    assert errors(h, h.run()) == ["Forms cannot be nested in other forms."]


def test_only_the_submit_button_may_have_a_callback_in_a_form(harness: Make) -> None:
    h = harness(PRELUDE + "with st.form('a'):\n    box('x', on_change=print)\n")
    assert "callbacks can only be defined on the `st.form_submit_button`" in errors(h, h.run())[0]


def test_submit_button_outside_a_form_is_an_error(harness: Make) -> None:
    h = harness(PRELUDE + "st.form_submit_button()\n")
    assert errors(h, h.run()) == ["`st.form_submit_button()` must be used inside an `st.form()`."]


def test_duplicate_form_keys(harness: Make) -> None:
    h = harness(PRELUDE + "st.form('a')\nst.form('a')\n")
    assert "multiple identical forms with `key='a'`" in errors(h, h.run())[0]


def test_submit_button_callback_runs_before_the_rerun(harness: Make) -> None:
    h = harness(
        PRELUDE
        + "def sent():\n    st.session_state.sent = True\n"
        + "with st.form('f'):\n    st.form_submit_button('Go', key='go', on_click=sent)\n"
        + "say(st.session_state.get('sent', False))\n"
    )
    h.run()
    assert h.bodies(h.run({h.widget_id("go"): True})) == ["True"]


FRAGMENT = (
    PRELUDE
    + """
st.session_state.full = st.session_state.get('full', 0) + 1
say(f"full {st.session_state.full}")

@st.fragment
def part():
    st.session_state.part = st.session_state.get('part', 0) + 1
    v = box('Inside', key='inside')
    say(f"part {st.session_state.part} {v}")
    if st.session_state.get('again') and st.session_state.part < 3:
        st.rerun(scope='fragment')

part()
say("end")
"""
)


def test_fragment_rerun_runs_only_the_fragment(harness: Make) -> None:
    h = harness(FRAGMENT)
    first = h.run()
    assert h.bodies(first) == ["full 1", "part 1 False", "end"]
    container = next(props for _, kind, props in h.elements(first) if kind == "container")
    fragment_id = container["fragment_id"]
    second = h.run({h.widget_id("inside"): True}, fragment_id=fragment_id)
    assert h.bodies(second) == ["part 2 True"]
    started = next(m for m in second if m["t"] == "script_started")
    assert started["fragment_id"] == fragment_id
    assert all(m["path"][:2] == [0, 1] for m in second if m["t"] == "delta")
    # A full run still runs everything.
    assert h.bodies(h.run()) == ["full 2", "part 3 True", "end"]


def test_rerun_with_fragment_scope(harness: Make) -> None:
    h = harness(FRAGMENT)
    first = h.run()
    fragment_id = next(p for _, k, p in h.elements(first) if k == "container")["fragment_id"]
    h.state["again"] = True
    messages = h.run(fragment_id=fragment_id)
    assert h.bodies(messages) == ["part 2 False", "part 3 False"]
    assert [m["fragment_id"] for m in messages if m["t"] == "script_finished"] == [fragment_id] * 2


def test_rerun_scope_fragment_outside_a_fragment_is_an_error(harness: Make) -> None:
    h = harness(PRELUDE + "st.rerun(scope='fragment')\n")
    assert 'scope="fragment" can only be specified' in errors(h, h.run())[0]


def test_fragment_run_every_reaches_the_browser(harness: Make) -> None:
    h = harness(PRELUDE + "@st.fragment(run_every='2s')\ndef tick():\n    say('tick')\ntick()\n")
    container = next(p for _, k, p in h.elements(h.run()) if k == "container")
    assert container["run_every"] == 2.0


def test_unknown_fragment_id_runs_the_whole_script(harness: Make) -> None:
    h = harness(FRAGMENT)
    h.run()
    assert h.bodies(h.run(fragment_id="nope"))[0] == "full 2"


def test_query_params_read_from_the_browser_and_written_back(harness: Make) -> None:
    h = harness(
        PRELUDE
        + "say(st.query_params.get('tab', 'none'))\nsay(st.query_params.get_all('x'))\n"
        + "st.query_params['tab'] = 'settings'\nst.query_params.x = ['1', '2']\n"
    )
    messages = h.run(query="tab=home&x=9")
    assert h.bodies(messages) == ["home", "['9']"]
    updates = [m["query"] for m in messages if m["t"] == "query_string"]
    assert updates[-1] == "tab=settings&x=1&x=2"
    assert h.session.query == {"tab": ["settings"], "x": ["1", "2"]}


def test_query_params_reserved_keys(harness: Make) -> None:
    h = harness(PRELUDE + "st.query_params['embed'] = 'true'\n")
    assert errors(h, h.run()) == ["Query param embed cannot be set using st.query_params."]


def test_a_fragment_run_cannot_write_outside_its_container(harness: Make) -> None:
    h = harness(
        PRELUDE
        + "@st.fragment\ndef part():\n    box('x', key='x')\n"
        + "    if st.session_state.get('x'):\n        st.sidebar.markdown('side')\npart()\n"
    )
    first = h.run()
    fragment_id = next(p for _, k, p in h.elements(first) if k == "container")["fragment_id"]
    messages = h.run({h.widget_id("x"): True}, fragment_id=fragment_id)
    assert errors(h, messages) == ["Fragments cannot write to elements outside of their container."]
    assert all(m["path"][0] == 0 for m in messages if m["t"] == "delta")
