"""st.feedback: thumbs, faces or stars; the value is the sentiment index."""

from __future__ import annotations

import pytest
from widget_checks import (
    Check,
    Make,
    browser_change,
    callbacks,
    default_value,
    duplicates,
    hostile_values,
    session_state_by_key,
)
from widget_harness import Case

CHECKS: list[Check] = [
    default_value,
    browser_change,
    callbacks,
    session_state_by_key,
    duplicates,
    hostile_values,
]

CASES = [
    Case(
        "feedback",
        "st.feedback('stars'{extra})",
        default=None,
        wire=4,
        changed=4,
        hostile=[5, -1, True, "2", 1.0, [1]],
    ),
    Case(
        "feedback",
        "st.feedback('thumbs', default=1{extra})",
        default=1,
        wire=0,
        changed=0,
        hostile=[2, False, "0", {"v": 0}],
    ),
]


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("case", CASES, ids=str)
def test_shared_rules(make: Make, case: Case, check: Check) -> None:
    check(make, case)


def test_each_kind_of_feedback_and_its_props(make: Make) -> None:
    app = make(
        "import rill as st\n"
        "st.session_state.a = st.feedback()\n"
        "st.session_state.b = st.feedback('faces', default=3, width='stretch', disabled=True)\n"
    ).run()
    assert (app.ok()["a"], app["b"]) == (None, 3)
    first, second = app.elements("feedback")
    assert first["props"] == {
        "options": "thumbs",
        "disabled": False,
        "width": "content",
        "form_id": None,
        "value": None,
    }
    assert (second["props"]["options"], second["props"]["value"]) == ("faces", 3)
    assert (second["props"]["width"], second["props"]["disabled"]) == ("stretch", True)


def test_a_selection_can_be_cleared_even_from_a_default(make: Make) -> None:
    app = make("import rill as st\nst.session_state.v = st.feedback('faces', default=2)\n")
    app.run().ok()
    app.run({app.id("feedback"): None}).ok()
    assert app["v"] is None
    app.run().ok()
    assert app["v"] is None


def test_a_kept_value_out_of_range_for_new_options_falls_back(make: Make) -> None:
    app = make(
        "import rill as st\n"
        "kind = st.session_state.get('kind', 'stars')\n"
        "st.session_state.v = st.feedback(kind, key='k')\n"
    ).run()
    app.run({app.id("feedback"): 4}).ok()
    assert app["v"] == 4
    app.session.state["kind"] = "thumbs"
    app.run().ok()
    assert app["v"] is None


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            "st.feedback('hearts')",
            "The options argument to st.feedback must be one of ['thumbs', 'faces', 'stars']. "
            "The argument passed was 'hearts'.",
        ),
        ("st.feedback('thumbs', default=2)", "between 0 and 1 for options='thumbs', not 2"),
        ("st.feedback('stars', default=True)", "between 0 and 4 for options='stars', not True"),
        ("st.feedback(width=-5)", "Invalid width value: -5."),
    ],
)
def test_bad_parameters_are_the_documented_errors(make: Make, call: str, message: str) -> None:
    app = make(f"import rill as st\n{call}\n").run()
    assert message in app.error()
