"""st.date_input and st.time_input."""

from __future__ import annotations

import datetime as dt

import pytest
from widget_checks import SHARED_CHECKS, Check, Make
from widget_harness import Case, same

CASES = [
    Case(
        "date_input",
        "st.date_input({label}, datetime.date(2024, 1, 10){extra})",
        default=dt.date(2024, 1, 10),
        wire="2024-02-29",
        changed=dt.date(2024, 2, 29),
        hostile=["2024-13-01", "2040-01-01", "20240101", 20240101, None, ["2024-01-11"]],
    ),
    Case(
        "date_input",
        "st.date_input({label}, (datetime.date(2024, 1, 1), datetime.date(2024, 1, 5)){extra})",
        default=(dt.date(2024, 1, 1), dt.date(2024, 1, 5)),
        wire=["2024-01-02"],
        changed=(dt.date(2024, 1, 2),),
        hostile=[["2024-01-05", "2024-01-01"], "2024-01-02", ["a"], ["2024-01-01"] * 3, None],
    ),
    Case(
        "time_input",
        "st.time_input({label}, datetime.time(8, 45){extra})",
        default=dt.time(8, 45),
        wire="17:30",
        changed=dt.time(17, 30),
        hostile=["25:00", "8:00", "17:30:00", 1730, None, "ab:cd"],
    ),
]


@pytest.mark.parametrize("check", SHARED_CHECKS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("case", CASES, ids=str)
def test_shared_rules(make: Make, case: Case, check: Check) -> None:
    check(make, case)


def test_date_defaults_to_today_within_ten_years(make: Make) -> None:
    app = make("import rill as st\nst.session_state.v = st.date_input('D')\n").run().ok()
    today = dt.date.today()
    assert same(app["v"], today)
    props = app.props("date_input")
    assert props["value"] == today.isoformat()
    assert props["min"] == today.replace(year=today.year - 10).isoformat()
    assert props["max"] == today.replace(year=today.year + 10).isoformat()
    assert props["format"] == "YYYY/MM/DD"
    assert props["is_range"] is False


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("'2024-05-06'", dt.date(2024, 5, 6)),
        ("datetime.datetime(2024, 5, 6, 13, 0)", dt.date(2024, 5, 6)),
        ("None", None),
        ("[]", ()),
        ("['2024-05-06']", (dt.date(2024, 5, 6),)),
    ],
)
def test_date_values_accepted(make: Make, value: str, expected: object) -> None:
    app = make(
        f"import datetime\nimport rill as st\nst.session_state.v = st.date_input('D', {value})\n"
    ).run()
    assert same(app.ok()["v"], expected), app["v"]


def test_date_range_bounds_and_format(make: Make) -> None:
    app = make(
        "import datetime\nimport rill as st\n"
        "st.date_input('D', (datetime.date(2020, 2, 29), datetime.date(2021, 1, 1)),"
        " format='DD.MM.YYYY')\n"
    ).run()
    props = app.ok().props("date_input")
    assert props["is_range"] is True
    assert props["value"] == ["2020-02-29", "2021-01-01"]
    assert props["min"] == "2010-02-28"
    assert props["max"] == "2031-01-01"
    assert props["format"] == "DD.MM.YYYY"


def test_date_range_can_be_emptied(make: Make) -> None:
    app = make(
        "import rill as st\nst.session_state.v = st.date_input('D', ['2024-01-01', '2024-01-09'])\n"
    ).run()
    app.run({app.id("date_input"): []}).ok()
    assert app["v"] == ()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.date_input('D', format='YY/MM/DD')", "The provided format (`YY/MM/DD`) is not valid."),
        ("st.date_input('D', 'soon')", "must be a date, a datetime, an ISO date string"),
        (
            "st.date_input('D', [datetime.date(2024, 1, 1)] * 3)",
            "DateInput value should either be an date/datetime or a list/tuple of 0 - 2",
        ),
        (
            "st.date_input('D', datetime.date(2024, 1, 1), min_value=datetime.date(2024, 2, 1))",
            "The default `value` of 2024-01-01 must lie between the `min_value` of 2024-02-01",
        ),
        (
            "st.date_input('D', None, datetime.date(2024, 2, 1), datetime.date(2024, 1, 1))",
            "The `min_value`, set to 2024-02-01, shouldn't be larger than the `max_value`",
        ),
        ("st.time_input('T', step=30)", "`step` must be between 60 seconds and 23 hours"),
        ("st.time_input('T', step=1.5)", "`step` can only be `int` or `timedelta` but float"),
        ("st.time_input('T', 'noon')", "The type of value should be one of datetime, time"),
    ],
)
def test_bad_parameters_are_the_documented_errors(make: Make, call: str, message: str) -> None:
    app = make(f"import datetime\nimport rill as st\n{call}\n").run()
    assert message in app.error()


def test_time_defaults_to_now_to_the_minute(make: Make) -> None:
    app = make("import rill as st\nst.session_state.v = st.time_input('T')\n").run().ok()
    value = app["v"]
    assert isinstance(value, dt.time)
    assert (value.second, value.microsecond) == (0, 0)
    assert app.props("time_input")["value"] == value.strftime("%H:%M")
    assert app.props("time_input")["step"] == 900


@pytest.mark.parametrize(
    ("value", "step", "expected", "wire_step"),
    [
        ("'12:15'", "datetime.timedelta(hours=1)", dt.time(12, 15), 3600),
        ("datetime.datetime(2024, 1, 1, 6, 5, 30)", "60", dt.time(6, 5, 30), 60),
        ("None", "900", None, 900),
    ],
)
def test_time_values_and_steps(
    make: Make, value: str, step: str, expected: object, wire_step: int
) -> None:
    app = make(
        "import datetime\nimport rill as st\n"
        f"st.session_state.v = st.time_input('T', {value}, step={step})\n"
    ).run()
    assert same(app.ok()["v"], expected)
    assert app.props("time_input")["step"] == wire_step
