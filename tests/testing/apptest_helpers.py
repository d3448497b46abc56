"""Widgets built only on the core widget API, for AppTest tests that must not depend on the
builtin widget plugin: a checkbox `box`, a button `click`, a selectbox-like `pick` whose value
is the original option object, and an integer range slider `span`.

Scripts start with `WIDGETS` (a source text) and use them like commands.
"""

WIDGETS = """
from rill.core.runtime.tree import add_element
from rill.core.runtime.widgets import register_widget
import rill as st


def box(label, value=False, key=None, on_change=None, args=None, kwargs=None, disabled=False):
    def read(wire):
        if not isinstance(wire, bool):
            raise ValueError("a checkbox value is a bool")
        return wire

    return register_widget(
        "checkbox", {"label": label, "disabled": disabled}, key=key,
        params={"label": label, "value": value}, default=value, deserialize=read,
        serialize=bool, on_change=on_change, args=args, kwargs=kwargs,
        has_explicit_value=value is not False,
    )


def click(label, key=None, on_click=None, args=None, kwargs=None):
    return register_widget(
        "button", {"label": label}, key=key, params={"label": label}, default=False,
        deserialize=bool, serialize=bool, on_change=on_click, args=args, kwargs=kwargs,
        trigger=True, settable=False,
    )


def pick(label, options, index=0, key=None, on_change=None, format_func=str):
    options = list(options)

    def read(wire):
        return None if wire is None else options[int(wire)]

    def write(value):
        if value is None:
            return None
        for i, option in enumerate(options):
            if option == value:
                return i
        raise ValueError(f"{value!r} is not an option")

    return register_widget(
        "selectbox",
        {"label": label, "options": [format_func(o) for o in options]},
        key=key, params={"label": label, "options": tuple(map(str, options))},
        default=None if index is None else options[index], deserialize=read, serialize=write,
        on_change=on_change,
    )


def span(label, lo, hi, value, key=None):
    def read(wire):
        low, high = (int(x) for x in wire)
        if not lo <= low <= high <= hi:
            raise ValueError("out of range")
        return (low, high)

    return register_widget(
        "slider",
        {"label": label, "min": lo, "max": hi, "step": 1, "data_type": "int"},
        key=key, params={"label": label, "lo": lo, "hi": hi}, default=tuple(value),
        deserialize=read, serialize=list,
    )
"""
