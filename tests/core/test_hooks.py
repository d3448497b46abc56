"""Each hook, implemented by a small test plugin, has the effect its contract promises."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pydantic import Field

from rill.core.errors import ConfigError, PluginError
from rill.core.kernel import Kernel
from rill.plugins import ConfigSection, PageSource, Request, Response, Route, Theme, hookimpl
from storage_support import FakeCache, FakeMedia, FakeSessionStore, FakeUploads, StoragePlugin

if TYPE_CHECKING:
    # Only a name for annotations: at run time `conftest` may be another directory's conftest.
    from kernel_support import LoadKernel


class DuckConnection:
    """Stands in for a connection class."""


class OtherDuckConnection:
    """Another plugin's connection class under the same type name."""


class PigeonProvider:
    """Stands in for a login provider class."""


async def chirp(request: Request) -> Response:
    return Response("chirp")


class BirdConfig(ConfigSection):
    """Settings of the test plugin."""

    wingspan: int = Field(30, ge=1, description="Centimetres.")
    colours: list[str] = Field(default_factory=list, description="Feather colours.")


class Birds:
    """A test plugin implementing most registration hooks."""

    def __init__(self) -> None:
        self.loaded_with: list[Kernel] = []

    @hookimpl
    def rill_register_config_sections(self):  # type: ignore[no-untyped-def]
        return {"birds": BirdConfig}

    @hookimpl
    def rill_register_connection_types(self):  # type: ignore[no-untyped-def]
        return {"duck": DuckConnection}

    @hookimpl
    def rill_register_auth_providers(self):  # type: ignore[no-untyped-def]
        return {"pigeon": PigeonProvider}

    @hookimpl
    def rill_register_themes(self):  # type: ignore[no-untyped-def]
        return [Theme("plumage", "dark", {"primaryColor": "#1e90ff"})]

    @hookimpl
    def rill_register_page_sources(self):  # type: ignore[no-untyped-def]
        def nests(main_script: str) -> list[tuple[str, str, str | None]]:
            return [(f"{main_script}/../nest.py", "Nest", "🪺")]

        return [PageSource("nests", nests)]

    @hookimpl
    def rill_register_routes(self, kernel):  # type: ignore[no-untyped-def]
        routes = [Route("/_birds/feed", chirp)]
        if kernel.config.get("birds.wingspan") > 100:
            routes.append(Route("/_birds/soar", chirp, methods=("POST",)))
        return routes

    @hookimpl
    def rill_kernel_loaded(self, kernel):  # type: ignore[no-untyped-def]
        # Everything registered must be in place by now.
        assert "duck" in kernel.connection_types
        self.loaded_with.append(kernel)


def test_config_section_is_validated_from_every_layer(load: LoadKernel) -> None:
    kernel = load(
        env={"RILL_BIRDS_COLOURS": "teal, amber"},
        flags=["--birds.wingspan", "120"],
        extra_plugins=[("birds", Birds())],
    )
    section = kernel.config.section("birds", BirdConfig)
    assert section.wingspan == 120
    assert section.colours == ["teal", "amber"]
    with pytest.raises(ConfigError, match=r"flag --birds\.wingspan: birds\.wingspan"):
        load(flags=["--birds.wingspan", "0"], extra_plugins=[("birds", Birds())])


def test_config_section_names_are_unique(load: LoadKernel) -> None:
    class Impostor:
        @hookimpl
        def rill_register_config_sections(self):  # type: ignore[no-untyped-def]
            return {"birds": BirdConfig}

    with pytest.raises(PluginError, match="'birds' is registered by both"):
        load(extra_plugins=[("birds", Birds()), ("impostor", Impostor())])


def test_connection_types_reach_the_kernel(load: LoadKernel) -> None:
    kernel = load(extra_plugins=[("birds", Birds())])
    assert kernel.connection_types.get("duck") is DuckConnection


def test_a_connection_type_registered_by_name_is_imported_on_first_use(
    load: LoadKernel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "heavy_duck.py").write_text("class HeavyDuck:\n    pass\n")
    monkeypatch.syspath_prepend(str(tmp_path))

    class Lazy:
        @hookimpl
        def rill_register_connection_types(self):  # type: ignore[no-untyped-def]
            return {"heavy": "heavy_duck:HeavyDuck", "broken": "heavy_duck:Nothing"}

    kernel = load(extra_plugins=[("lazy", Lazy())])
    assert "heavy_duck" not in sys.modules  # loading the kernel imported nothing
    assert kernel.connection_types.get("heavy").__name__ == "HeavyDuck"
    assert "heavy_duck" in sys.modules
    with pytest.raises(PluginError, match=r"connection type 'broken'.*no attribute 'Nothing'"):
        kernel.connection_types.get("broken")


