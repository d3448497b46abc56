"""AppTest for pills, segmented controls, feedback, menu buttons, pagination and datetimes:
Streamlit's `at.button_group`, rill's accessor per kind, and their interactions."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

import pytest

from rill.testing.v1 import AppTest, AppTestError


@pytest.fixture(autouse=True)
def project(dirs: Any) -> Any:
    """A fresh project directory (no config of the repository applies)."""
    return dirs


def app(body: str) -> AppTest:
    return AppTest.from_string("import datetime\nimport rill as st\n" + body).run()


GROUPS = """
a = st.pills("Tags", ["red", "green", "blue"], selection_mode="multi", key="tags")
b = st.segmented_control("View", [":material/list: List", "Grid"], default="Grid")
c = st.feedback("stars")
st.markdown(f"{a}|{b}|{c}")
"""


def test_button_group_lists_pills_segmented_controls_and_feedback_in_page_order() -> None:
    at = app(GROUPS)
    assert [w.kind for w in at.button_group] == ["pills", "segmented_control", "feedback"]
    assert {w.type for w in at.button_group} == {"button_group"}
    assert len(at.pills) == len(at.segmented_control) == len(at.feedback) == 1
    assert at.get("pills")[0].label == "Tags"
    assert at.button_group(key="tags").label == "Tags"


def test_options_are_labels_with_streamlits_content_and_icon() -> None:
    at = app(GROUPS)
    options = at.segmented_control[0].options
    assert options == [":material/list: List", "Grid"]
    assert (options[0].content, options[0].content_icon) == ("List", ":material/list:")
    assert (options[1].content, options[1].content_icon) == ("Grid", "")


def test_select_unselect_and_set_value_in_both_modes() -> None:
    at = app(GROUPS)
    tags, view, stars = at.button_group
    assert (tags.value, view.value, stars.value) == ([], "Grid", None)
    tags.select("blue").select("red").select("blue")
    view.set_value(":material/list: List")
    stars.set_value(4)
    assert tags.value == ["blue", "red"]  # staged
    at.run()
    assert at.markdown[0].value == "['blue', 'red']|:material/list: List|4"
    assert at.pills[0].indices == [2, 0]
    at.pills[0].unselect("blue")
    at.segmented_control[0].unselect(":material/list: List")
    at.feedback[0].unselect(4)
    at.run()
    assert at.markdown[0].value == "['red']|None|None"
    at.pills[0].set_value(("green",)).run()
    at.segmented_control[0].set_value(["Grid"]).run()  # a list of one is that option
    assert at.markdown[0].value == "['green']|Grid|None"
    assert at.session_state["tags"] == ["green"]


def test_single_mode_takes_one_option_and_unknown_options_are_errors() -> None:
    at = app(GROUPS)
    with pytest.raises(AppTestError, match="selects one option"):
        at.segmented_control[0].set_value(["Grid", ":material/list: List"])
    with pytest.raises(AppTestError, match="'purple' is not one of the options"):
        at.pills[0].select("purple")
    with pytest.raises(AppTestError, match="expected a sentiment from 0 to 4"):
        at.feedback[0].set_value(7)


def test_option_objects_are_selected_by_object_or_label() -> None:
    at = app(
        "sizes = {1: 'Small', 2: 'Large'}\n"
        "v = st.pills('Size', sizes, format_func=sizes.get)\n"
        "st.markdown(repr(v))\n"
    )
    at.pills[0].set_value(2).run()
    assert at.markdown[0].value == "2"
    at.pills[0].set_value("Small").run()
    assert at.markdown[0].value == "1"


def test_feedback_kind_and_disabled_widgets_refuse_changes() -> None:
    at = app("st.feedback('faces', disabled=True)\n")
    assert at.feedback[0].options == "faces"
    with pytest.raises(AppTestError, match="disabled"):
        at.feedback[0].set_value(1)


def test_menu_button_pick_is_the_value_of_one_run() -> None:
    at = app(
        "choice = st.menu_button('Export', ['CSV', 'JSON'], key='export')\n"
        "st.markdown(f'picked {choice}')\n"
    )
    menu = at.menu_button[0]
    assert (menu.label, menu.options, menu.value) == ("Export", ["CSV", "JSON"], None)
    menu.click("JSON")
    assert menu.value == "JSON"  # staged
    at.run()
    assert at.markdown[0].value == "picked JSON"
    assert at.menu_button[0].value == "JSON"
    at.run()
    assert at.markdown[0].value == "picked None"
    assert at.menu_button(key="export").value is None
    with pytest.raises(AppTestError, match="is not one of the options"):
        at.menu_button[0].click("XML")


def test_menu_button_options_by_object() -> None:
    at = app(
        "class Fmt:\n"
        "    def __init__(self, ext): self.ext = ext\n"
        "    def __eq__(self, other): return getattr(other, 'ext', None) == self.ext\n"
        "fmts = [Fmt('csv'), Fmt('xml')]\n"
        "f = st.menu_button('Export', fmts, format_func=lambda f: f.ext.upper())\n"
        "st.markdown(f.ext if f else '-')\n"
    )
    at.menu_button[0].click(at.menu_button[0].options[1]).run()
    assert at.markdown[0].value == "xml"
    at.menu_button[0].set_value(type("X", (), {"ext": "csv"})()).run()  # an equal object
    assert at.markdown[0].value == "csv"


def test_pagination_moves_and_stays_in_range() -> None:
    at = app("page = st.pagination(3, default=2)\nst.markdown(f'page {page}')\n")
    pager = at.pagination[0]
    assert (pager.value, pager.num_pages) == (2, 3)
    pager.next().run()
    assert at.markdown[0].value == "page 3"
    at.pagination[0].next().run()
    assert at.markdown[0].value == "page 3"
    at.pagination[0].previous().previous().run()  # each step from the value staged before
    assert at.markdown[0].value == "page 1"
    at.pagination[0].previous().run()
    assert at.markdown[0].value == "page 1"
    at.pagination[0].set_value(2).run()
    assert at.markdown[0].value == "page 2"
    with pytest.raises(AppTestError, match="expected a page from 1 to 3"):
        at.pagination[0].set_value(4)


def test_datetime_input_takes_datetimes_dates_times_and_strings() -> None:
    at = app(
        "v = st.datetime_input('When', datetime.datetime(2025, 11, 19, 16, 45))\n"
        "st.markdown(repr(v))\n"
    )
    when = at.datetime_input[0]
    assert when.value == datetime(2025, 11, 19, 16, 45)
    assert (when.min, when.max, when.step) == (
        datetime(2015, 11, 19, 16, 45),
        datetime(2035, 11, 19, 16, 45),
        900,
    )
    when.set_value(datetime(2026, 1, 2, 3, 4)).run()
    assert at.markdown[0].value == "datetime.datetime(2026, 1, 2, 3, 4)"
    at.datetime_input[0].set_value(date(2026, 5, 6)).run()
    assert at.markdown[0].value == "datetime.datetime(2026, 5, 6, 0, 0)"
    at.datetime_input[0].set_value("2026-07-08 09:10").run()
    assert at.markdown[0].value == "datetime.datetime(2026, 7, 8, 9, 10)"
    at.datetime_input[0].set_value(time(11, 30)).run()
    assert at.datetime_input[0].value.time() == time(11, 30)
    with pytest.raises(AppTestError, match="outside"):
        at.datetime_input[0].set_value(datetime(2050, 1, 1))
