"""Altair charts as Vega-Lite specs whose tables travel as Arrow, not as inline JSON rows.

`chart.to_dict()` would turn every DataFrame into a list of dicts (slow, and big on the wire).
While converting, a data transformer of our own takes each table instead: it keeps its Arrow
IPC stream under a content-hash name and leaves `{"name": ...}` in the spec. Altair is imported
here only, when `st.altair_chart` is called.
"""

from __future__ import annotations

import re
import threading
from contextlib import nullcontext
from typing import Any

from rill.builtin_plugins.charts import arrow
from rill.builtin_plugins.charts.specs import is_geo

#: Altair's theme and data transformer are process-wide settings: one conversion at a time.
_LOCK = threading.Lock()

#: Names Altair generates from global counters (`param_12`, `view_3`): they change whenever
#: a chart is built again, so they are renumbered by order of appearance.
_COUNTED = re.compile(r"(?<![A-Za-z0-9])(param|view)_(\d+)(?!\d)")


def altair_to_spec(chart: Any) -> dict[str, Any]:
    """`chart` (any Altair chart object) as a Vega-Lite dict, its tables as Arrow bytes in
    `spec["datasets"]`."""
    import altair as alt

    collected: dict[str, Any] = {}

    def to_arrow(data: Any, **_: Any) -> dict[str, str]:
        if is_geo(data):
            name = "data-" + arrow.digest(repr(data))
            collected[name] = data
            return {"name": name}
        blob = arrow.frame_to_ipc(arrow.to_frame(data, "data"))
        name = "data-" + arrow.digest(blob)
        collected[name] = blob
        return {"name": name}

    alt.data_transformers.register("rill_arrow", to_arrow)
    with _LOCK:
        theme = getattr(alt, "theme", None) or alt.themes
        # Altair's default theme sets a 300 by 300 view; rill sizes charts itself.
        plain = theme.enable("none") if theme.active == "default" else nullcontext()
        with plain, alt.data_transformers.enable("rill_arrow"):
            spec: dict[str, Any] = chart.to_dict()
    existing = spec.get("datasets")
    spec["datasets"] = {**existing, **collected} if isinstance(existing, dict) else collected
    return renumber(spec)


def renumber(spec: dict[str, Any]) -> dict[str, Any]:
    """`spec` with Altair's counted names (`param_37`) renumbered from 1, in order of first
    appearance, so that the same chart built on every rerun has the same spec."""
    import json

    datasets = spec.pop("datasets", None)
    text = json.dumps(spec)
    numbers: dict[tuple[str, str], int] = {}
    counts: dict[str, int] = {}

    def replace(match: re.Match[str]) -> str:
        prefix, number = match.group(1), match.group(2)
        key = (prefix, number)
        if key not in numbers:
            counts[prefix] = counts.get(prefix, 0) + 1
            numbers[key] = counts[prefix]
        return f"{prefix}_{numbers[key]}"

    renamed: dict[str, Any] = json.loads(_COUNTED.sub(replace, text))
    if datasets is not None:
        renamed["datasets"] = datasets
    return renamed
