"""Turning what `st.echarts_chart` accepts into an ECharts option object of plain JSON.

An option is a dict, JSON text, or a pyecharts chart (anything with `dump_options()`, so
pyecharts is never imported). JavaScript cannot travel: functions (pyecharts' `JsCode`) are
refused with a message, as are the chart families that need one or an extension the browser
does not load (custom series, maps, ECharts GL). A dataframe in `dataset.source` becomes
records, its column order kept in `dataset.dimensions`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

from rill.plugins import RillAPIError

#: pyecharts wraps JavaScript (`JsCode`) in this marker.
_JSCODE = "--x_x--0_0--"
_FUNCTION = re.compile(r"(?<![\w$])function\s*[\w$]*\s*\(|=>")

#: Series and components of the ECharts GL extension (3D, WebGL), not bundled.
_GL_SERIES = frozenset(
    {"bar3D", "line3D", "lines3D", "map3D", "scatter3D", "surface", "polygons3D"}
    | {"scatterGL", "graphGL", "flowGL", "linesGL"}
)
_GL_COMPONENTS = frozenset(
    {"globe", "geo3D", "mapbox3D", "grid3D", "xAxis3D", "yAxis3D", "zAxis3D"}
)
#: Series of other ECharts extensions, not bundled either.
_EXTENSION_SERIES = {"wordCloud": "echarts-wordcloud", "liquidFill": "echarts-liquidfill"}

#: pyecharts' own defaults, which say nothing about what the author wants.
_PYECHARTS_ARIA = {"enabled": False}
_PYECHARTS_SIZES = {"width": "900px", "height": "500px"}


def option_of(spec: Any) -> dict[str, Any]:
    """The option object `spec` stands for, as plain JSON values.

    Raises:
        RillAPIError: `spec` is not an option, holds JavaScript, uses an unsupported chart
            family, or holds values JSON cannot express.
    """
    if isinstance(spec, str):
        option = _loads(spec)
    elif isinstance(spec, Mapping):
        option = _copy(dict(spec))
    elif callable(getattr(spec, "dump_options", None)):
        option = _loads(str(spec.dump_options()))
        if option.get("aria") == _PYECHARTS_ARIA:
            del option["aria"]  # pyecharts turns ECharts' screen-reader description off
    else:
        raise RillAPIError(
            f"The `spec` of st.echarts_chart must be a dict, JSON text or a pyecharts chart, "
            f"not {type(spec).__name__}."
        )
    if not isinstance(option, dict):
        raise RillAPIError(
            f"The `spec` of st.echarts_chart must be a JSON object (an option), not "
            f"{type(option).__name__}."
        )
    _check_supported(option)
    for variant in _variants(option):
        _convert_datasets(variant)
    return option


def to_json(option: dict[str, Any]) -> str:
    """The option as compact JSON text; errors name what JSON cannot hold."""
    try:
        return json.dumps(option, allow_nan=False, separators=(",", ":"), ensure_ascii=False)
    except (TypeError, ValueError) as exc:
        raise RillAPIError(
            "The ECharts spec is not JSON-serializable: st.echarts_chart takes JSON values only "
            f"(no JavaScript functions, Python objects, NaN or infinity): {exc}. Dataframes are "
            "converted only in `dataset.source`; elsewhere, convert them to lists first."
        ) from None


def pyecharts_size(spec: Any, name: str) -> int | str | None:
    """A pyecharts chart's own `width`/`height` as pixels or `"stretch"`, if its author set
    one (pyecharts' default and other CSS units count as unset)."""
    value = getattr(spec, name, None)
    if not callable(getattr(spec, "dump_options", None)) or not isinstance(value, str):
        return None
    value = value.strip()
    if value == _PYECHARTS_SIZES[name]:
        return None
    if value == "100%":
        return "stretch"
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*px", value)
    if match and float(match.group(1)) >= 1:
        return int(float(match.group(1)))
    return None


def enables_selection(option: dict[str, Any]) -> bool:
    """Whether the option lets users select anything: a series with `selectedMode`, or a
    brush (component or toolbox feature)."""
    for variant in _variants(option):
        if "brush" in variant:
            return True
        toolbox = variant.get("toolbox")
        for entry in toolbox if isinstance(toolbox, list) else [toolbox]:
            feature = entry.get("feature") if isinstance(entry, dict) else None
            if isinstance(feature, dict) and "brush" in feature:
                return True
    return any(series.get("selectedMode") for series in _series(option))


def _loads(text: str) -> Any:
    try:
        option = json.loads(text)
    except ValueError as exc:
        rest = text[exc.pos :] if isinstance(exc, json.JSONDecodeError) else text
        if _FUNCTION.search(rest) or _JSCODE in rest:
            raise _javascript() from None
        raise RillAPIError(
            f"The ECharts spec is not valid JSON ({exc}); st.echarts_chart takes JSON option "
            "objects only."
        ) from None
    if _holds_jscode(option):
        raise _javascript()
    return option


def _javascript() -> RillAPIError:
    return RillAPIError(
        "The ECharts spec contains JavaScript (a function or pyecharts JsCode), which "
        "st.echarts_chart cannot send to the browser: only JSON option objects are supported. "
        'Use ECharts\' string templates instead, such as "formatter": "{b}: {c}".'
    )


def _holds_jscode(value: Any) -> bool:
    if isinstance(value, str):
        return value.startswith(_JSCODE) and value.endswith(_JSCODE)
    if isinstance(value, dict):
        return any(_holds_jscode(item) for item in value.values())
    if isinstance(value, list):
        return any(_holds_jscode(item) for item in value)
    return False


def _copy(value: Any) -> Any:
    """Dicts and lists copied (the user's objects stay untouched); dataframes shared."""
    if isinstance(value, Mapping):
        return {key: _copy(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_copy(item) for item in value]
    return value


def _variants(option: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The option, its `baseOption`, timeline `options` and `media[].option` overrides."""
    stack = [option]
    while stack:
        variant = stack.pop()
        yield variant
        base = variant.get("baseOption")
        if isinstance(base, dict):
            stack.append(base)
        for key in ("options", "media"):
            entries = variant.get(key)
            for entry in entries if isinstance(entries, list) else []:
                if key == "media" and isinstance(entry, dict):
                    entry = entry.get("option")
                if isinstance(entry, dict):
                    stack.append(entry)


def _series(option: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for variant in _variants(option):
        series = variant.get("series")
        for entry in series if isinstance(series, list) else [series]:
            if isinstance(entry, dict):
                yield entry


def _check_supported(option: dict[str, Any]) -> None:
    for variant in _variants(option):
        gl = sorted(_GL_COMPONENTS & variant.keys())
        if gl:
            raise RillAPIError(
                f"The ECharts spec uses the `{gl[0]}` component of the ECharts GL extension; "
                "st.echarts_chart does not support 3D or WebGL charts."
            )
        if "geo" in variant:
            raise _no_maps()
    for series in _series(option):
        kind = series.get("type")
        if kind in _GL_SERIES:
            raise RillAPIError(
                f"The ECharts spec uses a `{kind}` series of the ECharts GL extension; "
                "st.echarts_chart does not support 3D or WebGL charts."
            )
        if isinstance(kind, str) and kind in _EXTENSION_SERIES:
            raise RillAPIError(
                f"The ECharts spec uses a `{kind}` series, which needs the "
                f"{_EXTENSION_SERIES[kind]} extension; st.echarts_chart draws core ECharts "
                "series only."
            )
        if kind == "custom":
            raise RillAPIError(
                "The ECharts spec uses a `custom` series, which needs a JavaScript `renderItem` "
                "function; st.echarts_chart supports JSON option objects only."
            )
        if kind == "map" or series.get("coordinateSystem") == "geo":
            raise _no_maps()


def _no_maps() -> RillAPIError:
    return RillAPIError(
        "The ECharts spec uses a map or geo coordinate system, which needs GeoJSON map data "
        "registered in the browser; st.echarts_chart does not support map charts (use "
        "st.map or st.pydeck_chart)."
    )


def _convert_datasets(option: dict[str, Any]) -> None:
    dataset = option.get("dataset")
    for entry in dataset if isinstance(dataset, list) else [dataset]:
        if isinstance(entry, dict) and _is_table(entry.get("source")):
            records, columns = _records(entry["source"])
            entry["source"] = records
            entry.setdefault("dimensions", columns)


def _is_table(value: Any) -> bool:
    module = type(value).__module__.partition(".")[0]
    return module in ("pandas", "polars", "pyarrow") and (
        hasattr(value, "to_pandas") or hasattr(value, "to_json")
    )


def _records(table: Any) -> tuple[list[dict[str, Any]], list[str]]:
    """A dataframe as JSON records: dates as ISO text, missing values and infinities null."""
    import pandas as pd

    frame = table if isinstance(table, pd.DataFrame) else table.to_pandas()
    columns = [str(column) for column in frame.columns]
    if len(set(columns)) != len(columns):
        raise RillAPIError(
            "The ECharts `dataset.source` has duplicate column names (as text); rename them."
        )
    frame = frame.set_axis(columns, axis=1)
    numeric = frame.select_dtypes(include="number")
    if not numeric.empty:
        frame = frame.replace([float("inf"), float("-inf")], None)
    try:
        text = frame.to_json(orient="records", date_format="iso", double_precision=15)
    except (TypeError, ValueError, OverflowError) as exc:
        raise RillAPIError(
            f"The ECharts `dataset.source` holds values JSON cannot express: {exc}"
        ) from None
    records: list[dict[str, Any]] = json.loads(text)
    return records, columns
