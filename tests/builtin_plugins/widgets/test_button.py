"""st.button."""

from __future__ import annotations

import pytest
from widget_checks import SHARED_CHECKS, Check, Make
from widget_harness import Case

CASES = [
    Case(
        "button",
        "st.button({label}{extra})",
        default=False,
        wire=True,
        changed=True,
        hostile=["yes", 1, None, [True], False],
        callback="on_click",
    ),
]


@pytest.mark.parametrize("check", SHARED_CHECKS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("case", CASES, ids=str)
def test_shared_rules(make: Make, case: Case, check: Check) -> None:
    check(make, case)


def test_props_carry_type_icon_help_and_width(make: Make) -> None:
    app = (
        make(
            "import rill as st\n"
            "st.button('Go', help='Press', type='primary', icon=':material/send:', width='stretch',"
            " disabled=True)\n"
        )
        .run()
        .ok()
    )
    props = app.props("button")
    assert props["type"] == "primary"
    assert props["icon"] == ":material/send:"
    assert props["help"] == "Press"
    assert props["use_container_width"] is True
    assert props["disabled"] is True
    assert "value" not in props


def test_bad_type_is_the_documented_error(make: Make) -> None:
    app = make("import rill as st\nst.button('Go', type='loud')\n").run()
    assert 'The type argument to st.button must be "primary", "secondary", or "tertiary"' in (
        app.error()
    )


def test_inside_a_form_is_the_documented_error(make: Make) -> None:
    app = make(
        "import rill as st\nwith st.form('f'):\n    st.button('Go')\n"
        "    st.form_submit_button('Send')\n"
    ).run()
    assert "`st.button()` can't be used in an `st.form()`" in app.error()


def test_keyed_click_reaches_session_state_for_one_run(make: Make) -> None:
    app = make(
        "import rill as st\nst.button('Go', key='go')\nst.session_state.r = st.session_state.go\n"
    )
    app.run().ok()
    assert app["r"] is False
    app.run({app.id("button"): True}).ok()
    assert app["r"] is True
    app.run().ok()
    assert app["r"] is False
