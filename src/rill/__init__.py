"""rill: turn Python scripts into interactive web apps.

    import rill as st

    st.title("Hello")
    if st.button("Click me"):
        st.write("Clicked!")

This module is the public command API: explicit re-exports of every builtin command, typed and
documented where they are defined. Commands contributed by installed plugins are reached the
same way (`st.<name>`); they resolve through the kernel of the running session.
"""

from __future__ import annotations

from typing import Any

# -- alerts (builtin_plugins/alerts) ---------------------------------------------------------
from rill.builtin_plugins.alerts.commands import error as error
from rill.builtin_plugins.alerts.commands import exception as exception
from rill.builtin_plugins.alerts.commands import info as info
from rill.builtin_plugins.alerts.commands import success as success
from rill.builtin_plugins.alerts.commands import warning as warning

# -- forms, fragments, query params ---------------------------------------------------------
from rill.builtin_plugins.forms.commands import form as form
from rill.builtin_plugins.forms.commands import form_submit_button as form_submit_button
from rill.builtin_plugins.fragments.commands import fragment as fragment

# -- layout (builtin_plugins/layout) ---------------------------------------------------------
from rill.builtin_plugins.layout.columns import columns as columns
from rill.builtin_plugins.layout.columns import tabs as tabs
from rill.builtin_plugins.layout.containers import container as container
from rill.builtin_plugins.layout.containers import empty as empty
from rill.builtin_plugins.layout.containers import expander as expander
from rill.builtin_plugins.layout.containers import sidebar as sidebar

# -- page config (builtin_plugins/page_config) -----------------------------------------------
from rill.builtin_plugins.page_config.commands import set_page_config as set_page_config
from rill.builtin_plugins.query_params.proxy import query_params as query_params

# -- text (builtin_plugins/text) -------------------------------------------------------------
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

# -- widgets (builtin_plugins/widgets) -------------------------------------------------------
from rill.builtin_plugins.widgets.button import button as button
from rill.builtin_plugins.widgets.checkbox import checkbox as checkbox
from rill.builtin_plugins.widgets.checkbox import toggle as toggle
from rill.builtin_plugins.widgets.choice import multiselect as multiselect
from rill.builtin_plugins.widgets.choice import radio as radio
from rill.builtin_plugins.widgets.choice import selectbox as selectbox
from rill.builtin_plugins.widgets.color import color_picker as color_picker
from rill.builtin_plugins.widgets.dates import date_input as date_input
from rill.builtin_plugins.widgets.dates import time_input as time_input
from rill.builtin_plugins.widgets.number import number_input as number_input
from rill.builtin_plugins.widgets.slider import select_slider as select_slider
from rill.builtin_plugins.widgets.slider import slider as slider
from rill.builtin_plugins.widgets.text import text_area as text_area
from rill.builtin_plugins.widgets.text import text_input as text_input

# -- write (builtin_plugins/write) -----------------------------------------------------------
from rill.builtin_plugins.write.dispatch import write as write
from rill.builtin_plugins.write.stream import write_stream as write_stream
from rill.builtin_plugins.write.tables import table as table
from rill.core.runtime.context import add_script_run_ctx, get_script_run_ctx

# -- execution and state (core) --------------------------------------------------------------
from rill.core.runtime.control import rerun as rerun
from rill.core.runtime.control import stop as stop
from rill.core.runtime.state_proxy import session_state as session_state
from rill.version import __version__

__all__ = [
    "__version__",
    "add_script_run_ctx",
    "button",
    "caption",
    "checkbox",
    "code",
    "color_picker",
    "columns",
    "container",
    "date_input",
    "divider",
    "empty",
    "error",
    "exception",
    "expander",
    "form",
    "form_submit_button",
    "fragment",
    "get_script_run_ctx",
    "header",
    "info",
    "json",
    "latex",
    "markdown",
    "multiselect",
    "number_input",
    "query_params",
    "radio",
    "rerun",
    "select_slider",
    "selectbox",
    "session_state",
    "set_page_config",
    "sidebar",
    "slider",
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
    "toggle",
    "warning",
    "write",
    "write_stream",
]


def __getattr__(name: str) -> Any:
    """Commands that plugins register (`rill_register_commands`)."""
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
