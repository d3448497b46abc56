"""st.radio, st.selectbox and st.multiselect."""

from __future__ import annotations

import pytest
from widget_checks import SHARED_CHECKS, Check, Make
from widget_harness import Case

from log_watch import expect_log

CASES = [
    Case(
        "radio",
        "st.radio({label}, ['a', 'b', 'c']{extra})",
        default="a",
        wire=2,
        changed="c",
        hostile=[3, -1, "1", True, 1.0, None, [0]],
    ),
    Case(
        "selectbox",
        "st.selectbox({label}, (10, 20, 30), index=1{extra})",
        default=20,
        wire=0,
        changed=10,
        hostile=[3, -1, "10", False, None, 0.0],
    ),
    Case(
        "multiselect",
        "st.multiselect({label}, ['x', 'y', 'z'], default=['y']{extra})",
        default=["y"],
        wire=[2, 0],
        changed=["z", "x"],
        hostile=[0, [5], [0, 0], ["x"], None, [True], {"0": 1}],
    ),
]


@pytest.mark.parametrize("check", SHARED_CHECKS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("case", CASES, ids=str)
def test_shared_rules(make: Make, case: Case, check: Check) -> None:
    check(make, case)


OPTION_SOURCES = {
    "tuple": ("('a', 'b', 'c')", ["a", "b", "c"]),
    "range": ("range(10, 13)", ["10", "11", "12"]),
    "dict": ("{'a': 1, 'b': 2, 'c': 3}", ["a", "b", "c"]),
    "dict keys": ("{'a': 1, 'b': 2, 'c': 3}.keys()", ["a", "b", "c"]),
    "generator": ("(c for c in 'abc')", ["a", "b", "c"]),
    "frozenset": ("frozenset(['b'])", ["b"]),
    "pandas Series": ("pd.Series([1.5, 2.5, 3.5])", ["1.5", "2.5", "3.5"]),
    "pandas Index": ("pd.Index(['a', 'b', 'c'])", ["a", "b", "c"]),
    "DataFrame": ("pd.DataFrame({'x': ['a', 'b', 'c'], 'y': [1, 2, 3]})", ["a", "b", "c"]),
    "numpy array": ("np.array([1, 2, 3])", ["1", "2", "3"]),
    "Enum class": ("Size", ["Size.S", "Size.M", "Size.L"]),
}


@pytest.mark.parametrize("source", OPTION_SOURCES, ids=str)
@pytest.mark.parametrize("kind", ["radio", "selectbox", "multiselect"])
def test_any_iterable_gives_options(make: Make, kind: str, source: str) -> None:
    code, labels = OPTION_SOURCES[source]
    default = "default=opts[-1:]" if kind == "multiselect" else "index=len(opts) - 1"
    app = make(
        "import enum\nimport numpy as np\nimport pandas as pd\nimport rill as st\n"
        "from rill.builtin_plugins.widgets.options import option_list\n"
        "class Size(enum.Enum):\n    S = 1\n    M = 2\n    L = 3\n"
        f"opts = option_list({code})\n"
        f"st.session_state.v = st.{kind}('Pick', {code}, {default})\n"
        "st.session_state.last = opts[-1]\n"
    ).run()
    app.ok()
    assert app.props(kind)["options"] == labels
    expected = app["last"]
    assert app["v"] == ([expected] if kind == "multiselect" else expected)
    picked = app["v"][0] if kind == "multiselect" else app["v"]
    assert type(picked) is type(expected)
    assert not type(picked).__module__.startswith("numpy")


def test_format_func_changes_labels_not_values(make: Make) -> None:
    app = make(
        "import rill as st\n"
        "names = {1: 'One', 2: 'Two'}\n"
        "st.session_state.v = st.radio('N', [1, 2], format_func=names.get)\n"
    ).run()
    assert app.ok().props("radio")["options"] == ["One", "Two"]
    app.run({app.id("radio"): 1}).ok()
    assert app["v"] == 2


def test_index_none_starts_empty_and_can_be_emptied_again(make: Make) -> None:
    app = make(
        "import rill as st\n"
        "st.session_state.v = st.selectbox('S', ['a', 'b'], index=None, placeholder='Pick')\n"
    ).run()
    assert app.ok()["v"] is None
    props = app.props("selectbox")
    assert props["value"] is None
    assert props["placeholder"] == "Pick"
    app.run({app.id("selectbox"): 1}).ok()
    assert app["v"] == "b"
    app.run({app.id("selectbox"): None}).ok()
    assert app["v"] is None


def test_no_options_returns_none(make: Make) -> None:
    app = make(
        "import rill as st\n"
        "st.session_state.s = st.selectbox('S', [])\n"
        "st.session_state.r = st.radio('R', [])\n"
        "st.session_state.m = st.multiselect('M', [])\n"
    ).run()
    assert (app.ok()["s"], app["r"], app["m"]) == (None, None, [])
    assert app.props("selectbox")["placeholder"] == "No options to select"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.radio('R', ['a'], index=3)", "Radio index must be between 0 and length of options"),
        (
            "st.selectbox('S', ['a'], index=-1)",
            "Selectbox index must be greater than or equal to 0 and less than the length",
        ),
        ("st.selectbox('S', ['a'], index='0')", "Selectbox Value has invalid type: str"),
        ("st.radio('R', ['a', 'b'], captions=['x'])", "The number of captions has to match"),
        (
            "st.multiselect('M', ['a', 'b'], default=['c'])",
            "The default value 'c' is not part of the options. Please make sure that every "
            "default values also exists in the options.",
        ),
        (
            "st.multiselect('M', ['a', 'b'], default=['a', 'b'], max_selections=1)",
            "Multiselect has 2 options selected but `max_selections` is set to 1.",
        ),
    ],
)
def test_bad_parameters_are_the_documented_errors(make: Make, call: str, message: str) -> None:
    app = make(f"import rill as st\n{call}\n").run()
    assert message in app.error()


