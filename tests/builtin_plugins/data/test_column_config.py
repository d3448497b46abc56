"""st.column_config: every column type's parameters reach the ColumnSpec; bad ones are named."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import pytest

import rill as st
from rill.builtin_plugins.data.arrow import Table
from rill.builtin_plugins.data.columns import column_specs, normalize_config
from rill.plugins import RillAPIError

#: The column functions, untyped: the tests below pass them what their types forbid.
cc: Any = st.column_config


def spec_of(config: Any, data: Any = None, editor: bool = False) -> dict[str, Any]:
    """The ColumnSpec of column `c` under `config`."""
    frame = pd.DataFrame({"c": [1]}) if data is None else data
    specs = column_specs(Table(frame), normalize_config({"c": config}), editor=editor)
    return next(spec for spec in specs if spec["field"] == "c")


def test_column_sets_the_common_parameters() -> None:
    spec = spec_of(
        st.column_config.Column(
            "Label",
            width="medium",
            help="tip",
            disabled=True,
            required=True,
            pinned=True,
            alignment="center",
        ),
        editor=True,
    )
    assert (spec["label"], spec["width"], spec["help"], spec["pinned"]) == (
        "Label",
        "medium",
        "tip",
        True,
    )
    assert spec["disabled"] and spec["required"] and spec["type"] is None
    assert spec["extra"] == {"alignment": "center"}
    assert spec_of(st.column_config.Column(width=120))["width"] == 120


@pytest.mark.parametrize(
    "format",
    [
        "%d",
        "%.2f",
        "$ %.2f",
        "%,d",
        "plain",
        "localized",
        "dollar",
        "euro",
        "yen",
        "percent",
        "compact",
        "scientific",
        "engineering",
        "accounting",
    ],
)
def test_number_formats(format: str) -> None:
    spec = spec_of(st.column_config.NumberColumn(format=format))
    assert (spec["type"], spec["format"]) == ("number", format)


def test_number_column_bounds_step_and_default() -> None:
    spec = spec_of(st.column_config.NumberColumn(min_value=0, max_value=10, step=0.5, default=3))
    assert (spec["min"], spec["max"], spec["step"], spec["default"]) == (0, 10, 0.5, 3)


def test_text_link_checkbox_selectbox_multiselect() -> None:
    text = spec_of(st.column_config.TextColumn(max_chars=5, validate="^a", default="a"))
    assert (text["type"], text["validate"], text["extra"], text["default"]) == (
        "text",
        "^a",
        {"max_chars": 5},
        "a",
    )
    link = spec_of(st.column_config.LinkColumn(display_text="Open", validate="^https://"))
    assert (link["type"], link["extra"]["display_text"], link["validate"]) == (
        "link",
        "Open",
        "^https://",
    )
    assert spec_of(st.column_config.CheckboxColumn(default=False))["type"] == "checkbox"
    select = spec_of(st.column_config.SelectboxColumn(options=["a", "b"], format_func=str.upper))
    assert select["options"] == [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}]
    assert spec_of(st.column_config.SelectboxColumn(options=[1, 2]))["options"] == [1, 2]
    multi = spec_of(
        st.column_config.MultiselectColumn(
            options=["x", "y", "z"],
            color=["red", "#00f"],
            accept_new_options=True,
            default=["x"],
        )
    )
    assert multi["options"] == [
        {"value": "x", "color": "red"},
        {"value": "y", "color": "#00f"},
        {"value": "z", "color": "red"},
    ]
    assert multi["extra"] == {"accept_new_options": True} and multi["default"] == ["x"]


def test_dates_and_times_travel_as_iso_text() -> None:
    moment = spec_of(
        st.column_config.DatetimeColumn(
            format="D MMM YYYY",
            min_value=dt.datetime(2024, 1, 1),
            step=dt.timedelta(minutes=1),
            timezone="Europe/Oslo",
            default=dt.datetime(2024, 2, 1, 12),
        )
    )
    assert (moment["type"], moment["min"], moment["step"]) == (
        "datetime",
        "2024-01-01T00:00:00",
        60.0,
    )
    assert moment["extra"] == {"timezone": "Europe/Oslo"}
    assert moment["default"] == "2024-02-01T12:00:00"
    day = spec_of(st.column_config.DateColumn(max_value=dt.date(2025, 1, 1), step=7))
    assert (day["type"], day["max"], day["step"]) == ("date", "2025-01-01", 7)
    clock = spec_of(st.column_config.TimeColumn(min_value=dt.time(8), step=900))
    assert (clock["type"], clock["min"], clock["step"]) == ("time", "08:00:00", 900.0)


def test_list_image_json_charts_and_progress() -> None:
    assert spec_of(st.column_config.ListColumn(default=["a"]))["type"] == "list"
    assert spec_of(st.column_config.ImageColumn())["type"] == "image"
    assert spec_of(st.column_config.JsonColumn())["type"] == "json"
    for make, kind in (
        (st.column_config.LineChartColumn, "line_chart"),
        (st.column_config.BarChartColumn, "bar_chart"),
        (st.column_config.AreaChartColumn, "area_chart"),
    ):
        spec = spec_of(make(y_min=0, y_max=10, color="auto"))
        assert (spec["type"], spec["extra"]) == (kind, {"y_min": 0, "y_max": 10, "color": "auto"})
    progress = spec_of(
        st.column_config.ProgressColumn(format="%.0f%%", min_value=0, max_value=100, color="green")
    )
    assert (progress["type"], progress["format"], progress["max"]) == ("progress", "%.0f%%", 100)
    assert progress["extra"] == {"color": "green"}


def test_labels_and_none() -> None:
    assert spec_of("Just a label")["label"] == "Just a label"
    assert spec_of(None)["hidden"] is True


@pytest.mark.parametrize(
    ("call", "parameter"),
    [
        (lambda: cc.Column(width="huge"), "width"),
        (lambda: cc.Column(width=0), "width"),
        (lambda: cc.Column(label=3), "label"),
        (lambda: cc.Column(alignment="middle"), "alignment"),
        (lambda: cc.Column(pinned="yes"), "pinned"),
        (lambda: cc.NumberColumn(format="%q"), "format"),
        (lambda: cc.NumberColumn(format="money"), "format"),
        (lambda: cc.NumberColumn(min_value="0"), "min_value"),
        (lambda: cc.NumberColumn(min_value=5, max_value=1), "min_value"),
        (lambda: cc.NumberColumn(step=0), "step"),
        (lambda: cc.TextColumn(max_chars=0), "max_chars"),
        (lambda: cc.TextColumn(validate="("), "validate"),
        (lambda: cc.CheckboxColumn(default="yes"), "default"),
        (lambda: cc.SelectboxColumn(options="abc"), "options"),
        (lambda: cc.MultiselectColumn(color="not a colour!"), "color"),
        (lambda: cc.DatetimeColumn(min_value=dt.date(2024, 1, 1)), "min_value"),
        (lambda: cc.DateColumn(max_value="2024-01-01"), "max_value"),
        (lambda: cc.DateColumn(step=1.5), "step"),
        (lambda: cc.TimeColumn(step=-1), "step"),
        (lambda: cc.BarChartColumn(y_min=3, y_max=1), "y_min"),
        (lambda: cc.LineChartColumn(color=5), "color"),
        (lambda: cc.ProgressColumn(format=7), "format"),
    ],
)
def test_errors_name_the_bad_parameter(call: Any, parameter: str) -> None:
    with pytest.raises(RillAPIError, match=f"`{parameter}`"):
        call()


def test_editor_columns_are_editable_unless_disabled() -> None:
    frame = pd.DataFrame({"a": [1], "b": [2], "c": [3]})
    specs = column_specs(
        Table(frame),
        normalize_config({"b": st.column_config.Column(disabled=True)}),
        disabled=["c"],
        editor=True,
    )
    assert {s["field"]: s["disabled"] for s in specs} == {
        "_index": True,
        "a": False,
        "b": True,
        "c": True,
    }
