"""st.menu_button: the option picked is the value for the one run that follows the pick."""

from __future__ import annotations

import pytest
from widget_checks import CALLBACK, Make

from log_watch import expect_log

SOURCE = (
    "import rill as st\n"
    "st.session_state.v = st.menu_button('Export', ['CSV', 'JSON', 'PDF']{extra})\n"
)


def test_a_pick_lasts_one_run(make: Make) -> None:
    app = make(SOURCE.format(extra="")).run()
    assert app.ok()["v"] is None
    props = app.props("menu_button")
    assert props["options"] == ["CSV", "JSON", "PDF"]
    assert (props["value"], props["type"], props["width"]) == (None, "secondary", "content")
    app.run({app.id("menu_button"): 1}).ok()
    assert app["v"] == "JSON"
    app.run().ok()
    assert app["v"] is None


def test_on_click_runs_for_every_pick_even_the_same_option(make: Make) -> None:
    app = make(
        "import rill as st\n" + CALLBACK + "def seen():\n"
        "    st.session_state.setdefault('seen', []).append(st.session_state.fmt)\n"
        "st.session_state.v = st.menu_button('Export', ['CSV', 'JSON'], key='fmt',\n"
        "                                    on_click=seen)\n"
        "st.menu_button('Other', ['x'], on_click=cb, args=(1,), kwargs={'x': 2})\n"
    ).run()
    first = app.id("menu_button", 0)
    app.run({first: 0}).ok()
    app.run({first: 0}).ok()
    assert app["seen"] == ["CSV", "CSV"]
    assert app["v"] == "CSV"
    app.run().ok()
    assert app["seen"] == ["CSV", "CSV"]
    assert app["v"] is None
    app.run({app.id("menu_button", 1): 0}).ok()
    assert app["calls"] == [((1,), {"x": 2})]


def test_the_key_reads_the_pick_and_cannot_be_set(make: Make) -> None:
    app = make(
        "import rill as st\n"
        "st.menu_button('Go', ['a', 'b'], key='m')\n"
        "st.session_state.r = st.session_state.m\n"
    ).run()
    assert app.ok()["r"] is None
    app.run({app.id("menu_button"): 1}).ok()
    assert app["r"] == "b"
    app = make(
        "import rill as st\nst.session_state.m = 'a'\nst.menu_button('Go', ['a', 'b'], key='m')\n"
    ).run()
    assert "cannot be set using st.session_state" in app.error()


def test_format_func_labels_and_option_objects(make: Make) -> None:
    app = make(
        "import rill as st\n"
        "sizes = {1: 'Small', 2: 'Large'}\n"
        "st.session_state.v = st.menu_button('Size', sizes, format_func=sizes.get,\n"
        "                                    type='primary', icon=':material/tune:',\n"
        "                                    width='stretch', wrap=False, help='Pick one')\n"
    ).run()
    props = app.ok().props("menu_button")
    assert props["options"] == ["Small", "Large"]
    assert (props["type"], props["icon"], props["width"]) == (
        "primary",
        ":material/tune:",
        "stretch",
    )
    assert (props["wrap"], props["help"]) == (False, "Pick one")
    app.run({app.id("menu_button"): 1}).ok()
    assert app["v"] == 2


def test_hostile_picks_are_ignored(make: Make) -> None:
    expect_log(r"ignored a widget value: bad value", logger="rill.session")
    app = make(SOURCE.format(extra="")).run().ok()
    for wire in [3, -1, True, "CSV", None, [0], 0.0]:
        app.run({app.id("menu_button"): wire}).ok()
        assert app["v"] is None, wire
    app.run({app.id("menu_button"): 2}).ok()
    assert app["v"] == "PDF"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.menu_button('M', [])", "provide at least one option"),
        (
            "st.menu_button('M', [1, 2], format_func=lambda o: 'same')",
            "The `format_func` produced duplicate labels for the menu button options.",
        ),
        ("st.menu_button('M', ['a'], type='loud')", 'The argument passed was "loud".'),
        ("st.menu_button('M', ['a'], icon='fire')", "fire"),
        ("st.menu_button('M', ['a'], width=0)", "Invalid width value: 0."),
        (
            "with st.form('f'):\n    st.menu_button('M', ['a'])\n    st.form_submit_button()",
            "`st.menu_button()` can't be used in an `st.form()`.",
        ),
    ],
)
def test_bad_parameters_are_the_documented_errors(make: Make, call: str, message: str) -> None:
    app = make(f"import rill as st\n{call}\n").run()
    assert message in app.error()
