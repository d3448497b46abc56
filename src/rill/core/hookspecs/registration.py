"""`rill_register_<things>()`: called once when the kernel starts (see `rill.core.hookspecs`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import click

    from rill.core.kernel import Kernel
    from rill.core.types import ConfigSections, ElementType, PageSource, Route, Theme

from rill.core.hookspecs.markers import hookspec

# -- registration, once at start-up ----------------------------------------------------------


@hookspec
def rill_register_config_sections() -> ConfigSections:
    """Contribute config sections.

    When: once, while the kernel loads config, before any other hook; main thread.

    Returns:
        A mapping of section name to a pydantic model (derive from
        `rill.plugins.ConfigSection`). Every layer (files, `RILL_<SECTION>_<OPTION>` environment
        variables, `--section.option` flags) is validated against it, and the validated instance
        is available as `kernel.config.section(name)`. Names must be unique across plugins.

    Example:
        class GreetingConfig(ConfigSection):
            salutation: str = Field("Hello", description="Word to greet with.")

        @hookimpl
        def rill_register_config_sections():
            return {"greeting": GreetingConfig}
    """


@hookspec
def rill_register_commands() -> Mapping[str, Callable[..., Any]]:
    """Contribute `st.*` commands.

    When: once at start-up; main thread.

    Returns:
        A mapping of attribute name to callable; `rill.<name>` resolves to it. Wrap callables with
        `rill.plugins.command(plugin)` so that calling them while the plugin is disabled raises
        `FeatureDisabledError`. Builtin names cannot be overridden.

    Example:
        @hookimpl
        def rill_register_commands():
            return {"greeting": greeting}
    """


@hookspec
def rill_register_elements() -> Sequence[ElementType]:
    """Contribute element types the browser can draw.

    When: once at start-up; main thread.

    Returns:
        `ElementType`s. A third-party element names an ES module (`module`, inside the `assets`
        directory) exporting its renderer; the browser imports it on first use, so no rebuild of
        rill's frontend is needed. Kinds must be unique.

    Example:
        @hookimpl
        def rill_register_elements():
            return [ElementType("greeting", module="greeting.js", assets=str(HERE / "static"))]
    """


@hookspec
def rill_register_connection_types() -> Mapping[str, type[Any] | str]:
    """Contribute connection classes for `st.connection(name, type=...)`.

    When: once at start-up; main thread.

    Returns:
        A mapping of type name (`"sql"`) to a `BaseConnection` subclass, or to a
        `"package.module:Class"` string naming it. A string is imported only when an app first
        asks for that type, so a connection built on a heavy library (SQLAlchemy, a database
        driver) costs nothing at start-up; prefer it. `kernel.connection_types.get(name)`
        imports and returns the class.

    Example:
        @hookimpl
        def rill_register_connection_types():
            return {"duckdb": "rill_duckdb.connection:DuckDBConnection"}
    """


@hookspec
def rill_register_auth_providers() -> Mapping[str, type[Any] | str]:
    """Contribute login providers for `st.login(provider)`.

    When: once at start-up; main thread.

    Returns:
        A mapping of provider kind (`"oidc"`) to an `AuthProvider` subclass, or to a
        `"package.module:Class"` string imported on first use (as for connection types); the
        provider's settings come from `[auth]` in secrets.

    Example:
        @hookimpl
        def rill_register_auth_providers():
            return {"oidc": "rill.builtin_plugins.oidc.provider:OIDCProvider"}
    """


@hookspec
def rill_register_write_handlers() -> Mapping[str, Callable[[Any], object] | str]:
    """Teach `st.write` to show a type.

    When: once at start-up; main thread. `st.write` looks handlers up per argument in a plain
    dict, walking the argument's class and its bases (most derived first), before its own
    rules for text, exceptions, tables, JSON-like values and the rest.

    Returns:
        A mapping of qualified class name to a handler. The name is the class's
        `__module__` and `__qualname__` joined by a dot, as the class reports them
        (`f"{type(obj).__module__}.{type(obj).__qualname__}"`), so that registering needs no
        import of the library. Libraries differ: pandas 3 reports `"pandas.DataFrame"`,
        pandas 2 `"pandas.core.frame.DataFrame"`; register both when in doubt. A handler is
        called with the object and
        shows it (usually by calling an `st.*` command); it may be given as a
        `"package.module:function"` string, imported on first use.

    Example:
        @hookimpl
        def rill_register_write_handlers():
            return {"polars.dataframe.frame.DataFrame": "rill_polars.write:show_frame"}
    """


@hookspec
def rill_register_themes() -> Sequence[Theme]:
    """Contribute named themes that `theme.base` or the settings dialog can select.

    When: once at start-up; main thread.

    Returns:
        `Theme`s: a name, a base (`"light"` or `"dark"`) and `[theme]` options layered over it.
    """


@hookspec
def rill_register_page_sources() -> Sequence[PageSource]:
    """Contribute places multipage apps find their pages (such as a `pages/` directory).

    When: once at start-up; main thread. `st.navigation` overrides every source for a run.

    Returns:
        `PageSource`s, consulted in registration order.
    """


@hookspec
def rill_register_routes(kernel: Kernel) -> Sequence[Route]:
    """Contribute HTTP routes to the server.

    When: once when the server starts, before it listens; main thread. Routes of a disabled
    plugin are never mounted. Handlers run on the server's event loop thread.

    Args:
        kernel: The running kernel; read its config to decide what to mount.

    Returns:
        `Route`s (a method list, a path pattern with `{name}` parts, an async handler from
        `Request` to `Response`; no web framework named), mounted under `server.baseUrlPath`
        in registration order. A handler reaches sessions through `request.sessions`: find
        one by id, check a token it handed out (`verify`), hand it work.

    Example:
        async def feed(request: Request) -> Response:
            session_id = request.sessions.verify(request.arg("token") or "", "feed")
            if session_id is None:
                return Response("not yours", status=403)
            return Response(f"fed {request.params['bird']}")

        @hookimpl
        def rill_register_routes(kernel):
            return [Route("/_birds/feed/{bird}", feed, methods=("GET",))]
    """


@hookspec
def rill_register_cli_commands() -> Sequence[click.Command]:
    """Contribute subcommands of the `rill` command line.

    When: when `rill` is invoked with a command it does not know, or when it lists its commands
    (`rill --help`); main thread.

    Returns:
        click commands; their names must not clash with builtin commands.

    Example:
        @hookimpl
        def rill_register_cli_commands():
            return [greet]
    """
