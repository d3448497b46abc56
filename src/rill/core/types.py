"""Shared types that hook specifications name; `rill.plugins` re-exports them for authors."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel

from rill.core.lazy import resolve
from rill.core.routes import Request, Response, Route, SessionDirectory
from rill.core.storage.sessions import SessionStore

__all__ = [
    "ConfigSections",
    "ElementType",
    "PageSource",
    "Request",
    "Response",
    "Route",
    "SessionDirectory",
    "SessionStore",
    "Theme",
]

#: A section name (`"server"`) mapped to the pydantic model that validates it.
ConfigSections = Mapping[str, type[BaseModel]]


@dataclass(frozen=True)
class ElementType:
    """A kind of element the browser can draw: the one description every layer derives from.

    The protocol's TypeScript prop types, the bundled frontend's kind → renderer map and
    AppTest's element classes are all generated from (or checked against) the registered
    element types; nothing keeps a second list of kinds.

    Attributes:
        kind: The element's name, shared by the st.* command, the protocol, the renderer and the
            AppTest accessor (`"markdown"`).
        module: For a third-party element, the path of an ES module, relative to `assets`, that
            exports the renderer; the browser imports it on first use. `None` for elements the
            bundled frontend draws (from `frontend/src/elements/<renderer or kind>/`).
        assets: A directory served under `/_rill/elements/<kind>/`, holding `module`.
        widget: True when the element holds a value the user can change.
        props: The pydantic model of the element's props (derive from
            `rill.schemas.elements.Props`), or `"module:Class"` naming it. Tests validate what
            commands send against it; the TypeScript prop types are generated from it.
        apptest: The AppTest class for the element (`rill.testing.v1.element_tree`), or
            `"module:Class"` naming it; None gives a generic element (or widget).
        block: True for containers, whose children are addressed below the element's path.
        lazy: For a bundled renderer: load it in its own chunk when the kind first appears
            (heavy renderers: code highlighting, KaTeX, date pickers).
    """

    kind: str
    module: str | None = None
    assets: str | None = None
    widget: bool = False
    props: Any = None
    apptest: Any = None
    block: bool = False
    lazy: bool = False

    def props_model(self) -> type[BaseModel] | None:
        """The props model, imported now if it was registered by name."""
        model: type[BaseModel] | None = resolve(self.props, f"props of element {self.kind!r}")
        return model

    def apptest_class(self) -> type[Any] | None:
        """The AppTest class, imported now if it was registered by name."""
        cls: type[Any] | None = resolve(self.apptest, f"AppTest class of element {self.kind!r}")
        return cls


@dataclass(frozen=True)
class Theme:
    """A named theme: a base (`"light"` or `"dark"`) and `[theme]` options over it."""

    name: str
    base: Literal["light", "dark"]
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PageSource:
    """Somewhere pages come from, such as the `pages/` directory beside the main script.

    Attributes:
        name: A short name shown in diagnostics.
        discover: Called with the main script's path; returns the page scripts it finds, in
            order, as `(path, title, icon)`.
    """

    name: str
    discover: Callable[[str], list[tuple[str, str, str | None]]]
