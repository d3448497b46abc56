"""Hook implementations of the text plugin."""

from __future__ import annotations

from collections.abc import Sequence

# Importing the command modules registers their st.* commands (for `find_command`, `col.<name>`).
from rill.builtin_plugins.text import headings, json, markdown  # noqa: F401
from rill.plugins import ElementType, hookimpl
from rill.schemas.elements import (
    CodeProps,
    DividerProps,
    HeadingProps,
    JsonProps,
    LatexProps,
    MarkdownProps,
    TextProps,
)

_TREE = "rill.testing.v1.element_tree.text"

#: Every element kind of the plugin: its props, its AppTest class, whether its renderer loads
#: on demand (highlighting, the JSON tree and KaTeX are heavy).
ELEMENTS = (
    ElementType("markdown", props=MarkdownProps, apptest=f"{_TREE}:Markdown"),
    ElementType("caption", props=MarkdownProps, apptest=f"{_TREE}:Caption"),
    ElementType("title", props=HeadingProps, apptest=f"{_TREE}:Title"),
    ElementType("header", props=HeadingProps, apptest=f"{_TREE}:Header"),
    ElementType("subheader", props=HeadingProps, apptest=f"{_TREE}:Subheader"),
    ElementType("text", props=TextProps, apptest=f"{_TREE}:Text"),
    ElementType("code", props=CodeProps, apptest=f"{_TREE}:Code", lazy=True),
    ElementType("json", props=JsonProps, apptest=f"{_TREE}:Json", lazy=True),
    ElementType("latex", props=LatexProps, apptest=f"{_TREE}:Latex", lazy=True),
    ElementType("divider", props=DividerProps, apptest=f"{_TREE}:Divider"),
)


@hookimpl
def rill_register_elements() -> Sequence[ElementType]:
    return ELEMENTS