def test_radio_props(make: Make) -> None:
    app = make(
        "import rill as st\n"
        "st.radio('R', ['a', 'b'], horizontal=True, captions=['first', 'second'], index=1)\n"
    ).run()
    props = app.ok().props("radio")
    assert props["horizontal"] is True
    assert props["captions"] == ["first", "second"]
    assert props["value"] == 1


def test_multiselect_single_default_and_selection_order(make: Make) -> None:
    expect_log(r"more than 2 options selected", logger="rill.session")
    app = make(
        "import rill as st\n"
        "st.session_state.v = st.multiselect('M', [3, 1, 2], default=1, max_selections=2)\n"
    ).run()
    assert app.ok()["v"] == [1]
    assert app.props("multiselect")["value"] == [1]
    assert app.props("multiselect")["max_selections"] == 2
    app.run({app.id("multiselect"): [2, 0]}).ok()
    assert app["v"] == [2, 3]
    app.run({app.id("multiselect"): [0, 1, 2]}).ok()  # more than max_selections: ignored
    assert app["v"] == [2, 3]


def test_objects_the_rerun_builds_again_stay_selected(make: Make) -> None:
    app = make(
        "import rill as st\n"
        "class User:\n"
        "    def __init__(self, name):\n"
        "        self.name = name\n"
        "users = [User('ada'), User('bob')]\n"
        "picked = st.selectbox('User', users, format_func=lambda u: u.name)\n"
        "st.session_state.v = picked.name\n"
        "st.session_state.current = any(picked is u for u in users)\n"
    ).run()
    app.run({app.id("selectbox"): 1}).ok()
    assert app["v"] == "bob"
    assert app["current"] is True
    app.run().ok()
    assert app["v"] == "bob"
    assert app["current"] is True


def test_keyed_value_gone_from_the_options_falls_back_to_the_default(make: Make) -> None:
    app = make(
        "import rill as st\n"
        "n = st.session_state.get('n', 0)\n"
        "st.session_state.n = n + 1\n"
        "opts = ['a', 'b', 'c'] if n < 2 else ['a', 'x']\n"
        "st.session_state.v = st.selectbox('S', opts, key='k')\n"
    ).run()
    app.run({app.id("selectbox"): 2}).ok()
    assert app["v"] == "c"
    app.run().ok()
    assert app["v"] == "a"
    assert app.props("selectbox")["value"] == 0


def test_selectbox_accepts_new_options_when_asked(make: Make) -> None:
    app = make(
        "import rill as st\n"
        "st.session_state.v = st.selectbox('S', ['a', 'b'], accept_new_options=True)\n"
    ).run()
    assert app.ok().props("selectbox")["placeholder"] == "Choose or add an option"
    app.run({app.id("selectbox"): "zebra"}).ok()
    assert app["v"] == "zebra"
    props = app.props("selectbox")
    assert props["options"] == ["a", "b", "zebra"]
    assert props["value"] == 2
    app.run({app.id("selectbox"): "b"}).ok()
    assert app["v"] == "b"


def test_new_options_are_refused_unless_asked(make: Make) -> None:
    expect_log(r"bad value \['zebra'\] for multiselect", logger="rill.session")
    app = make("import rill as st\nst.session_state.v = st.multiselect('M', ['a'])\n").run()
    app.run({app.id("multiselect"): ["zebra"]}).ok()
    assert app["v"] == []


ENUM_SCRIPT = """
import enum
import rill as st
n = st.session_state.get('n', 0)
st.session_state.n = n + 1
class Color(enum.Enum):
    RED = {red}
    GREEN = {green}
picked = st.{kind}('Color', Color{extra})
one = picked[0] if isinstance(picked, (list, tuple)) else picked
st.session_state.name = one.name
st.session_state.current = isinstance(one, Color)
"""


@pytest.mark.parametrize(
    ("mode", "varying_values", "coerced"),
    [
        ("nameOnly", False, True),
        ("nameOnly", True, True),
        ("nameAndValue", False, True),
        ("nameAndValue", True, False),
        ("off", False, False),
    ],
)
@pytest.mark.parametrize(
    ("kind", "extra", "wire"),
    [("radio", "", 1), ("selectbox", "", 1), ("multiselect", ", default=Color.RED", [1])],
)
def test_enum_redefined_by_the_rerun_is_coerced_per_config(
    make: Make, kind: str, extra: str, wire: object, mode: str, varying_values: bool, coerced: bool
) -> None:
    red, green = ("n", "n + 10") if varying_values else ("1", "2")
    source = ENUM_SCRIPT.format(kind=kind, extra=extra, red=red, green=green)
    app = make(source, flags=["--runner.enumCoercion", mode]).run().ok()
    assert app["current"] is True
    app.run({app.id(kind): wire}).ok()
    assert app["name"] == "GREEN"
    assert app["current"] is coerced
    app.run().ok()
    assert app["name"] == "GREEN"
    assert app["current"] is coerced
