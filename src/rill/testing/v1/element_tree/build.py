"""Turning the session client's tree into element objects, one class per element kind.

Which class represents a kind is not kept here: each registered `ElementType` names its
AppTest class, so a plugin's element gets its own accessor class the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rill.testing.v1.client import ROOT_NAMES
from rill.testing.v1.element_tree import blocks
from rill.testing.v1.element_tree.base import Element, UnknownElement, Widget

if TYPE_CHECKING:
    from rill.core.kernel import Kernel
    from rill.testing.v1.client import RawNode
    from rill.testing.v1.element_tree.base import TreeContext
    from rill.testing.v1.element_tree.blocks import Node


def element_classes(kernel: Kernel) -> dict[str, type[Element] | type[blocks.Block]]:
    """Element kind → the AppTest class that represents it, from the kernel's element types.

    Each `ElementType` names its class (`apptest`); a kind without one becomes a plain `Block`
    when it is a container, a plain `Widget` when it has a widget id, else `UnknownElement`.
    """
    classes: dict[str, type[Element] | type[blocks.Block]] = {}
    for kind, element in kernel.elements.items():
        cls = element.apptest_class()
        if cls is not None:
            classes[kind] = cls
    return classes


def build_tree(roots: list[RawNode], ctx: TreeContext) -> blocks.ElementTree:
    """Element objects for the four roots the client holds."""
    children: dict[int, Node] = {
        index: blocks.Block(raw, ctx, _children(raw, ctx), ROOT_NAMES[index])
        for index, raw in enumerate(roots)
    }
    return blocks.ElementTree(roots[0], ctx, children, "root")


def _children(raw: RawNode, ctx: TreeContext) -> dict[int, Node]:
    return {index: _build(child, ctx) for index, child in enumerate(raw.children)}


def _build(raw: RawNode, ctx: TreeContext) -> Node:
    known = ctx.classes.get(raw.kind)
    if raw.block:
        block_class = known if isinstance(known, type) and issubclass(known, blocks.Block) else None
        return (block_class or blocks.Block)(raw, ctx, _children(raw, ctx))
    element_class = known if isinstance(known, type) and issubclass(known, Element) else None
    if element_class is None:
        element_class = Widget if raw.id is not None else UnknownElement
    return element_class(raw, ctx)
