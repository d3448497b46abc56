"""st.slider and st.select_slider."""

from __future__ import annotations

import datetime as dt

import pytest
from widget_checks import SHARED_CHECKS, Check, Make
from widget_harness import Case, same

DAY_MS = 86_400_000


def date_ms(day: dt.date) -> int:
    return (day - dt.date(1970, 1, 1)).days * DAY_MS


CASES = [
    Case(
        "slider",
        "st.slider({label}, 0, 10, 3{extra})",
        default=3,
        wire=7,
        changed=7,
        hostile=[11, -1, "5", True, 2.5, float("nan"), [1, 2], None],
    ),
    Case(
        "slider",
        "st.slider({label}, 0.0, 1.0, (0.25, 0.75){extra})",
        default=(0.25, 0.75),
        wire=[0.1, 0.9],
        changed=(0.1, 0.9),
        hostile=[0.5, [0.9, 0.1], [0.1], [-1.0, 0.5], ["a", 0.5], [0.1, float("inf")]],
    ),
    Case(
        "slider",
        "st.slider({label}, value=datetime.date(2024, 1, 10){extra})",
        default=dt.date(2024, 1, 10),
        wire=date_ms(dt.date(2024, 1, 12)),
        changed=dt.date(2024, 1, 12),
        hostile=[date_ms(dt.date(2030, 1, 1)), "2024-01-12", 10**20],
    ),
    Case(
        "slider",
        "st.slider({label}, value=datetime.time(10, 0){extra})",
        default=dt.time(10, 0),
        wire=(11 * 60 + 30) * 60_000,
        changed=dt.time(11, 30),
        hostile=[DAY_MS, -5, "11:30"],
    ),
    Case(
        "select_slider",
        "st.select_slider({label}, ['lo', 'mid', 'hi']{extra})",
        default="lo",
        wire=2,
        changed="hi",
        hostile=[3, [0, 1], "hi", None, True],
    ),
    Case(
        "select_slider",
        "st.select_slider({label}, range(5), value=(1, 3){extra})",
        default=(1, 3),
        wire=[0, 4],
        changed=(0, 4),
        hostile=[[3, 1], 2, [0, 9], [0]],
    ),
]


@pytest.mark.parametrize("check", SHARED_CHECKS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("case", CASES, ids=str)
def test_shared_rules(make: Make, case: Case, check: Check) -> None:
    check(make, case)


@pytest.mark.parametrize(
    ("call", "value", "props"),
    [
        ("st.slider('S')", 0, {"min": 0, "max": 100, "step": 1, "data_type": "int"}),
        ("st.slider('S', max_value=5)", 0, {"min": 0, "max": 5, "step": 1}),
        ("st.slider('S', 0.0, 2.0)", 0.0, {"step": 0.01, "data_type": "float", "format": "%0.2f"}),
        ("st.slider('S', value=0.5)", 0.5, {"min": 0.0, "max": 1.0}),
        ("st.slider('S', 1, 9, [2, 4])", (2, 4), {"value": [2, 4]}),
        ("st.slider('S', 1, 9, (6, 2))", (2, 6), {"value": [2, 6]}),
        ("st.slider('S', 1, 9, ())", (1, 9), {"value": [1, 9]}),
        (
            "st.slider('S', value=datetime.date(2024, 3, 1))",
            dt.date(2024, 3, 1),
            {
                "min": date_ms(dt.date(2024, 2, 16)),
                "max": date_ms(dt.date(2024, 3, 15)),
                "step": DAY_MS,
                "data_type": "date",
                "value": date_ms(dt.date(2024, 3, 1)),
            },
        ),
        (
            "st.slider('S', value=datetime.time(0, 30))",
            dt.time(0, 30),
            {"min": 0, "step": 15 * 60_000, "data_type": "time", "value": 30 * 60_000},
        ),
        (
            "st.slider('S', value=datetime.datetime(2024, 1, 1, 12))",
            dt.datetime(2024, 1, 1, 12),
            {
                "data_type": "datetime",
                "step": DAY_MS,
                "value": date_ms(dt.date(2024, 1, 1)) + 12 * 3_600_000,
            },
        ),
        (
            "st.slider('S', datetime.datetime(2024, 1, 1, 8), datetime.datetime(2024, 1, 1, 18))",
            dt.datetime(2024, 1, 1, 8),
            {"step": 15 * 60_000},
        ),
        ("st.slider('S', 0, 10, 20)", 20, {"min": 0, "max": 20}),
        ("st.slider('S', 0, 10, 5, format='%d%%')", 5, {"format": "%d%%"}),
    ],
)
def test_defaults_types_and_wire_values(
    make: Make, call: str, value: object, props: dict[str, object]
) -> None:
    app = make(f"import datetime\nimport rill as st\nst.session_state.v = {call}\n").run().ok()
    assert same(app["v"], value), app["v"]
    got = app.props("slider")
    assert {k: got[k] for k in props} == props


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            "st.slider('S', 0, 10.0)",
            "Slider value arguments must be of matching types.\n`min_value` has int type.\n"
            "`max_value` has float type.\n`step` has int type.",
        ),
        (
            "st.slider('S', 0.0, 1.0, 1, step=0.5)",
            "Both value and arguments must be of the same type.\n`value` has int type.",
        ),
        ("st.slider('S', 0, 10, step=0)", "Slider components cannot be passed a `step` of 0."),
        ("st.slider('S', 5, 5)", "Slider `min_value` must be less than the `max_value`."),
        ("st.slider('S', value='a')", "Slider value should either be an int/float/datetime"),
        ("st.slider('S', value=(1, 2, 3))", "Slider value should either be an int/float/datetime"),
        ("st.slider('S', value=(1, 2.0))", "Slider tuple/list components must be of the same type"),
        ("st.slider('S', 0, 2**60)", "`max_value` (1152921504606846976) must be <= (1 << 53) - 1"),
        ("st.select_slider('S', [])", "The `options` argument needs to be non-empty"),
        ("st.select_slider('S', ['a'], value='b')", "'b' is not in the options"),
    ],
)
def test_bad_parameters_are_the_documented_errors(make: Make, call: str, message: str) -> None:
    app = make(f"import rill as st\n{call}\n").run()
    assert message in app.error()


