"""The kernel: a pluggy plugin manager, the validated config, and what plugins registered.

A `Kernel` is an ordinary object, not a process-wide singleton: a server owns one, an AppTest
owns one, a test can build several side by side. Commands find theirs through the script run
context (`current()`).
"""

from __future__ import annotations

import importlib
import os
import sys
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pluggy
from pydantic import BaseModel

from rill.core import hookspecs
from rill.core.config.layers import merge, read_env, read_flags, read_toml_file
from rill.core.config.loader import Config, coerce_text_layer, env_names, validate
from rill.core.errors import FeatureDisabledError, PluginError
from rill.core.lazy import LazyRegistry
from rill.core.plugin_selection import (
    BUILTIN_PLUGINS,
    ESSENTIAL_PLUGINS,
    builtin_source,
    disabled_plugins,
    entry_point_names,
    installed_entry_points,
    read_plugins_section,
)
from rill.core.storage.backends import Backends, resolve_backends
from rill.core.types import ElementType, PageSource, Theme


@dataclass(frozen=True)
class PluginInfo:
    """One row of `rill plugins list`."""

    name: str
    source: str
    enabled: bool
    hooks: tuple[str, ...]


class Kernel:
    """Plugins, config and registries for one rill app.

    Build one with `Kernel.load()`; everything plugins contribute through `rill_register_*` hooks
    is collected there once into plain dicts (`commands`, `elements`, ...).
    """

    def __init__(self, pm: pluggy.PluginManager, disabled: Mapping[str, str]) -> None:
        self.pm = pm
        #: Disabled plugin name → the setting that disabled it.
        self.disabled: dict[str, str] = dict(disabled)
        self.config = Config({})
        self.commands: dict[str, Callable[..., Any]] = {}
        self.elements: dict[str, ElementType] = {}
        #: Type name → connection class, imported on first `get` when registered by name.
        self.connection_types = LazyRegistry({}, "connection type")
        #: Provider kind → auth provider class, imported on first `get` likewise.
        self.auth_providers = LazyRegistry({}, "auth provider")
        #: Qualified class name → what `st.write` calls to show an instance.
        self.write_handlers = LazyRegistry({}, "write handler")
        self.themes: dict[str, Theme] = {}
        self.page_sources: list[PageSource] = []
        self.section_models: dict[str, type[BaseModel]] = {}
        #: Plugin name → the distribution it came from, for installed plugins.
        self.sources: dict[str, str] = {}
        self._declare_lock = threading.Lock()
        #: Storage backends (sessions, cache, media, uploads), resolved once by `load`.
        self.backends = Backends()

    # -- building ----------------------------------------------------------------------------

    @classmethod
    def load(
        cls,
        *,
        cwd: Path | None = None,
        home: Path | None = None,
        env: Mapping[str, str] | None = None,
        flags: Sequence[str] = (),
        builtins: Mapping[str, str] | None = None,
        extra_plugins: Iterable[tuple[str, object]] = (),
    ) -> Kernel:
        """Read config, register plugins, collect what they contribute.

        Args:
            cwd: Directory whose `.rill/config.toml` is read (default: the working directory).
            home: Directory whose `.rill/config.toml` is read first (default: the user's home).
            env: Environment variables (default: `os.environ`).
            flags: `--section.option value` flags, highest precedence.
            builtins: Builtin plugins to register (default: all of `BUILTIN_PLUGINS`).
            extra_plugins: `(name, plugin)` pairs registered like builtins (tests, AppTest).

        Raises:
            ConfigError: bad config in any layer, or an unknown plugin name in `[plugins]`.
            PluginError: a plugin failed to import or implements an unknown hook.
        """
        cwd = Path.cwd() if cwd is None else cwd
        home = Path.home() if home is None else home
        env = os.environ if env is None else env
        builtins = BUILTIN_PLUGINS if builtins is None else builtins
        extra = list(extra_plugins)

        files = [read_toml_file(home / ".rill" / "config.toml")]
        if cwd.resolve() != home.resolve():
            files.append(read_toml_file(cwd / ".rill" / "config.toml"))
        flag_layer = read_flags(flags)

        plugins_cfg, plugins_layer = read_plugins_section(files, env, flag_layer)
        entry_names = entry_point_names() if plugins_cfg.load_entry_points else {}
        known = [*builtins, *entry_names, *(name for name, _ in extra)]
        disabled = disabled_plugins(plugins_cfg, plugins_layer, known)

        pm = pluggy.PluginManager("rill")
        pm.add_hookspecs(hookspecs)
        if os.environ.get("RILL_TRACE_HOOKS"):
            pm.trace.root.setwriter(lambda text: sys.stderr.write(text))
            pm.enable_tracing()
        kernel = cls(pm, disabled)
        for name in disabled:
            pm.set_blocked(name)
        for name, module in {**ESSENTIAL_PLUGINS, **builtins}.items():
            if not pm.is_blocked(name):
                pm.register(importlib.import_module(module), name=name)
        for name, plugin in extra:
            if not pm.is_blocked(name):
                pm.register(plugin, name=name)
        if plugins_cfg.load_entry_points:
            kernel._load_entry_points()
        try:
            pm.check_pending()
        except pluggy.PluginValidationError as exc:
            raise PluginError(f"plugin {exc.plugin!r}: {exc}") from None

        kernel.section_models = kernel._collect_unique(
            "rill_register_config_sections", "config section"
        )
        text_layers = [read_env(env, env_names(kernel.section_models), kernel.section_models)]
        text_layers.append(flag_layer)
        for layer in text_layers:
            coerce_text_layer(layer, kernel.section_models)
        hint = ""
        if disabled:
            names = ", ".join(disabled)
            hint = f" (a disabled plugin's section is not accepted; disabled: {names})"
        kernel.config = validate(kernel.section_models, merge([*files, *text_layers]), hint)

        kernel.commands = kernel._collect_unique("rill_register_commands", "command")
        kernel.elements = {
            element.kind: element
            for element in kernel._collect_list("rill_register_elements", "element type")
        }
        kernel.connection_types = LazyRegistry(
            kernel._collect_unique("rill_register_connection_types", "connection type"),
            "connection type",
        )
        kernel.auth_providers = LazyRegistry(
            kernel._collect_unique("rill_register_auth_providers", "provider"), "auth provider"
        )
        kernel.write_handlers = LazyRegistry(
            kernel._collect_unique("rill_register_write_handlers", "write handler"),
            "write handler",
        )
        kernel.themes = {
            theme.name: theme for theme in kernel._collect_list("rill_register_themes", "theme")
        }
        kernel.page_sources = kernel._collect_list("rill_register_page_sources", "page source")
        kernel.backends = resolve_backends(kernel)
        pm.hook.rill_kernel_loaded(kernel=kernel)
        return kernel

    def _load_entry_points(self) -> None:
        for ep in installed_entry_points():
            if self.pm.is_blocked(ep.name) or self.pm.get_plugin(ep.name) is not None:
                continue
            dist = ep.dist
            try:
                plugin = ep.load()
                self.pm.register(plugin, name=ep.name)
            except Exception as exc:
                raise PluginError(
                    f"plugin {ep.name!r} (from distribution {dist!r}, entry point "
                    f"{ep.value!r}) failed to load: {type(exc).__name__}: {exc}"
                ) from exc
            self.sources[ep.name] = f"{dist} {ep.version}"

    def collect(self, hook: str, **kwargs: Any) -> list[tuple[str, Any]]:
        """Call a registration hook through pluggy, keeping which plugin answered what.

        The call goes through the hook caller, so `tryfirst`/`trylast` order, wrappers
        (`wrapper=True`) and `RILL_TRACE_HOOKS` tracing all apply. Each result is paired with
        the plugin whose implementation returned it, so that conflicts and asset URLs can name
        the plugin; a result that a wrapper made up itself is credited to `"a hook wrapper"`.
        """
        caller = getattr(self.pm.hook, hook)
        owners: dict[int, str] = {}
        for impl in caller.get_hookimpls():
            if not (impl.wrapper or impl.hookwrapper):
                _record_owner(impl, owners)
        results = caller(**kwargs)
        trace = self.pm.trace.root.get("register")  # writes only under RILL_TRACE_HOOKS
        paired = []
        for result in results:
            plugin = owners.get(id(result), "a hook wrapper")
            trace(f"{hook} [{plugin}] --> {result!r}")
            paired.append((plugin, result))
        return paired

    def _collect_unique(self, hook: str, what: str) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        owners: dict[str, str] = {}
        for plugin, mapping in self.collect(hook):
            for key, value in mapping.items():
                if key in owners:
                    raise PluginError(
                        f"{what} {key!r} is registered by both {owners[key]!r} and {plugin!r}"
                    )
                owners[key] = plugin
                merged[key] = value
        return merged

    def _collect_list(self, hook: str, what: str) -> list[Any]:
        seen: dict[str, str] = {}
        items: list[Any] = []
        for plugin, result in self.collect(hook):
            for item in result:
                key = getattr(item, "kind", None) or getattr(item, "name", None)
                if key in seen:
                    raise PluginError(
                        f"{what} {key!r} is registered by both {seen[key]!r} and {plugin!r}"
                    )
                seen[str(key)] = plugin
                items.append(item)
        return items

    # -- asking --------------------------------------------------------------------------------

    def declare_element(self, element: ElementType) -> bool:
        """Add an element type while the app runs (a custom component's first call).

        Safe from any thread; readers of `elements` see either the old or the new mapping.

        Returns:
            True when the kind is new, False when this very type was declared before.

        Raises:
            PluginError: another element type already has this kind.
        """
        with self._declare_lock:
            known = self.elements.get(element.kind)
            if known is not None:
                if known == element:
                    return False
                raise PluginError(
                    f"element type {element.kind!r} is already declared as {known!r}; "
                    f"cannot declare it again as {element!r}"
                )
            self.elements = {**self.elements, element.kind: element}
            return True

    def element_modules(self) -> dict[str, str]:
        """Element kind → URL (relative to the base path) of its ES module, for kinds with one."""
        return {
            kind: element_module_url(kind, element.module)
            for kind, element in self.elements.items()
            if element.module is not None
        }

    def validate_props(self, kind: str, props: Mapping[str, Any]) -> BaseModel | None:
        """Check `props` against the registered model of element `kind` (tests, debug builds).

        Returns the validated model, or None for a kind registered without one.

        Raises:
            KeyError: no plugin registered `kind`.
            pydantic.ValidationError: the props break the model.
        """
        model = self.elements[kind].props_model()
        return None if model is None else model.model_validate(dict(props))

    def is_enabled(self, plugin: str) -> bool:
        """Whether `plugin` runs in this kernel (False when disabled or unknown)."""
        return plugin not in self.disabled and self.pm.get_plugin(plugin) is not None

    def require(self, plugin: str, what: str | None = None) -> None:
        """Raise `FeatureDisabledError` if the operator disabled `plugin`."""
        setting = self.disabled.get(plugin)
        if setting is not None:
            raise FeatureDisabledError(plugin, setting, what)

    def plugin_infos(self) -> list[PluginInfo]:
        """Every plugin, registered or disabled, for `rill plugins list`."""
        infos = []
        for name, plugin in self.pm.list_name_plugin():
            if plugin is None:
                continue
            source = self.sources.get(name) or builtin_source(name)
            hooks = tuple(sorted(caller.name for caller in self.pm.get_hookcallers(plugin) or ()))
            infos.append(PluginInfo(name, source, True, hooks))
        entry_dists = entry_point_names()
        for name in self.disabled:
            source = entry_dists.get(name) or builtin_source(name)
            infos.append(PluginInfo(name, source, False, ()))
        return sorted(infos, key=lambda info: (info.source != "kernel", info.name))


def element_module_url(kind: str, module: str) -> str:
    """Where the browser imports element `kind`'s renderer: `_rill/elements/<kind>/<module>`.

    Every element with assets is served by kind from its `ElementType.assets` directory,
    whether a plugin registered it at start-up or a script declared it while running.
    """
    return f"_rill/elements/{kind}/{module}"


def _record_owner(impl: pluggy.HookImpl, owners: dict[int, str]) -> None:
    """Make `impl` note, in `owners`, that its plugin returned the object it returns.

    The wrapper stays on the implementation for later calls of the same hook; it only reads the
    result, so whatever pluggy and hook wrappers do with it is unchanged.
    """
    function = getattr(impl.function, "__wrapped_impl__", impl.function)

    def recording(*args: Any) -> Any:
        result = function(*args)
        if result is not None:
            recording.owners[id(result)] = impl.plugin_name  # type: ignore[attr-defined]
        return result

    recording.__wrapped_impl__ = function  # type: ignore[attr-defined]
    recording.owners = owners  # type: ignore[attr-defined]
    impl.function = recording  # type: ignore[misc]  # Final in pluggy's types, settable at run time
