"""st.pills and st.segmented_control: one option or several, drawn as buttons."""

from __future__ import annotations

import pytest
from widget_checks import SHARED_CHECKS, Check, Make
from widget_harness import Case

KINDS = ["pills", "segmented_control"]

CASES = [
    case
    for kind in KINDS
    for case in (
        Case(
            kind,
            f"st.{kind}({{label}}, ['a', 'b', 'c'], default='b'{{extra}})",
            default="b",
            wire=[2],
            changed="c",
            hostile=[2, [3], [-1], [0, 1], [True], ["a"], [1.0], None, {"0": 1}],
        ),
        Case(
            kind,
            f"st.{kind}({{label}}, ['x', 'y', 'z'], selection_mode='multi', default=['y']"
            "{extra})",
            default=["y"],
            wire=[2, 0],
            changed=["z", "x"],
            hostile=[0, [5], [0, 0], ["x"], None, [True], {"0": 1}],
        ),
    )
]


@pytest.mark.parametrize("check", SHARED_CHECKS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("case", CASES, ids=str)
def test_shared_rules(make: Make, case: Case, check: Check) -> None:
    check(make, case)


@pytest.mark.parametrize("kind", KINDS)
def test_single_selection_starts_empty_and_can_be_cleared(make: Make, kind: str) -> None:
    app = make(f"import rill as st\nst.session_state.v = st.{kind}('P', ['a', 'b'])\n").run()
    assert app.ok()["v"] is None
    props = app.props(kind)
    assert (props["value"], props["selection_mode"], props["width"]) == ([], "single", "content")
    app.run({app.id(kind): [1]}).ok()
    assert app["v"] == "b"
    assert app.props(kind)["value"] == [1]
    app.run({app.id(kind): []}).ok()
    assert app["v"] is None


@pytest.mark.parametrize("kind", KINDS)
def test_multi_selection_keeps_the_order_of_the_clicks(make: Make, kind: str) -> None:
    app = make(
        "import rill as st\n"
        f"v = st.{kind}('P', [10, 20, 30], selection_mode='multi', default=30)\n"
        "st.session_state.v = v\n"
        "st.session_state.t = type(v).__name__\n"
    ).run()
    assert (app.ok()["v"], app["t"]) == ([30], "list")
    app.run({app.id(kind): [2, 0, 1]}).ok()
    assert app["v"] == [30, 10, 20]
    app.run({app.id(kind): []}).ok()
    assert app["v"] == []


@pytest.mark.parametrize("kind", KINDS)
def test_format_func_changes_labels_not_values(make: Make, kind: str) -> None:
    app = make(
        "import rill as st\n"
        "icons = {0: ':material/add: Add', 1: ':material/zoom_in:'}\n"
        f"st.session_state.v = st.{kind}('Tool', icons.keys(), format_func=icons.get)\n"
    ).run()
    assert app.ok().props(kind)["options"] == [":material/add: Add", ":material/zoom_in:"]
    app.run({app.id(kind): [1]}).ok()
    assert app["v"] == 1


def test_options_of_any_iterable_and_enum_values(make: Make) -> None:
    app = make(
        "import enum\nimport pandas as pd\nimport rill as st\n"
        "class Size(enum.Enum):\n    S = 1\n    L = 2\n"
        "st.session_state.a = st.pills('A', pd.Series(['x', 'y']), default='y')\n"
        "st.session_state.b = st.segmented_control('B', Size, default=Size.L)\n"
    ).run()
    assert app.ok()["a"] == "y"
    assert app["b"].name == "L"
    assert app.props("segmented_control")["options"] == ["Size.S", "Size.L"]


def test_session_state_sets_a_selection_and_a_value_gone_falls_back(make: Make) -> None:
    app = make(
        "import rill as st\n"
        "if 'k' not in st.session_state:\n"
        "    st.session_state.k = ['b', 'a']\n"
        "opts = st.session_state.get('opts', ['a', 'b'])\n"
        "st.session_state.v = st.pills('P', opts, selection_mode='multi', key='k')\n"
    ).run()
    assert app.ok()["v"] == ["b", "a"]
    assert app.props("pills")["value"] == [1, 0]
    app.session.state["opts"] = ["c"]
    app.run().ok()
    assert app["v"] == []


def test_width_and_disabled_reach_the_props(make: Make) -> None:
    app = make(
        "import rill as st\n"
        "st.pills('P', ['a'], width='stretch', disabled=True)\n"
        "st.segmented_control('S', ['a'], width=240)\n"
    ).run()
    assert app.ok().props("pills")["width"] == "stretch"
    assert app.props("pills")["disabled"] is True
    assert app.props("segmented_control")["width"] == 240


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            "st.pills('P', ['a', 'b'], selection_mode='many')",
            "The selection_mode argument must be one of ['single', 'multi']. The argument "
            "passed was 'many'.",
        ),
        (
            "st.segmented_control('S', ['a', 'b'], default=['a', 'b'])",
            "The default argument to `st.segmented_control` must be a single value when "
            "`selection_mode='single'`.",
        ),
        (
            "st.pills('P', ['a', 'b'], default='c')",
            "The default value 'c' is not part of the options.",
        ),
        ("st.pills('P', ['a'], width=0)", "Invalid width value: 0."),
        ("st.segmented_control('S', ['a'], width='wide')", "Invalid width value: 'wide'."),
        ("st.pills(3, ['a'])", "The `label` of `st.pills` must be a string"),
    ],
)
def test_bad_parameters_are_the_documented_errors(make: Make, call: str, message: str) -> None:
    app = make(f"import rill as st\n{call}\n").run()
    assert message in app.error()


def test_a_value_kept_is_matched_to_the_options_the_rerun_rebuilt(make: Make) -> None:
    app = make(
        "import rill as st\n"
        "class Tag:\n"
        "    def __init__(self, name):\n"
        "        self.name = name\n"
        "tags = [Tag('red'), Tag('blue')]\n"
        "picked = st.pills('T', tags, format_func=lambda t: t.name, selection_mode='multi')\n"
        "st.session_state.names = [t.name for t in picked]\n"
        "st.session_state.current = all(any(p is t for t in tags) for p in picked)\n"
    ).run()
    app.run({app.id("pills"): [1]}).ok()
    app.run().ok()
    assert app["names"] == ["blue"]
    assert app["current"] is True
