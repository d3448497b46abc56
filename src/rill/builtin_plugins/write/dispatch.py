"""`st.write`: show anything, choosing the element by the type of each argument."""

from __future__ import annotations

import dataclasses
import inspect
import io
import types
from collections import ChainMap, UserDict, UserList
from collections.abc import Callable, ItemsView, KeysView, Mapping, ValuesView
from typing import Any

from rill.builtin_plugins.write.describe import describe, has_memory_address
from rill.builtin_plugins.write.help import help as show_help
from rill.builtin_plugins.write.others import exception as show_exception
from rill.builtin_plugins.write.others import json as show_json
from rill.builtin_plugins.write.others import latex, markdown
from rill.builtin_plugins.write.others import text as show_text
from rill.builtin_plugins.write.stream import write_stream
from rill.plugins import Container, RillAPIError, command, current_kernel, find_command, require_ctx

_HELP_TYPES = (
    types.BuiltinFunctionType,
    types.BuiltinMethodType,
    types.FunctionType,
    types.MethodType,
    types.ModuleType,
)
_JSON_TYPES = (
    dict,
    list,
    map,
    enumerate,
    types.MappingProxyType,
    UserDict,
    ChainMap,
    UserList,
    ItemsView,
    KeysView,
    ValuesView,
    Mapping,
)

#: Objects of other libraries that st.write hands to the command that shows them, when a plugin
#: provides it: (top-level package, class names, command).
_DELEGATED = (
    ("matplotlib", ("Figure",), "pyplot"),
    ("plotly", ("Figure",), "plotly_chart"),
    ("bokeh", ("figure", "Figure"), "bokeh_chart"),
    ("graphviz", ("Graph", "Digraph", "Source"), "graphviz_chart"),
    ("PIL", ("Image", "PngImageFile", "JpegImageFile", "GifImageFile"), "image"),
    ("pydeck", ("Deck",), "pydeck_chart"),
)

Action = Callable[[], object]


def _command(name: str) -> Callable[..., Any] | None:
    try:
        return find_command(name)
    except AttributeError:
        return None


def _delegate(arg: Any) -> Action | None:
    """The command of another plugin that shows `arg` (a chart, an image), if one is loaded."""
    cls = type(arg)
    package = cls.__module__.partition(".")[0]
    name: str | None = None
    if package == "altair" and cls.__name__.endswith("Chart"):
        name = "altair_chart"
    for owner, classes, command_name in _DELEGATED:
        if package == owner and cls.__name__ in classes:
            name = command_name
    show = _command(name) if name else None
    return None if show is None else _bind(show, arg)


def _registered(arg: Any) -> Action | None:
    """The handler a plugin registered for the class of `arg` or a base class of it."""
    handlers = current_kernel().write_handlers
    if not handlers:
        return None
    for cls in type(arg).__mro__:
        name = f"{cls.__module__}.{cls.__qualname__}"
        if name in handlers:
            return _bind(handlers.get(name), arg)
    return None


def _bind(show: Callable[..., Any], arg: Any) -> Action:
    return lambda: show(arg)


def _is_table(arg: Any) -> bool:
    """Whether `arg` offers a way to become a table (an Arrow stream, pandas, the dataframe
    interchange protocol). Known table types are taught by the data plugin's write handlers."""
    return (
        hasattr(type(arg), "__arrow_c_stream__")
        or callable(getattr(arg, "to_pandas", None))
        or callable(getattr(arg, "__dataframe__", None))
    )


def _dataframe(arg: Any) -> Action:
    show = _command("dataframe")
    if show is None:
        return lambda: show_text(str(arg))
    return _bind(show, arg)


def _is_json_like(arg: Any) -> bool:
    if isinstance(arg, _JSON_TYPES):
        return True
    if isinstance(arg, tuple) and hasattr(arg, "_fields"):  # a named tuple
        return True
    return hasattr(type(arg), "model_fields") and callable(getattr(arg, "model_dump", None))