def test_connection_type_clash_names_both_plugins(load: LoadKernel) -> None:
    class Decoys:
        @hookimpl
        def rill_register_connection_types(self):  # type: ignore[no-untyped-def]
            return {"duck": OtherDuckConnection}

    with pytest.raises(PluginError) as info:
        load(extra_plugins=[("birds", Birds()), ("decoys", Decoys())])
    message = str(info.value)
    assert "connection type 'duck'" in message
    assert "'birds'" in message and "'decoys'" in message


def test_auth_providers_reach_the_kernel(load: LoadKernel) -> None:
    kernel = load(extra_plugins=[("birds", Birds())])
    assert kernel.auth_providers.names() == ["pigeon"]
    assert kernel.auth_providers.get("pigeon") is PigeonProvider


def test_themes_join_the_builtin_ones(load: LoadKernel) -> None:
    kernel = load(extra_plugins=[("birds", Birds())])
    assert {"light", "dark", "plumage"} <= set(kernel.themes)
    assert kernel.themes["plumage"].base == "dark"
    assert kernel.themes["plumage"].options["primaryColor"] == "#1e90ff"


def test_a_theme_name_cannot_be_taken_twice(load: LoadKernel) -> None:
    class Dusk:
        @hookimpl
        def rill_register_themes(self):  # type: ignore[no-untyped-def]
            return [Theme("dark", "dark")]

    with pytest.raises(PluginError, match="theme 'dark' is registered by both"):
        load(extra_plugins=[("dusk", Dusk())])


def test_page_sources_of_every_plugin_are_kept(load: LoadKernel) -> None:
    class Burrows:
        @hookimpl
        def rill_register_page_sources(self):  # type: ignore[no-untyped-def]
            return [PageSource("burrows", lambda main: [])]

    kernel = load(extra_plugins=[("birds", Birds()), ("burrows", Burrows())])
    sources = {source.name: source for source in kernel.page_sources}
    assert sorted(sources) == ["burrows", "nests"]
    assert sources["nests"].discover("app.py") == [("app.py/../nest.py", "Nest", "🪺")]


def _routes(kernel: Kernel, plugin: str = "birds") -> list[str]:
    """The routes `plugin` contributed (builtin plugins add their own beside them)."""
    collected: Sequence[tuple[str, Sequence[Route]]] = kernel.collect(
        "rill_register_routes", kernel=kernel
    )
    return [
        f"{name}:{route.path}" for name, routes in collected if name == plugin for route in routes
    ]


def test_routes_are_collected_with_the_kernel_config(load: LoadKernel) -> None:
    assert _routes(load(extra_plugins=[("birds", Birds())])) == ["birds:/_birds/feed"]
    soaring = load(flags=["--birds.wingspan", "150"], extra_plugins=[("birds", Birds())])
    assert _routes(soaring) == ["birds:/_birds/feed", "birds:/_birds/soar"]


def test_routes_of_a_disabled_plugin_are_not_collected(load: LoadKernel) -> None:
    kernel = load(flags=["--plugins.disabled", "birds"], extra_plugins=[("birds", Birds())])
    assert _routes(kernel) == []


def test_kernel_loaded_is_called_once_with_the_finished_kernel(load: LoadKernel) -> None:
    birds = Birds()
    kernel = load(extra_plugins=[("birds", birds)])
    assert birds.loaded_with == [kernel]


def test_kernel_loaded_is_not_called_on_a_disabled_plugin(load: LoadKernel) -> None:
    birds = Birds()
    load(flags=["--plugins.disabled", "birds"], extra_plugins=[("birds", birds)])
    assert birds.loaded_with == []


class SessionsOnly:
    """Answers for the session store only, before anyone else."""

    @hookimpl(tryfirst=True)
    def rill_resolve_session_store(self):  # type: ignore[no-untyped-def]
        return FakeSessionStore("sessions-only")


