"""rill: turn Python scripts into interactive web apps.

    import rill as st

    st.title("Hello")
    if st.button("Click me"):
        st.write("Clicked!")

This module is the public command API: explicit re-exports of every builtin command, typed and
documented where they are defined. Each is imported the first time it is read (`st.title`
imports the text plugin's commands), so `import rill` costs next to nothing and a script pays
only for what it uses; under `rill run` the kernel has imported them all before the first run.
Editors and type checkers see the same names imported statically. Commands contributed by
installed plugins are reached the same way (`st.<name>`); they resolve through the kernel of the
running session.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from rill.version import __version__

if TYPE_CHECKING:  # the names of `_EXPORTS`, imported statically for editors and type checkers
    # -- alerts (builtin_plugins/alerts) -----------------------------------------------------
    from rill.builtin_plugins.alerts.commands import error as error
    from rill.builtin_plugins.alerts.commands import exception as exception
    from rill.builtin_plugins.alerts.commands import info as info
    from rill.builtin_plugins.alerts.commands import success as success
    from rill.builtin_plugins.alerts.commands import warning as warning

    # -- charts (builtin_plugins/charts) -----------------------------------------------------
    from rill.builtin_plugins.charts.commands import area_chart as area_chart
    from rill.builtin_plugins.charts.commands import bar_chart as bar_chart
    from rill.builtin_plugins.charts.commands import line_chart as line_chart
    from rill.builtin_plugins.charts.commands import scatter_chart as scatter_chart
    from rill.builtin_plugins.charts.vega_lite import altair_chart as altair_chart
    from rill.builtin_plugins.charts.vega_lite import vega_lite_chart as vega_lite_chart

    # -- context (builtin_plugins/context) ---------------------------------------------------
    from rill.builtin_plugins.context.proxy import context as context

    # -- data (builtin_plugins/data) ---------------------------------------------------------
    from rill.builtin_plugins.data.dataframe import column_config as column_config
    from rill.builtin_plugins.data.dataframe import dataframe as dataframe
    from rill.builtin_plugins.data.editor import data_editor as data_editor
    from rill.builtin_plugins.data.table import table as table

    # -- chart libraries: echarts, graphviz, maps, mermaid, plotly (builtin_plugins/<name>) --
    from rill.builtin_plugins.echarts.chart import echarts_chart as echarts_chart

    # -- forms, fragments, query params -----------------------------------------------------
    from rill.builtin_plugins.forms.commands import form as form
    from rill.builtin_plugins.forms.commands import form_submit_button as form_submit_button
    from rill.builtin_plugins.fragments.commands import fragment as fragment
    from rill.builtin_plugins.graphviz.chart import graphviz_chart as graphviz_chart

    # -- layout (builtin_plugins/layout) -----------------------------------------------------
    from rill.builtin_plugins.layout.badge import badge as badge
    from rill.builtin_plugins.layout.columns import columns as columns
    from rill.builtin_plugins.layout.columns import tabs as tabs
    from rill.builtin_plugins.layout.containers import bottom as bottom
    from rill.builtin_plugins.layout.containers import container as container
    from rill.builtin_plugins.layout.containers import empty as empty
    from rill.builtin_plugins.layout.containers import expander as expander
    from rill.builtin_plugins.layout.containers import sidebar as sidebar
    from rill.builtin_plugins.layout.dialog import dialog as dialog
    from rill.builtin_plugins.layout.html import html as html
    from rill.builtin_plugins.layout.popover import popover as popover
    from rill.builtin_plugins.layout.space import space as space
    from rill.builtin_plugins.maps.deck import pydeck_chart as pydeck_chart
    from rill.builtin_plugins.maps.points import map as map
    from rill.builtin_plugins.mermaid.chart import mermaid_chart as mermaid_chart

    # -- metric, pyplot (builtin_plugins/metric, builtin_plugins/pyplot) ---------------------
    from rill.builtin_plugins.metric.metric import metric as metric

    # -- page config (builtin_plugins/page_config) -------------------------------------------
    from rill.builtin_plugins.page_config.commands import set_page_config as set_page_config
    from rill.builtin_plugins.plotly.chart import plotly_chart as plotly_chart
    from rill.builtin_plugins.pyplot.pyplot import pyplot as pyplot
    from rill.builtin_plugins.query_params.proxy import query_params as query_params

    # -- status (builtin_plugins/status) -----------------------------------------------------
    from rill.builtin_plugins.status.celebrations import balloons as balloons
    from rill.builtin_plugins.status.celebrations import snow as snow
    from rill.builtin_plugins.status.echo import echo as echo
    from rill.builtin_plugins.status.progress import progress as progress
    from rill.builtin_plugins.status.skeleton import skeleton as skeleton
    from rill.builtin_plugins.status.spinner import spinner as spinner
    from rill.builtin_plugins.status.status import status as status
    from rill.builtin_plugins.status.toast import toast as toast

    # -- text (builtin_plugins/text) ---------------------------------------------------------
    from rill.builtin_plugins.text.headings import header as header
    from rill.builtin_plugins.text.headings import subheader as subheader
    from rill.builtin_plugins.text.headings import title as title
    from rill.builtin_plugins.text.json import json as json
    from rill.builtin_plugins.text.markdown import caption as caption
    from rill.builtin_plugins.text.markdown import code as code
    from rill.builtin_plugins.text.markdown import divider as divider
    from rill.builtin_plugins.text.markdown import latex as latex
    from rill.builtin_plugins.text.markdown import markdown as markdown
    from rill.builtin_plugins.text.markdown import text as text

    # -- widgets (builtin_plugins/widgets) ---------------------------------------------------
    from rill.builtin_plugins.widgets.button import button as button
    from rill.builtin_plugins.widgets.button_group import pills as pills
    from rill.builtin_plugins.widgets.button_group import segmented_control as segmented_control
    from rill.builtin_plugins.widgets.checkbox import checkbox as checkbox
    from rill.builtin_plugins.widgets.checkbox import toggle as toggle
    from rill.builtin_plugins.widgets.choice import multiselect as multiselect
    from rill.builtin_plugins.widgets.choice import radio as radio
    from rill.builtin_plugins.widgets.choice import selectbox as selectbox
    from rill.builtin_plugins.widgets.color import color_picker as color_picker
    from rill.builtin_plugins.widgets.dates import date_input as date_input
    from rill.builtin_plugins.widgets.dates import time_input as time_input
    from rill.builtin_plugins.widgets.datetime_input import datetime_input as datetime_input
    from rill.builtin_plugins.widgets.feedback import feedback as feedback
    from rill.builtin_plugins.widgets.menu_button import menu_button as menu_button
    from rill.builtin_plugins.widgets.number import number_input as number_input
    from rill.builtin_plugins.widgets.pagination import pagination as pagination
    from rill.builtin_plugins.widgets.slider import select_slider as select_slider
    from rill.builtin_plugins.widgets.slider import slider as slider
    from rill.builtin_plugins.widgets.text import text_area as text_area
    from rill.builtin_plugins.widgets.text import text_input as text_input

    # -- write (builtin_plugins/write) -------------------------------------------------------
    from rill.builtin_plugins.write.dispatch import write as write
    from rill.builtin_plugins.write.help import help as help
    from rill.builtin_plugins.write.stream import write_stream as write_stream

    # -- execution and state (core) ----------------------------------------------------------
    from rill.core.runtime.context import add_script_run_ctx as add_script_run_ctx
    from rill.core.runtime.context import get_script_run_ctx as get_script_run_ctx
    from rill.core.runtime.control import rerun as rerun
    from rill.core.runtime.control import stop as stop
    from rill.core.runtime.state_proxy import session_state as session_state

#: Module → the public names it defines, imported when one of them is first read. A test checks
#: that this table and the `TYPE_CHECKING` imports above name the same things.
_EXPORTS: dict[str, tuple[str, ...]] = {
    "rill.builtin_plugins.alerts.commands": ("error", "exception", "info", "success", "warning"),
    "rill.builtin_plugins.charts.commands": (
        "area_chart",
        "bar_chart",
        "line_chart",
        "scatter_chart",
    ),
    "rill.builtin_plugins.charts.vega_lite": ("altair_chart", "vega_lite_chart"),
    "rill.builtin_plugins.context.proxy": ("context",),
    "rill.builtin_plugins.data.dataframe": ("column_config", "dataframe"),
    "rill.builtin_plugins.data.editor": ("data_editor",),
    "rill.builtin_plugins.data.table": ("table",),
    "rill.builtin_plugins.echarts.chart": ("echarts_chart",),
    "rill.builtin_plugins.forms.commands": ("form", "form_submit_button"),
    "rill.builtin_plugins.fragments.commands": ("fragment",),
    "rill.builtin_plugins.graphviz.chart": ("graphviz_chart",),
    "rill.builtin_plugins.layout.badge": ("badge",),
    "rill.builtin_plugins.layout.columns": ("columns", "tabs"),
    "rill.builtin_plugins.layout.containers": (
        "bottom",
        "container",
        "empty",
        "expander",
        "sidebar",
    ),
    "rill.builtin_plugins.layout.dialog": ("dialog",),
    "rill.builtin_plugins.layout.html": ("html",),
    "rill.builtin_plugins.layout.popover": ("popover",),
    "rill.builtin_plugins.layout.space": ("space",),
    "rill.builtin_plugins.maps.deck": ("pydeck_chart",),
    "rill.builtin_plugins.maps.points": ("map",),
    "rill.builtin_plugins.mermaid.chart": ("mermaid_chart",),
    "rill.builtin_plugins.metric.metric": ("metric",),
    "rill.builtin_plugins.page_config.commands": ("set_page_config",),
    "rill.builtin_plugins.plotly.chart": ("plotly_chart",),
    "rill.builtin_plugins.pyplot.pyplot": ("pyplot",),
    "rill.builtin_plugins.query_params.proxy": ("query_params",),
    "rill.builtin_plugins.status.celebrations": ("balloons", "snow"),
    "rill.builtin_plugins.status.echo": ("echo",),
    "rill.builtin_plugins.status.progress": ("progress",),
    "rill.builtin_plugins.status.skeleton": ("skeleton",),
    "rill.builtin_plugins.status.spinner": ("spinner",),
    "rill.builtin_plugins.status.status": ("status",),
    "rill.builtin_plugins.status.toast": ("toast",),
    "rill.builtin_plugins.text.headings": ("header", "subheader", "title"),
    "rill.builtin_plugins.text.json": ("json",),
    "rill.builtin_plugins.text.markdown": (
        "caption",
        "code",
        "divider",
        "latex",
        "markdown",
        "text",
    ),
    "rill.builtin_plugins.widgets.button": ("button",),
    "rill.builtin_plugins.widgets.button_group": ("pills", "segmented_control"),
    "rill.builtin_plugins.widgets.checkbox": ("checkbox", "toggle"),
    "rill.builtin_plugins.widgets.choice": ("multiselect", "radio", "selectbox"),
    "rill.builtin_plugins.widgets.color": ("color_picker",),
    "rill.builtin_plugins.widgets.dates": ("date_input", "time_input"),
    "rill.builtin_plugins.widgets.datetime_input": ("datetime_input",),
    "rill.builtin_plugins.widgets.feedback": ("feedback",),
    "rill.builtin_plugins.widgets.menu_button": ("menu_button",),
    "rill.builtin_plugins.widgets.number": ("number_input",),
    "rill.builtin_plugins.widgets.pagination": ("pagination",),
    "rill.builtin_plugins.widgets.slider": ("select_slider", "slider"),
    "rill.builtin_plugins.widgets.text": ("text_area", "text_input"),
    "rill.builtin_plugins.write.dispatch": ("write",),
    "rill.builtin_plugins.write.help": ("help",),
    "rill.builtin_plugins.write.stream": ("write_stream",),
    "rill.core.runtime.context": ("add_script_run_ctx", "get_script_run_ctx"),
    "rill.core.runtime.control": ("rerun", "stop"),
    "rill.core.runtime.state_proxy": ("session_state",),
}

#: Public name → its module (`_EXPORTS` turned around).
_MODULES: dict[str, str] = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = [
    "__version__",
    "add_script_run_ctx",
    "altair_chart",
    "area_chart",
    "badge",
    "balloons",
    "bar_chart",
    "bottom",
    "button",
    "caption",
    "checkbox",
    "code",
    "color_picker",
    "column_config",
    "columns",
    "container",
    "context",
    "data_editor",
    "dataframe",
    "date_input",
    "datetime_input",
    "dialog",
    "divider",
    "echarts_chart",
    "echo",
    "empty",
    "error",
    "exception",
    "expander",
    "feedback",
    "form",
    "form_submit_button",
    "fragment",
    "get_script_run_ctx",
    "graphviz_chart",
    "header",
    "help",
    "html",
    "info",
    "json",
    "latex",
    "line_chart",
    "map",
    "markdown",
    "menu_button",
    "mermaid_chart",
    "metric",
    "multiselect",
    "number_input",
    "pagination",
    "pills",
    "plotly_chart",
    "popover",
    "progress",
    "pydeck_chart",
    "pyplot",
    "query_params",
    "radio",
    "rerun",
    "scatter_chart",
    "segmented_control",
    "select_slider",
    "selectbox",
    "session_state",
    "set_page_config",
    "sidebar",
    "skeleton",
    "slider",
    "snow",
    "space",
    "spinner",
    "status",
    "stop",
    "subheader",
    "success",
    "table",
    "tabs",
    "text",
    "text_area",
    "text_input",
    "time_input",
    "title",
    "toast",
    "toggle",
    "vega_lite_chart",
    "warning",
    "write",
    "write_stream",
]


def __getattr__(name: str) -> Any:
    """A builtin command, imported on first use; else a command a plugin registers.

    Plugins register theirs with `rill_register_commands`; they are looked up in the kernel of
    the calling script's session.
    """
    module = _MODULES.get(name)
    if module is not None:
        value = getattr(importlib.import_module(module), name)
        globals()[name] = value  # found without this function from now on
        return value
    if name.startswith("__"):
        raise AttributeError(name)
    from rill.core.runtime.context import current_kernel

    kernel = current_kernel()
    try:
        return kernel.commands[name]
    except KeyError:
        hint = ""
        if kernel.disabled:
            names = ", ".join(kernel.disabled)
            hint = f" (disabled plugins, whose commands are unavailable: {names})"
        raise AttributeError(f"module 'rill' has no attribute {name!r}{hint}") from None


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
