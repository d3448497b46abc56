"""st.text_input and st.text_area."""

from __future__ import annotations

import pytest
from widget_checks import SHARED_CHECKS, Check, Make
from widget_harness import Case

CASES = [
    Case(
        "text_input",
        "st.text_input({label}, 'hi', max_chars=5{extra})",
        default="hi",
        wire="hello",
        changed="hello",
        hostile=["toolong", 5, None, ["a"]],
    ),
    Case(
        "text_area",
        "st.text_area({label}, value=None{extra})",
        default=None,
        wire="line\nline",
        changed="line\nline",
        hostile=[7, {"a": 1}, b"bytes"],
    ),
]


@pytest.mark.parametrize("check", SHARED_CHECKS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("case", CASES, ids=str)
def test_shared_rules(make: Make, case: Case, check: Check) -> None:
    check(make, case)


def test_default_is_an_empty_string(make: Make) -> None:
    app = make(
        "import rill as st\n"
        "st.session_state.i = st.text_input('I')\nst.session_state.a = st.text_area('A')\n"
    ).run()
    assert (app.ok()["i"], app["a"]) == ("", "")


def test_values_become_strings(make: Make) -> None:
    app = make("import rill as st\nst.session_state.v = st.text_input('I', 42)\n").run()
    assert app.ok()["v"] == "42"
    assert app.props("text_input")["value"] == "42"


def test_none_value_returns_none_until_typed_into(make: Make) -> None:
    app = make("import rill as st\nst.session_state.v = st.text_input('I', None)\n").run()
    assert app.ok()["v"] is None
    app.run({app.id("text_input"): "x"}).ok()
    assert app["v"] == "x"
    app.run({app.id("text_input"): None}).ok()
    assert app["v"] is None


def test_text_input_props(make: Make) -> None:
    app = make(
        "import rill as st\n"
        "st.text_input('Secret', type='password', placeholder='shh', max_chars=8)\n"
        "st.text_input('Mail', autocomplete='email')\n"
    ).run()
    secret, mail = app.ok().props("text_input"), app.props("text_input", 1)
    assert secret["type"] == "password"
    assert secret["autocomplete"] == "new-password"
    assert secret["placeholder"] == "shh"
    assert secret["max_chars"] == 8
    assert mail["autocomplete"] == "email"


def test_text_area_props(make: Make) -> None:
    app = make("import rill as st\nst.text_area('A', height=200, placeholder='Write')\n").run()
    props = app.ok().props("text_area")
    assert props["height"] == 200
    assert props["placeholder"] == "Write"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            "st.text_input('I', type='email!')",
            "'email!' is not a valid text_input type. Valid types are 'default' and 'password'.",
        ),
        ("st.text_area('A', height=10)", "Invalid height 10px for `st.text_area`"),
        ("st.text_input('I', max_chars=0)", "`max_chars` must be a positive integer"),
    ],
)
def test_bad_parameters_are_errors(make: Make, call: str, message: str) -> None:
    app = make(f"import rill as st\n{call}\n").run()
    assert message in app.error()
