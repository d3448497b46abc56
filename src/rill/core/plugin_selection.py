"""Which plugins load: the builtin table, installed entry points, and `[plugins]` in config.

Read before any plugin is imported, since `[plugins]` decides what loads (`Kernel.load`).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from rill.core.config.layers import Layer, did_you_mean, merge, read_env
from rill.core.config.loader import coerce_text_layer, env_names, validate
from rill.core.entry_points import EntryPoint, entry_points
from rill.core.errors import ConfigError
from rill.schemas.config.plugins import PluginsConfig

ENTRY_POINT_GROUP = "rill.plugins"

#: The kernel's own hook implementations; cannot be disabled.
ESSENTIAL_PLUGINS: Mapping[str, str] = {"kernel": "rill.core.kernel_plugin"}

#: Every builtin feature, by plugin name → module holding its hook implementations.
BUILTIN_PLUGINS: Mapping[str, str] = {
    "theme": "rill.builtin_plugins.theme.plugin",
    "forms": "rill.builtin_plugins.forms.plugin",
    "fragments": "rill.builtin_plugins.fragments.plugin",
    "query_params": "rill.builtin_plugins.query_params.plugin",
    "context": "rill.builtin_plugins.context.plugin",
    "storage": "rill.builtin_plugins.storage.plugin",
    "text": "rill.builtin_plugins.text.plugin",
    "alerts": "rill.builtin_plugins.alerts.plugin",
    "write": "rill.builtin_plugins.write.plugin",
    "layout": "rill.builtin_plugins.layout.plugin",
    "page_config": "rill.builtin_plugins.page_config.plugin",
    "widgets": "rill.builtin_plugins.widgets.plugin",
    "data": "rill.builtin_plugins.data.plugin",
    "charts": "rill.builtin_plugins.charts.plugin",
    "plotly": "rill.builtin_plugins.plotly.plugin",
    "graphviz": "rill.builtin_plugins.graphviz.plugin",
    "maps": "rill.builtin_plugins.maps.plugin",
    "echarts": "rill.builtin_plugins.echarts.plugin",
    "mermaid": "rill.builtin_plugins.mermaid.plugin",
    "metric": "rill.builtin_plugins.metric.plugin",
    "pyplot": "rill.builtin_plugins.pyplot.plugin",
    "status": "rill.builtin_plugins.status.plugin",
}


def builtin_source(name: str) -> str:
    return "kernel" if name in ESSENTIAL_PLUGINS else "builtin"


@functools.cache
def installed_entry_points() -> tuple[EntryPoint, ...]:
    """Installed plugins' entry points, scanned once per process (a few milliseconds)."""
    return tuple(entry_points(group=ENTRY_POINT_GROUP))


def entry_point_names() -> dict[str, str]:
    names = {}
    for ep in installed_entry_points():
        names[ep.name] = f"{ep.dist} {ep.version}"
    return names


def read_plugins_section(
    files: list[Layer], env: Mapping[str, str], flags: Layer
) -> tuple[PluginsConfig, Layer]:
    """Read `[plugins]` alone, before any plugin is loaded: it decides which ones load."""
    models = {"plugins": PluginsConfig}
    env_layer = read_env(env, env_names(models), ())
    flag_layer = Layer(flags.name)
    for path, origin in flags.origins.items():
        if path[0] == "plugins":
            node: Any = flags.data
            for part in path:
                node = node[part]
            flag_layer.set(path, node, origin)
    for layer in (env_layer, flag_layer):
        coerce_text_layer(layer, models)
    merged = merge([*files, env_layer, flag_layer])
    only = Layer(merged.name, {"plugins": merged.data.get("plugins", {})})
    only.origins = {k: v for k, v in merged.origins.items() if k[0] == "plugins"}
    config = validate(models, only)
    return config.section("plugins", PluginsConfig), only


def disabled_plugins(config: PluginsConfig, layer: Layer, known: list[str]) -> dict[str, str]:
    def where(key: str) -> str:
        origin = layer.origins.get(("plugins", key))
        if origin is None:
            origin = next((o for p, o in layer.origins.items() if p[:2] == ("plugins", key)), "")
        return f"plugins.{key}" + (f" (set in {origin})" if origin else "")

    listed = config.enabled if config.enabled is not None else config.disabled
    key = "enabled" if config.enabled is not None else "disabled"
    for name in listed:
        if name in ESSENTIAL_PLUGINS:
            if key == "disabled":
                raise ConfigError(f"{where(key)}: {name!r} is the kernel and cannot be disabled")
            continue
        if name not in known:
            raise ConfigError(
                f"{where(key)}: unknown plugin {name!r}{did_you_mean(name, known)} "
                f"(known plugins: {', '.join(sorted(known))})"
            )
    if config.enabled is not None:
        return {name: where("enabled") for name in known if name not in config.enabled}
    return {name: where("disabled") for name in config.disabled}
