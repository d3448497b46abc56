"""Hook implementations of the text plugin."""

from __future__ import annotations

from collections.abc import Sequence

# Importing the command modules registers their st.* commands (for `find_command`, `col.<name>`).
from rill.builtin_plugins.text import headings, json, markdown  # noqa: F401
from rill.plugins import ElementType, hookimpl

#: The module of the props models, named rather than imported: a server never needs them
#: (tests and the TypeScript generator do, through `ElementType.props_model()`).
_PROPS = "rill.schemas.elements"

_TREE = "rill.testing.v1.element_tree.text"

#: Every element kind of the plugin: its props, its AppTest class, whether its renderer loads
#: on demand (highlighting, the JSON tree and KaTeX are heavy).
ELEMENTS = (
    ElementType("markdown", props=f"{_PROPS}:MarkdownProps", apptest=f"{_TREE}:Markdown"),
    ElementType("caption", props=f"{_PROPS}:MarkdownProps", apptest=f"{_TREE}:Caption"),
    ElementType("title", props=f"{_PROPS}:HeadingProps", apptest=f"{_TREE}:Title"),
    ElementType("header", props=f"{_PROPS}:HeadingProps", apptest=f"{_TREE}:Header"),
    ElementType("subheader", props=f"{_PROPS}:HeadingProps", apptest=f"{_TREE}:Subheader"),
    ElementType("text", props=f"{_PROPS}:TextProps", apptest=f"{_TREE}:Text"),
    ElementType("code", props=f"{_PROPS}:CodeProps", apptest=f"{_TREE}:Code", lazy=True),
    ElementType("json", props=f"{_PROPS}:JsonProps", apptest=f"{_TREE}:Json", lazy=True),
    ElementType("latex", props=f"{_PROPS}:LatexProps", apptest=f"{_TREE}:Latex", lazy=True),
    ElementType("divider", props=f"{_PROPS}:DividerProps", apptest=f"{_TREE}:Divider"),
)


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return ELEMENTS
