"""Preparing a user's Vega-Lite spec: its data moved out into Arrow datasets, its default size
and autosize, its accessible name.

Tables (`data=`, `spec["data"]`, `spec["datasets"]`) leave the spec and travel as Arrow IPC
streams, named; the spec keeps `{"name": ...}` references, which the renderer fills with the
decoded rows. GeoJSON and TopoJSON stay in the spec: they are not tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rill.builtin_plugins.charts import arrow
from rill.plugins import RillAPIError

#: The name of the dataset given as `data=` (or inline in `spec["data"]`).
MAIN = "rill-data"

_GEOMETRIES = frozenset(
    ("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon")
)
_COMPOSITIONS = ("hconcat", "vconcat", "concat", "layer", "facet", "repeat")

#: Mark type → how the accessible name calls the chart.
_MARK_NAMES = {
    "line": "Line chart",
    "trail": "Line chart",
    "area": "Area chart",
    "bar": "Bar chart",
    "point": "Scatter chart",
    "circle": "Scatter chart",
    "square": "Scatter chart",
    "rect": "Heatmap",
    "arc": "Pie chart",
    "tick": "Strip plot",
    "boxplot": "Box plot",
}


def is_geo(value: Any) -> bool:
    """GeoJSON or TopoJSON (which stays in the spec), rather than a table."""
    if isinstance(value, Mapping):
        kind = value.get("type")
        if kind == "FeatureCollection":
            return "features" in value
        if kind == "Feature":
            return "geometry" in value
        if kind == "GeometryCollection":
            return "geometries" in value
        if kind in _GEOMETRIES:
            return "coordinates" in value
        if kind in (None, "Topology"):
            return isinstance(value.get("arcs"), list) and isinstance(value.get("objects"), dict)
        return False
    if isinstance(value, list) and value:
        first = value[0]
        return isinstance(first, Mapping) and first.get("type") == "Feature" and "geometry" in first
    return False


def extract_datasets(spec: dict[str, Any], data: Any) -> dict[str, Any]:
    """Move the spec's tables (and `data`) out of `spec`, in place; name → table or bytes."""
    datasets: dict[str, Any] = {}
    inline = spec.get("datasets")
    if isinstance(inline, Mapping):
        kept = {}
        for name, table in inline.items():
            if is_geo(table):
                kept[str(name)] = table
            else:
                datasets[str(name)] = table if isinstance(table, bytes) else _table(table)
        if kept:
            spec["datasets"] = kept
        else:
            del spec["datasets"]
    target = MAIN
    top = spec.get("data")
    if isinstance(top, Mapping):
        if "values" in top and not is_geo(top["values"]):
            if data is None:
                data = top["values"]
            spec["data"] = {"name": MAIN}
        elif isinstance(top.get("name"), str):
            target = top["name"]
    elif top is not None and not is_geo(top):
        if data is None:
            data = top
        spec["data"] = {"name": MAIN}
    if data is not None:
        datasets[target] = _table(data)
        if target == MAIN:
            spec["data"] = {"name": MAIN}
    return datasets


def _table(value: Any) -> Any:
    return arrow.to_frame(value, "data")


def is_facet(spec: Mapping[str, Any]) -> bool:
    encoding = spec.get("encoding")
    return "facet" in spec or (
        isinstance(encoding, Mapping) and any(ch in encoding for ch in ("row", "column", "facet"))
    )


def _nested(spec: Mapping[str, Any]) -> bool:
    """A vconcat holding further compositions (a scatter with marginal histograms)."""
    children = spec.get("vconcat")
    return isinstance(children, list) and any(
        isinstance(child, Mapping) and any(k in child for k in _COMPOSITIONS) for child in children
    )


def default_width(spec: Mapping[str, Any]) -> str:
    """`"content"` for charts that cannot stretch (facets, hconcat, repeat, nested vconcat)."""
    if is_facet(spec) or "hconcat" in spec or "repeat" in spec or _nested(spec):
        return "content"
    return "stretch"


def add_autosize(spec: dict[str, Any], stretch: bool) -> None:
    """Vega-Lite's `autosize` that fits the container, unless the spec chose one."""
    if "autosize" in spec:
        return
    if "vconcat" in spec and stretch:
        kind = "pad" if _nested(spec) else "fit-x"
    elif is_facet(spec) or _nested(spec):
        kind = "pad"
    else:
        kind = "fit"
    spec["autosize"] = {"type": kind, "contains": "padding"}


def spec_label(spec: Mapping[str, Any]) -> str:
    """An accessible name from the spec: its title, its description, else what it draws."""
    title = spec.get("title")
    if isinstance(title, Mapping):
        title = title.get("text")
    if isinstance(title, list):
        title = " ".join(str(t) for t in title)
    if isinstance(title, str) and title.strip():
        return title.strip()
    description = spec.get("description")
    if isinstance(description, str) and description.strip():
        return description.strip()
    mark = spec.get("mark")
    if isinstance(mark, Mapping):
        mark = mark.get("type")
    layers = spec.get("layer")
    if mark is None and isinstance(layers, list) and layers and isinstance(layers[0], Mapping):
        return spec_label({**layers[0], "encoding": spec.get("encoding", {})}) or "Chart"
    name = _MARK_NAMES.get(mark, "Chart") if isinstance(mark, str) else "Chart"
    encoding = spec.get("encoding")
    if isinstance(encoding, Mapping):
        y, x = _channel_name(encoding.get("y")), _channel_name(encoding.get("x"))
        if y and x:
            return f"{name} of {y} by {x}"
        if y or x:
            return f"{name} of {y or x}"
    return name


def _channel_name(channel: Any) -> str | None:
    if not isinstance(channel, Mapping):
        return None
    title = channel.get("title")
    if isinstance(title, str) and title.strip():
        return title.strip()
    name = channel.get("field") or channel.get("aggregate")
    return str(name) if isinstance(name, str) else None


def check_spec(spec: Any) -> dict[str, Any]:
    """A copy of `spec` that `vega_lite_chart` may change, or an error."""
    if spec is None:
        spec = {}
    if not isinstance(spec, Mapping):
        raise RillAPIError(
            f"The `spec` argument must be a Vega-Lite spec as a dict, not {type(spec).__name__}."
        )
    if not spec:
        raise RillAPIError("Vega-Lite charts require a non-empty spec dict (`spec`).")
    return dict(spec)
