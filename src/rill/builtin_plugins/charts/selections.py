"""Chart selections: the selection parameters of a spec, and the state a chart returns.

With `on_select="rerun"` (or a callback) a chart is a widget whose value is a `VegaLiteState`:
`{"selection": {param_name: ...}}`, read with keys or attributes. A point selection's value is
the list of the points chosen (each a dict of the fields that identify it), an interval's a
dict of field → `[low, high]`, and nothing selected is `{}`. The browser sends that shape; it
is checked here before the script sees it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NoReturn

from rill.plugins import RillAPIError

#: Nesting allowed in a selection value from the browser (points → point → field → values).
_MAX_DEPTH = 4
#: Most values (points, fields, list items, all told) one selection value may hold.
_MAX_ITEMS = 100_000


class AttributeDict(dict[str, Any]):
    """A read-only dict whose keys are also attributes (`state.selection.brush`)."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(
                f"{type(self).__name__} has no key or attribute {name!r}; it has: "
                f"{', '.join(map(repr, self)) or 'nothing'}."
            ) from None

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise RillAPIError(f"{type(self).__name__} is read-only: {name!r} cannot be set.")

    def __setitem__(self, key: str, value: Any) -> NoReturn:
        raise RillAPIError(f"{type(self).__name__} is read-only: {key!r} cannot be set.")

    def __delitem__(self, key: str) -> NoReturn:
        raise RillAPIError(f"{type(self).__name__} is read-only: {key!r} cannot be deleted.")

    # Printed like the dict it is (`{'a': 2}`), as a script that prints a selection expects.
    __repr__ = dict.__repr__

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickling (session snapshots) and copying rebuild from a plain dict, since items
        # cannot be set one by one.
        return (type(self), (dict(self),))


class VegaLiteState(AttributeDict):
    """What `st.altair_chart` and `st.vega_lite_chart` return with selections on.

    Attributes:
        selection: Parameter name → its selection: a list of point dicts for a point
            selection, a dict of field → `[low, high]` for an interval, `{}` when empty.
    """


def selection_params(spec: Mapping[str, Any]) -> list[str]:
    """The names of every selection parameter in `spec`, at any level of composition."""
    found: list[str] = []
    _collect(spec, found)
    return sorted(set(found))


def _collect(view: Any, found: list[str]) -> None:
    if not isinstance(view, Mapping):
        return
    params = view.get("params")
    if isinstance(params, list):
        for param in params:
            if isinstance(param, Mapping) and param.get("name") and param.get("select"):
                found.append(str(param["name"]))
    for key in ("layer", "hconcat", "vconcat", "concat"):
        children = view.get(key)
        if isinstance(children, list):
            for child in children:
                _collect(child, found)
    _collect(view.get("spec"), found)


def parse_selection_mode(spec: Mapping[str, Any], selection_mode: Any) -> list[str]:
    """The selection parameters a chart reports, checked against those its spec defines.

    Raises:
        RillAPIError: the spec defines no selection parameter, or `selection_mode` names one
            it does not define.
    """
    defined = selection_params(spec)
    if not defined:
        raise RillAPIError(
            "Selections are activated, but the provided chart spec does not have any "
            "selections defined. Add a selection parameter (Altair: `alt.selection_point()` "
            'or `alt.selection_interval()` with `.add_params(...)`; Vega-Lite: `"params": '
            '[{"name": "brush", "select": "interval"}]`).'
        )
    if selection_mode is None:
        return defined
    if isinstance(selection_mode, str):
        wanted = [selection_mode]
    elif isinstance(selection_mode, Iterable):
        wanted = [str(m) for m in selection_mode]
    else:
        raise RillAPIError(
            f"The `selection_mode` argument must be a parameter name, a list of them or None, "
            f"not {type(selection_mode).__name__}."
        )
    for name in wanted:
        if name not in defined:
            raise RillAPIError(
                f"Selection parameter {name!r} is not defined in the chart spec. Available "
                f"selection parameters are: {', '.join(map(repr, defined))}."
            )
    return sorted(set(wanted))


def empty_state(modes: Iterable[str]) -> VegaLiteState:
    """The state before anything is selected: every parameter's selection is `{}`."""
    return VegaLiteState({"selection": AttributeDict({m: AttributeDict() for m in modes})})


def deserializer(modes: list[str]) -> Any:
    """The widget's `deserialize`: a selection value from the browser → `VegaLiteState`.

    Raises (inside the returned function):
        ValueError: the value is not `{"selection": {name: point list or interval dict}}` for
            names among `modes`, with JSON values of modest size and depth.
    """
    allowed = set(modes)

    def deserialize(wire: Any) -> VegaLiteState:
        if wire is None:
            return empty_state(modes)
        if not isinstance(wire, dict) or not isinstance(wire.get("selection"), dict):
            raise ValueError('expected {"selection": {parameter: value}}')
        selection = wire["selection"]
        unknown = set(selection) - allowed
        if unknown:
            raise ValueError(f"unknown selection parameter(s) {sorted(unknown)!r}")
        budget = [_MAX_ITEMS]
        result = {m: AttributeDict() for m in modes}
        for name, value in selection.items():
            result[name] = _selection_value(value, budget)
        return VegaLiteState({"selection": AttributeDict(result)})

    return deserialize


def serialize(state: Mapping[str, Any]) -> dict[str, Any]:
    """A `VegaLiteState` as plain JSON for the browser."""
    selection = state.get("selection", {})
    return {"selection": {k: _plain(v) for k, v in selection.items()}}


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _selection_value(value: Any, budget: list[int]) -> Any:
    if isinstance(value, list):
        points = []
        for point in value:
            if not isinstance(point, dict):
                raise ValueError("a point selection is a list of objects")
            points.append(AttributeDict(_json(point, 1, budget)))
        return points
    if isinstance(value, dict):
        return AttributeDict(_json(value, 1, budget))
    raise ValueError("a selection is a list of points or an object")


def _json(value: Any, depth: int, budget: list[int]) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise ValueError("the selection holds too many values")
    if value is None or isinstance(value, bool | int | float | str):
        if isinstance(value, str) and len(value) > 10_000:
            raise ValueError("a selected value is too long")
        return value
    if depth >= _MAX_DEPTH:
        raise ValueError("the selection is nested too deeply")
    if isinstance(value, list):
        return [_json(v, depth + 1, budget) for v in value]
    if isinstance(value, dict):
        return {str(k): _json(v, depth + 1, budget) for k, v in value.items()}
    raise ValueError(f"unexpected {type(value).__name__} in a selection")
