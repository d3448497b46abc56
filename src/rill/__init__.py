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

    # -- context (builtin_plugins/context) ---------------------------------------------------
    from rill.builtin_plugins.context.proxy import context as context

    # -- forms, fragments, query params -----------------------------------------------------
    from rill.builtin_plugins.forms.commands import form as form
    from rill.builtin_plugins.forms.commands import form_submit_button as form_submit_button
    from rill.builtin_plugins.fragments.commands import fragment as fragment

    # -- layout (builtin_plugins/layout) -----------------------------------------------------
    from rill.builtin_plugins.layout.columns import columns as columns
    from rill.builtin_plugins.layout.columns import tabs as tabs
    from rill.builtin_plugins.layout.containers import container as container
    from rill.builtin_plugins.layout.containers import empty as empty
    from rill.builtin_plugins.layout.containers import expander as expander
    from rill.builtin_plugins.layout.containers import sidebar as sidebar

    # -- page config (builtin_plugins/page_config) -------------------------------------------
    from rill.builtin_plugins.page_config.commands import set_page_config as set_page_config
    from rill.builtin_plugins.query_params.proxy import query_params as query_params

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

    # -- write (builtin_plugins/write) -------------------------------------------------------
    from rill.builtin_plugins.write.dispatch import write as write
    from rill.builtin_plugins.write.stream import write_stream as write_stream
    from rill.builtin_plugins.write.tables import table as table

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
    "rill.builtin_plugins.context.proxy": ("context",),
    "rill.builtin_plugins.forms.commands": ("form", "form_submit_button"),
    "rill.builtin_plugins.fragments.commands": ("fragment",),
    "rill.builtin_plugins.layout.columns": ("columns", "tabs"),
    "rill.builtin_plugins.layout.containers": ("container", "empty", "expander", "sidebar"),
    "rill.builtin_plugins.page_config.commands": ("set_page_config",),
    "rill.builtin_plugins.query_params.proxy": ("query_params",),
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
    "rill.builtin_plugins.widgets.checkbox": ("checkbox", "toggle"),
    "rill.builtin_plugins.widgets.choice": ("multiselect", "radio", "selectbox"),
    "rill.builtin_plugins.widgets.color": ("color_picker",),
    "rill.builtin_plugins.widgets.dates": ("date_input", "time_input"),
    "rill.builtin_plugins.widgets.number": ("number_input",),
    "rill.builtin_plugins.widgets.slider": ("select_slider", "slider"),
    "rill.builtin_plugins.widgets.text": ("text_area", "text_input"),
    "rill.builtin_plugins.write.dispatch": ("write",),
    "rill.builtin_plugins.write.stream": ("write_stream",),
    "rill.builtin_plugins.write.tables": ("table",),
    "rill.core.runtime.context": ("add_script_run_ctx", "get_script_run_ctx"),
    "rill.core.runtime.control": ("rerun", "stop"),
    "rill.core.runtime.state_proxy": ("session_state",),
}

#: Public name → its module (`_EXPORTS` turned around).
_MODULES: dict[str, str] = {name: module for module, names in _EXPORTS.items() for name in names}

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
    "context",
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
