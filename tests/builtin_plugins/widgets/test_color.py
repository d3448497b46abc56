"""st.color_picker."""

from __future__ import annotations

import pytest
from widget_checks import SHARED_CHECKS, Check, Make
from widget_harness import Case

CASES = [
    Case(
        "color_picker",
        "st.color_picker({label}, '#00f900'{extra})",
        default="#00f900",
        wire="#AbCdEf",
        changed="#abcdef",
        hostile=["red", "#12345", 0x123456, None, "#gggggg", ["#000000"]],
    ),
]


@pytest.mark.parametrize("check", SHARED_CHECKS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("case", CASES, ids=str)
def test_shared_rules(make: Make, case: Case, check: Check) -> None:
    check(make, case)


def test_default_is_black(make: Make) -> None:
    app = make("import rill as st\nst.session_state.v = st.color_picker('C')\n").run()
    assert app.ok()["v"] == "#000000"


def test_short_hex_is_sent_in_full(make: Make) -> None:
    app = make("import rill as st\nst.session_state.v = st.color_picker('C', '#0F0')\n").run()
    assert app.ok()["v"] == "#0F0"
    assert app.props("color_picker")["value"] == "#00ff00"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("'green'", "'green' is not a valid hex code for colors. Valid ones are like '#00FFAA'"),
        ("123", "Color Picker Value has invalid type: int. Expects a hex string like '#00FFAA'"),
    ],
)
def test_bad_values_are_the_documented_errors(make: Make, value: str, message: str) -> None:
    app = make(f"import rill as st\nst.color_picker('C', {value})\n").run()
    assert message in app.error()
