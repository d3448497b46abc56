"""st.number_input."""

from __future__ import annotations

import pytest
from widget_checks import SHARED_CHECKS, Check, Make
from widget_harness import Case, same

CASES = [
    Case(
        "number_input",
        "st.number_input({label}, 0, 10{extra})",
        default=0,
        wire=7,
        changed=7,
        hostile=[11, -1, 2.5, "3", True, None, float("nan")],
    ),
    Case(
        "number_input",
        "st.number_input({label}, value=1.5{extra})",
        default=1.5,
        wire=2.25,
        changed=2.25,
        hostile=["1", float("inf"), None, [1.0]],
    ),
]


@pytest.mark.parametrize("check", SHARED_CHECKS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("case", CASES, ids=str)
def test_shared_rules(make: Make, case: Case, check: Check) -> None:
    check(make, case)


@pytest.mark.parametrize(
    ("call", "value", "props"),
    [
        ("st.number_input('N')", 0.0, {"data_type": "float", "step": 0.01, "format": "%0.2f"}),
        ("st.number_input('N', step=1)", 0, {"data_type": "int", "step": 1, "format": "%d"}),
        ("st.number_input('N', min_value=3)", 3, {"min": 3, "max": None, "data_type": "int"}),
        ("st.number_input('N', 1.0, 5.0)", 1.0, {"min": 1.0, "max": 5.0}),
        ("st.number_input('N', value=7)", 7, {"data_type": "int"}),
        ("st.number_input('N', value=None)", None, {"value": None, "data_type": "float"}),
        ("st.number_input('N', value=None, min_value=1)", None, {"data_type": "int"}),
        (
            "st.number_input('N', value=0.5, format='%.3f', placeholder='?')",
            0.5,
            {"format": "%.3f", "placeholder": "?"},
        ),
    ],
)
def test_defaults_and_types(make: Make, call: str, value: object, props: dict[str, object]) -> None:
    app = make(f"import rill as st\nst.session_state.v = {call}\n").run().ok()
    assert same(app["v"], value), app["v"]
    got = app.props("number_input")
    assert {k: got[k] for k in props} == props


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            "st.number_input('N', 0, 10.0)",
            "All numerical arguments must be of the same type.\n`min_value` has int type.\n"
            "`max_value` has float type.",
        ),
        ("st.number_input('N', 0, 10, 11)", "The `value` 11 is greater than the `max_value` 10."),
        ("st.number_input('N', 5, 10, 1)", "The `value` 1 is less than the `min_value` 5."),
        ("st.number_input('N', 5, 1)", "The `min_value`, set to 5, cannot be greater than"),
        ("st.number_input('N', format='%s %s')", "Format string for st.number_input contains"),
        ("st.number_input('N', value='1')", "number_input takes numbers, not str."),
    ],
)
def test_bad_parameters_are_the_documented_errors(make: Make, call: str, message: str) -> None:
    app = make(f"import rill as st\n{call}\n").run()
    assert message in app.error()


def test_empty_by_default_can_be_emptied_again(make: Make) -> None:
    app = make("import rill as st\nst.session_state.v = st.number_input('N', value=None)\n").run()
    app.run({app.id("number_input"): 4}).ok()
    assert same(app["v"], 4.0)
    app.run({app.id("number_input"): None}).ok()
    assert app["v"] is None


def test_whole_float_from_the_browser_is_an_int(make: Make) -> None:
    app = make("import rill as st\nst.session_state.v = st.number_input('N', 0, 10)\n").run()
    app.run({app.id("number_input"): 4.0}).ok()
    assert same(app["v"], 4)
