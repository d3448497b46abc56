"""st.checkbox and st.toggle."""

from __future__ import annotations

import pytest
from widget_checks import SHARED_CHECKS, Check, Make
from widget_harness import Case

from log_watch import expect_log

CASES = [
    Case(
        "checkbox",
        "st.checkbox({label}{extra})",
        default=False,
        wire=True,
        changed=True,
        hostile=["true", 1, None, [True]],
    ),
    Case(
        "toggle",
        "st.toggle({label}, value=True{extra})",
        default=True,
        wire=False,
        changed=False,
        hostile=[0, "false", {}],
    ),
]


@pytest.mark.parametrize("check", SHARED_CHECKS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("case", CASES, ids=str)
def test_shared_rules(make: Make, case: Case, check: Check) -> None:
    check(make, case)


def test_checkbox_and_toggle_with_one_label_are_different_widgets(make: Make) -> None:
    app = make("import rill as st\nst.checkbox('On')\nst.toggle('On')\n").run().ok()
    assert app.id("checkbox") != app.id("toggle")


def test_truthy_value_becomes_a_bool(make: Make) -> None:
    app = make("import rill as st\nst.session_state.v = st.checkbox('On', value=1)\n").run().ok()
    assert app["v"] is True
    assert app.props("checkbox")["value"] is True


def test_help_and_disabled_reach_the_props(make: Make) -> None:
    app = make("import rill as st\nst.toggle('On', help='  Switch it', disabled=True)\n").run()
    props = app.ok().props("toggle")
    assert props["help"] == "Switch it"
    assert props["disabled"] is True


def test_label_must_be_a_string(make: Make) -> None:
    app = make("import rill as st\nst.checkbox(3)\n").run()
    assert "The `label` of `st.checkbox` must be a string, not int." in app.error()


def test_empty_label_warns_but_works(make: Make) -> None:
    expect_log(r"`label` got an empty value", logger="rill.widgets")
    app = make(
        "import rill as st\nst.session_state.v = st.checkbox('', label_visibility='hidden')\n"
    ).run()
    assert app.ok()["v"] is False
