"""The one element every chart command ends in: `vega_lite_chart`, a Vega-Lite spec and its
datasets as Arrow IPC streams, drawn by vega-embed in the browser.

Without selections it is an ordinary element (with a digest, so an unchanged chart does not
travel again on a rerun, and `add_rows` when the command can grow it); with `on_select` it is a
widget whose value is the chart's `VegaLiteState`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from typing import Any

from rill.builtin_plugins.charts import arrow, selections
from rill.plugins import RillAPIError, add_element, register_widget

KIND = "vega_lite_chart"


def check_theme(theme: Any) -> None:
    if theme not in ("streamlit", None):
        raise RillAPIError(f"The `theme` argument must be 'streamlit' or None, not {theme!r}.")


def check_size(name: str, value: Any, *, allow_none: bool = False) -> None:
    """`width`/`height`: `"stretch"`, `"content"` or a positive number of pixels."""
    if value is None and allow_none:
        return
    if value in ("stretch", "content"):
        return
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return
    raise RillAPIError(
        f"Invalid {name} value: {value!r}. {name.capitalize()} must be either an integer "
        "(pixels), 'stretch', or 'content'."
    )


def on_select_callback(on_select: Any) -> Callable[..., Any] | None:
    """The callback `on_select` names, None for "rerun"; raises on anything else."""
    if callable(on_select):
        return on_select  # type: ignore[no-any-return]
    if on_select in ("rerun", "ignore"):
        return None
    raise RillAPIError(
        f"You have passed {on_select!r} to `on_select`. But only 'ignore', 'rerun', or a "
        "callable is supported."
    )


def normalize_alt(alt: Any) -> str | None:
    if alt is None:
        return None
    if not isinstance(alt, str):
        raise RillAPIError(f"The `alt` argument must be a string or None, not {alt!r}.")
    return alt.strip() or None


def json_safe(value: Any) -> Any:
    """`value` (a spec) as plain JSON: NumPy and pandas scalars, dates and the like converted,
    non-finite numbers as None (Vega-Lite has no NaN)."""
    return json.loads(json.dumps(value, default=_json_default, allow_nan=True), parse_constant=_nan)


def _nan(_: str) -> None:
    return None


def _json_default(value: Any) -> Any:
    if hasattr(value, "item") and callable(value.item):  # NumPy scalars
        item = value.item()
        if isinstance(item, float) and not math.isfinite(item):
            return None
        return item
    if hasattr(value, "tolist") and callable(value.tolist):
        return value.tolist()
    if hasattr(value, "isoformat") and callable(value.isoformat):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise RillAPIError(
        f"The chart spec holds a {type(value).__name__}, which JSON cannot express: {value!r}."
    )


def show_chart(
    spec: dict[str, Any],
    datasets: Mapping[str, Any],
    *,
    theme: Any,
    width: int | str,
    height: int | str,
    label: str,
    chart: str | None = None,
    key: str | int | None = None,
    on_select: Any = "ignore",
    selection_mode: Any = None,
    extend: Callable[[Any], dict[str, Any]] | None = None,
) -> Any:
    """Put a chart into the app; the handle, or the selection state with `on_select` on.

    Args:
        spec: The Vega-Lite spec, JSON-safe, with its data referred to by dataset names.
        datasets: Dataset name → a DataFrame or its Arrow IPC stream already.
        theme: "streamlit" (rill's theme) or None (Vega's own look).
        width: "stretch", "content" or pixels.
        height: "stretch", "content" or pixels.
        label: The chart's accessible name.
        chart: The built-in command that made the chart (`"line"`...), None for specs.
        key: The user key (for selections).
        on_select: "ignore", "rerun" or a callback.
        selection_mode: The selection parameters to report (None: all).
        extend: For `add_rows`: rows → the element's new props.
    """
    check_theme(theme)
    callback = on_select_callback(on_select)
    blobs = {
        name: d if isinstance(d, bytes) else arrow.frame_to_ipc(d) for name, d in datasets.items()
    }
    props = chart_props(spec, blobs, theme=theme, width=width, height=height, label=label,
                        chart=chart)  # fmt: skip
    if on_select == "ignore":
        return add_element(KIND, props, digest=props_digest(props), extend=extend)
    modes = selections.parse_selection_mode(spec, selection_mode)
    props["selection_mode"] = modes
    digest = props_digest(props)
    identity = {
        "spec": digest,
        "selection_mode": tuple(modes),
        "theme": theme,
        "label": label,
    }
    return register_widget(
        KIND,
        props,
        key=key,
        params=identity,
        default=selections.empty_state(modes),
        deserialize=selections.deserializer(modes),
        serialize=selections.serialize,
        on_change=callback,
        settable=False,
        digest=digest,
    )


def chart_props(
    spec: dict[str, Any],
    datasets: dict[str, bytes],
    *,
    theme: Any,
    width: int | str,
    height: int | str,
    label: str,
    chart: str | None,
) -> dict[str, Any]:
    """The element's props (see `rill.schemas.charts.VegaLiteChartProps`)."""
    return {
        "spec": spec,
        "datasets": datasets,
        "theme": theme,
        "width": width,
        "height": height,
        "label": label,
        "chart": chart,
        "selection_mode": [],
    }


def props_digest(props: Mapping[str, Any]) -> str:
    """A content hash of a chart's props, its datasets' bytes included."""
    rest = {k: v for k, v in props.items() if k != "datasets"}
    parts: list[bytes | str] = [json.dumps(rest, sort_keys=True, default=str)]
    for name, blob in sorted(props["datasets"].items()):
        parts += [name, blob]
    return arrow.digest(*parts)
