"""st.pagination: the page, from 1."""

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

CASE = Case(
    "pagination",
    "st.pagination(10, default=3{extra})",
    default=3,
    wire=7,
    changed=7,
    hostile=[0, 11, -1, True, "4", 4.0, None, [4]],
)


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.__name__)
def test_shared_rules(make: Make, check: Check) -> None:
    check(make, CASE)


def test_props_and_defaults(make: Make) -> None:
    app = make(
        "import rill as st\n"
        "st.session_state.v = st.pagination(num_pages=4)\n"
        "st.pagination(9, max_visible_pages=None, width='stretch', disabled=True, key='p')\n"
    ).run()
    assert app.ok()["v"] == 1
    first, second = app.elements("pagination")
    assert first["props"] == {
        "num_pages": 4,
        "max_visible_pages": 7,
        "disabled": False,
        "width": "content",
        "form_id": None,
        "value": 1,
    }
    assert second["props"]["max_visible_pages"] is None
    assert (second["props"]["width"], second["props"]["disabled"]) == ("stretch", True)


def test_a_page_gone_falls_back_to_the_default(make: Make) -> None:
    app = make(
        "import rill as st\n"
        "n = st.session_state.get('n', 10)\n"
        "st.session_state.v = st.pagination(n, default=2, key='page')\n"
    ).run()
    app.run({app.id("pagination"): 9}).ok()
    assert app["v"] == 9
    app.session.state["n"] = 5
    app.run().ok()
    assert app["v"] == 2
    assert app.props("pagination")["value"] == 2


def test_a_bad_page_set_through_session_state_falls_back(make: Make) -> None:
    app = make(
        "import rill as st\n"
        "if 'page' not in st.session_state:\n"
        "    st.session_state.page = 40\n"
        "st.session_state.v = st.pagination(5, key='page')\n"
    ).run()
    assert app.ok()["v"] == 1


def test_paginating_rows(make: Make) -> None:
    app = make(
        "import rill as st\n"
        "rows = list(range(25))\n"
        "page = st.pagination(num_pages=3)\n"
        "st.session_state.shown = rows[(page - 1) * 10 : page * 10]\n"
    ).run()
    app.run({app.id("pagination"): 3}).ok()
    assert app["shown"] == [20, 21, 22, 23, 24]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.pagination(0)", "`num_pages` must be an integer of at least 1. Got 0."),
        ("st.pagination(2.5)", "`num_pages` must be an integer of at least 1. Got 2.5."),
        ("st.pagination(True)", "`num_pages` must be an integer of at least 1. Got True."),
        ("st.pagination(3, default=4)", "The value 4 for `default` is out of range"),
        ("st.pagination(3, default='1')", "`default` must be of type int, not str"),
        (
            "st.pagination(3, max_visible_pages=-1)",
            "`max_visible_pages` must be a non-negative integer or None. Got -1.",
        ),
        ("st.pagination(3, width='wide')", "Invalid width value: 'wide'."),
    ],
)
def test_bad_parameters_are_the_documented_errors(make: Make, call: str, message: str) -> None:
    app = make(f"import rill as st\n{call}\n").run()
    assert message in app.error()