def _is_stream(arg: Any) -> bool:
    return (
        inspect.isgenerator(arg)
        or inspect.isgeneratorfunction(arg)
        or inspect.isasyncgen(arg)
        or inspect.isasyncgenfunction(arg)
        or (type(arg).__module__.startswith("openai") and type(arg).__name__ == "Stream")
    )


def _inline(arg: Any) -> str | Action:
    """Markdown for an object with nothing better: its `str()` as code."""
    text = str(arg)
    if has_memory_address(text):
        return lambda: show_help(arg)
    fence = "`" * (_longest_run(text, "`") + 1)
    if "\n" in text:
        fence = "`" * max(3, len(fence))
        return f"{fence}\n{text}\n{fence}"
    return f"{fence}{text}{fence}"


def _longest_run(text: str, char: str) -> int:
    longest = current = 0
    for ch in text:
        current = current + 1 if ch == char else 0
        longest = max(longest, current)
    return longest


def _plan(arg: Any, unsafe_allow_html: bool) -> str | Action:
    """How to show one argument: Markdown to join with neighbouring text, or an element."""
    if isinstance(arg, Exception):
        return lambda: show_exception(arg)
    if isinstance(arg, Container):
        return lambda: show_text(describe(arg))
    registered = _registered(arg)
    if registered is not None:
        return registered
    if type(arg).__module__.startswith("sympy") and hasattr(arg, "free_symbols"):
        return lambda: latex(arg)
    delegated = _delegate(arg)
    if delegated is not None:
        return delegated
    if _is_json_like(arg):
        return lambda: show_json(arg)
    if isinstance(arg, io.StringIO):
        return lambda: markdown(arg.getvalue())
    if _is_stream(arg):
        return lambda: write_stream(arg)
    if isinstance(arg, _HELP_TYPES) or dataclasses.is_dataclass(arg) or inspect.isclass(arg):
        return lambda: show_help(arg)
    if unsafe_allow_html and callable(getattr(arg, "_repr_html_", None)):
        html = _command("html")
        body = arg._repr_html_()
        if html is not None:
            return _bind(html, body)
        return lambda: markdown(body, unsafe_allow_html=True)
    if _is_table(arg):
        return _dataframe(arg)
    return _inline(arg)


@command("write")
def write(*args: Any, unsafe_allow_html: bool = False) -> None:
    """Show each argument the way that suits its type.

    Strings are Markdown, and consecutive strings (and objects shown as inline code) are joined
    with spaces into one Markdown element. Otherwise: exceptions as `st.exception`; objects of a
    class a plugin registered (`rill_register_write_handlers`) by its handler (pandas, NumPy,
    pyarrow and polars data as `st.dataframe`, by the data plugin's); dicts, lists and other
    mappings as `st.json`; SymPy expressions as `st.latex`; generators and LLM streams as
    `st.write_stream`; functions, classes, modules, dataclasses and objects without a readable
    `str()` as `st.help`; charts and images with their own commands; objects with
    `_repr_html_` as `st.html` when `unsafe_allow_html` is True; anything else as its `str()`
    in code style.

    Args:
        *args: What to show.
        unsafe_allow_html: Render HTML in strings (and `_repr_html_` objects) instead of
            showing the tags as text. Only for HTML you wrote yourself.

    Example:
        st.write("Rows loaded:", 1204)
        st.write({"status": "ok", "retries": 0})
        st.write(ValueError("not a number"))
    """
    if len(args) == 1 and isinstance(args[0], str):
        markdown(args[0], unsafe_allow_html=unsafe_allow_html)
        return
    if len(args) > 1 and require_ctx("write").containers[-1].slot:
        raise RillAPIError(
            "Cannot replace a single element with multiple elements.\n\nThe `write()` method "
            "only supports multiple elements when inserting elements rather than replacing. "
            "That is, only when called as `st.write()` or `st.sidebar.write()`."
        )
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            markdown(" ".join(buffer), unsafe_allow_html=unsafe_allow_html)
            buffer.clear()

    for arg in args:
        step = arg if isinstance(arg, str) else _plan(arg, unsafe_allow_html)
        if isinstance(step, str):
            buffer.append(step)
        else:
            flush()
            step()
    flush()