class Fallback:
    """Answers every kind, last, the way rill's builtin backends do."""

    @hookimpl(trylast=True)
    def rill_resolve_session_store(self, kernel):  # type: ignore[no-untyped-def]
        assert isinstance(kernel, Kernel)
        return FakeSessionStore("fallback")

    @hookimpl(trylast=True)
    def rill_resolve_cache_storage(self):  # type: ignore[no-untyped-def]
        return FakeCache("fallback")

    @hookimpl(trylast=True)
    def rill_resolve_media_storage(self):  # type: ignore[no-untyped-def]
        return FakeMedia("fallback")

    @hookimpl(trylast=True)
    def rill_resolve_upload_storage(self):  # type: ignore[no-untyped-def]
        return FakeUploads("fallback")


class Plain:
    """Answers for media, with no ordering marker."""

    @hookimpl
    def rill_resolve_media_storage(self):  # type: ignore[no-untyped-def]
        return FakeMedia("plain")


# Without builtins, so that only the test plugins answer.
NO_BUILTINS: dict[str, str] = {}


def test_resolve_storage_takes_the_first_answer(load: LoadKernel) -> None:
    kernel = load(
        builtins=NO_BUILTINS,
        extra_plugins=[("fallback", Fallback()), ("sessions-only", SessionsOnly())],
    )
    backends = kernel.backends
    assert backends.sessions is not None and backends.cache is not None
    assert getattr(backends.sessions, "made_by", None) == "sessions-only"
    assert getattr(backends.cache, "made_by", None) == "fallback"


def test_a_plain_answer_beats_a_trylast_one(load: LoadKernel) -> None:
    # pluggy asks the most recently registered plugin first: registered after the plain
    # plugin, the fallback would answer first if it were not marked `trylast`.
    kernel = load(
        builtins=NO_BUILTINS, extra_plugins=[("plain", Plain()), ("fallback", Fallback())]
    )
    assert getattr(kernel.backends.media, "made_by", None) == "plain"


def test_an_installed_answer_beats_the_builtin_one(load: LoadKernel) -> None:
    plugin = StoragePlugin("installed")
    kernel = load(extra_plugins=[("installed", plugin)])
    backends = kernel.backends
    assert (backends.sessions, backends.cache) == (plugin.sessions, plugin.cache)
    assert (backends.media, backends.uploads) == (plugin.media, plugin.uploads)
    assert sorted(plugin.asked) == ["cache", "media", "sessions", "uploads"]  # once each


def test_disabling_the_answering_plugin_falls_back(load: LoadKernel) -> None:
    kernel = load(
        builtins=NO_BUILTINS,
        flags=["--plugins.disabled", "sessions-only"],
        extra_plugins=[("fallback", Fallback()), ("sessions-only", SessionsOnly())],
    )
    assert getattr(kernel.backends.sessions, "made_by", None) == "fallback"


class Nests:
    """Registers themes with pluggy's ordering markers."""

    @hookimpl(trylast=True)
    def rill_register_themes(self):  # type: ignore[no-untyped-def]
        return [Theme("last-resort", "light")]


class Roosts:
    @hookimpl(tryfirst=True)
    def rill_register_themes(self):  # type: ignore[no-untyped-def]
        return [Theme("first-choice", "dark")]


def test_registration_order_follows_tryfirst_and_trylast(load: LoadKernel) -> None:
    # Registered last-resort first: pluggy's markers, not registration order, decide.
    kernel = load(extra_plugins=[("nests", Nests()), ("roosts", Roosts())])
    names = list(kernel.themes)
    assert names.index("first-choice") < names.index("last-resort")
    owners = [plugin for plugin, _ in kernel.collect("rill_register_themes")]
    assert owners.index("roosts") < owners.index("nests")


class ThemeCensor:
    """A new-style wrapper that removes another plugin's theme from the registration."""

    @hookimpl(wrapper=True)
    def rill_register_themes(self):  # type: ignore[no-untyped-def]
        results = yield
        return [[t for t in themes if t.name != "last-resort"] for themes in results]


def test_registration_hooks_honour_wrappers(load: LoadKernel) -> None:
    kernel = load(extra_plugins=[("nests", Nests()), ("roosts", Roosts())])
    assert "last-resort" in kernel.themes
    censored = load(
        extra_plugins=[("nests", Nests()), ("roosts", Roosts()), ("censor", ThemeCensor())]
    )
    assert "last-resort" not in censored.themes
    assert "first-choice" in censored.themes
    # Lists the wrapper made itself are credited to it, not to the plugin that made the original.
    owners = {plugin for plugin, _ in censored.collect("rill_register_themes")}
    assert "a hook wrapper" in owners
