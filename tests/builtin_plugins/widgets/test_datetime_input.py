"""st.datetime_input: a date and a time of day, as one naive datetime."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from widget_checks import SHARED_CHECKS, Check, Make
from widget_harness import Case

CASE = Case(
    "datetime_input",
    "st.datetime_input({label}, datetime.datetime(2025, 11, 19, 16, 45){extra})",
    default=datetime(2025, 11, 19, 16, 45),
    wire="2026-01-02T08:30",
    changed=datetime(2026, 1, 2, 8, 30),
    hostile=[
        "2026-01-02",
        "2026-01-02 08:30",
        "2026-01-02T08:30:00",
        "2045-01-01T00:00",
        "yesterday",
        None,
        1735800000,
        ["2026-01-02T08:30"],
    ],
)


@pytest.mark.parametrize("check", SHARED_CHECKS, ids=lambda c: c.__name__)
def test_shared_rules(make: Make, check: Check) -> None:
    check(make, CASE)


def test_props_bounds_and_defaults(make: Make) -> None:
    app = make(
        "import datetime\nimport rill as st\n"
        "st.session_state.v = st.datetime_input('When', datetime.datetime(2025, 3, 4, 5, 6),\n"
        "                                       format='DD.MM.YYYY', step=1800, width=300)\n"
    ).run()
    assert app.ok()["v"] == datetime(2025, 3, 4, 5, 6)
    props = app.props("datetime_input")
    assert props["value"] == "2025-03-04T05:06"
    assert (props["min"], props["max"]) == ("2015-03-04T05:06", "2035-03-04T05:06")
    assert (props["format"], props["step"], props["width"]) == ("DD.MM.YYYY", 1800, 300)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("datetime.date(2024, 2, 29)", datetime(2024, 2, 29)),
        ("'2025-11-19 16:45'", datetime(2025, 11, 19, 16, 45)),
        ("'2025-11-19T16:45:30'", datetime(2025, 11, 19, 16, 45, 30)),
        ("'2025-11-19'", datetime(2025, 11, 19)),
        (
            "datetime.datetime(2025, 1, 1, 12, tzinfo=datetime.timezone.utc)",
            datetime(2025, 1, 1, 12),
        ),
    ],
)
def test_values_of_every_documented_type(make: Make, value: str, expected: datetime) -> None:
    app = make(
        "import datetime\nimport rill as st\n"
        f"v = st.datetime_input('When', {value})\n"
        "st.session_state.v = v\n"
        "st.session_state.tz = v.tzinfo\n"
    ).run()
    assert app.ok()["v"] == expected
    assert app["tz"] is None


def test_now_today_and_a_time_of_today(make: Make) -> None:
    before = datetime.now().replace(second=0, microsecond=0)
    app = make(
        "import datetime\nimport rill as st\n"
        "st.session_state.now = st.datetime_input('A')\n"
        "st.session_state.at = st.datetime_input('B', datetime.time(7, 15))\n"
    ).run()
    after = datetime.now()
    assert before <= app.ok()["now"] <= after
    assert app["now"].second == 0
    assert app["at"].time().isoformat() == "07:15:00"
    assert app["at"].date() in (before.date(), after.date())


def test_empty_until_picked(make: Make) -> None:
    app = make(
        "import rill as st\nst.session_state.v = st.datetime_input('When', value=None)\n"
    ).run()
    assert app.ok()["v"] is None
    today = datetime.now()
    props = app.props("datetime_input")
    assert props["value"] is None
    # Ten years either side of today (29 February has no twin in most years: the 28th).
    assert props["min"].startswith(f"{today.year - 10}-{today:%m}-")
    assert props["min"].endswith("T00:00")
    assert props["max"].startswith(f"{today.year + 10}-{today:%m}-")
    assert props["max"].endswith("T23:59")
    app.run({app.id("datetime_input"): f"{today:%Y-%m-%d}T09:00"}).ok()
    assert app["v"] == today.replace(hour=9, minute=0, second=0, microsecond=0)
    app.run({app.id("datetime_input"): None}).ok()
    assert app["v"] is None


def test_browser_values_stay_within_bounds_to_the_minute(make: Make) -> None:
    app = make(
        "import datetime\nimport rill as st\n"
        "st.session_state.v = st.datetime_input('When', '2025-01-01 10:00',\n"
        "    min_value=datetime.datetime(2025, 1, 1, 9, 30, 20), max_value='2025-01-02 18:00')\n"
    ).run()
    widget = app.ok().id("datetime_input")
    app.run({widget: "2025-01-01T09:30"}).ok()  # the minute of min_value
    assert app["v"] == datetime(2025, 1, 1, 9, 30)
    app.run({widget: "2025-01-02T18:00"}).ok()
    assert app["v"] == datetime(2025, 1, 2, 18, 0)


def test_session_state_sets_the_value_and_a_date_means_midnight(make: Make) -> None:
    app = make(
        "import datetime\nimport rill as st\n"
        "if 'k' not in st.session_state:\n"
        "    st.session_state.k = datetime.date(2025, 6, 1)\n"
        "st.session_state.v = st.datetime_input('When', None, key='k')\n"
    ).run()
    assert app.ok()["v"] == datetime(2025, 6, 1)
    assert app.props("datetime_input")["value"] == "2025-06-01T00:00"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            "st.datetime_input('D', '2025-01-01 10:00', min_value='2025-01-02')",
            "must lie between the `min_value` of 2025-01-02 00:00:00",
        ),
        (
            "st.datetime_input('D', None, min_value='2025-01-02', max_value='2025-01-01')",
            "The `min_value`, set to 2025-01-02 00:00:00, shouldn't be larger than the "
            "`max_value`, set to 2025-01-01 00:00:00.",
        ),
        ("st.datetime_input('D', 'soon')", "must be 'now', a datetime, a date, a time"),
        ("st.datetime_input('D', 17)", "The `value` of st.datetime_input must be"),
        ("st.datetime_input('D', format='YY/MM/DD')", "The provided format (`YY/MM/DD`)"),
        ("st.datetime_input('D', step=30)", "`step` must be between 60 seconds and 23 hours"),
        ("st.datetime_input('D', step=1.5)", "`step` can only be `int` or `timedelta`"),
        ("st.datetime_input('D', width='content')", "Invalid width value: 'content'."),
    ],
)
def test_bad_parameters_are_the_documented_errors(make: Make, call: str, message: str) -> None:
    app = make(f"import rill as st\n{call}\n").run()
    assert message in app.error()


def test_step_as_timedelta(make: Make) -> None:
    app = make(
        "import datetime\nimport rill as st\n"
        "st.datetime_input('D', step=datetime.timedelta(hours=1))\n"
    ).run()
    assert app.ok().props("datetime_input")["step"] == timedelta(hours=1).seconds