def test_range_kept_in_session_state_makes_a_range_slider(make: Make) -> None:
    app = make(
        "import rill as st\n"
        "if 'r' not in st.session_state:\n    st.session_state.r = (20, 30)\n"
        "st.session_state.v = st.slider('S', key='r')\n"
    ).run()
    assert app.ok()["v"] == (20, 30)
    assert app.props("slider")["value"] == [20, 30]


def test_datetime_keeps_its_time_zone(make: Make) -> None:
    app = make(
        "import datetime\nimport rill as st\n"
        "tz = datetime.timezone(datetime.timedelta(hours=2))\n"
        "st.session_state.v = st.slider('S', value=datetime.datetime(2024, 1, 1, 9, tzinfo=tz))\n"
    ).run()
    start = app.ok()["v"]
    assert app.props("slider")["value"] == date_ms(dt.date(2024, 1, 1)) + 9 * 3_600_000
    app.run({app.id("slider"): date_ms(dt.date(2024, 1, 2)) + 9 * 3_600_000}).ok()
    assert app["v"] == start + dt.timedelta(days=1)
    assert app["v"].tzinfo == start.tzinfo


def test_select_slider_formats_options_and_reverses_ranges(make: Make) -> None:
    app = make(
        "import rill as st\n"
        "st.session_state.v = st.select_slider('S', [1, 2, 3], value=[3, 1],"
        " format_func=lambda n: f'#{n}')\n"
    ).run()
    assert app.ok()["v"] == (1, 3)
    props = app.props("select_slider")
    assert props["options"] == ["#1", "#2", "#3"]
    assert props["value"] == [0, 2]


def test_select_slider_coerces_a_redefined_enum(make: Make) -> None:
    app = make(
        "import enum\nimport rill as st\n"
        "class Size(enum.Enum):\n    S = 1\n    M = 2\n    L = 3\n"
        "v = st.select_slider('Size', Size, value=(Size.S, Size.M))\n"
        "st.session_state.current = all(isinstance(x, Size) for x in v)\n"
        "st.session_state.v = [x.name for x in v]\n"
    ).run()
    app.run({app.id("select_slider"): [1, 2]}).ok()
    assert app["v"] == ["M", "L"]
    assert app["current"] is True
