"""Containers: the main area and sidebar, columns, tabs, expanders, popovers, dialogs, forms,
containers.

A container has the same accessors as AppTest, limited to what is inside it
(`at.columns[0].button`), and its direct children by position (`block[0]`, `block.children`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TypeAlias

from rill.testing.v1.element_tree.base import Widget
from rill.testing.v1.element_tree.query import Queries
from rill.testing.v1.errors import AppTestError

if TYPE_CHECKING:
    from rill.testing.v1.app_test import AppTest
    from rill.testing.v1.client import RawNode
    from rill.testing.v1.element_tree.base import Element, TreeContext


class Block(Queries):
    """A container of elements.

    Attributes:
        type: The container type (`"column"`, `"tab"`, `"expander"`, `"main"`, ...).
        children: Direct children by position.
    """

    TYPE: str | None = None

    def __init__(
        self,
        raw: RawNode,
        ctx: TreeContext,
        children: dict[int, Node],
        type_: str | None = None,
    ) -> None:
        self._raw = raw
        self._ctx = ctx
        self.children = children
        self.type: str = type_ or self.TYPE or raw.kind
        self._flat: list[Node] | None = None

    @property
    def kind(self) -> str:
        return self._raw.kind

    @property
    def props(self) -> dict[str, Any]:
        return self._raw.props

    @property
    def key(self) -> str | None:
        key = self._raw.props.get("key")
        return key if isinstance(key, str) else None

    @property
    def root(self) -> AppTest:
        return self._ctx.app

    def __len__(self) -> int:
        return len(self.children)

    def __getitem__(self, index: int) -> Node:
        return self.children[index]

    def __iter__(self) -> Iterator[Node]:
        """This container, then everything below it, depth first."""
        yield self
        yield from self._nodes()

    def _nodes(self) -> list[Node]:
        if self._flat is None:
            flat: list[Node] = []
            stack: list[Node] = list(reversed(self.children.values()))
            while stack:
                node = stack.pop()
                flat.append(node)
                if isinstance(node, Block):
                    stack.extend(reversed(node.children.values()))
            self._flat = flat
        return self._flat

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the app again with the values staged so far (same as `AppTest.run()`)."""
        return self._ctx.app.run(timeout=timeout)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        props = self._raw.props
        if name in props:
            return props[name]
        raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self.type!r}, children={len(self.children)})"


class Column(Block):
    """One column of `st.columns`."""

    TYPE = "column"

    @property
    def weight(self) -> float:
        return float(self.props.get("weight", 1))


class Tab(Block):
    """One tab of `st.tabs`."""

    TYPE = "tab"

    @property
    def label(self) -> str:
        return str(self.props.get("label", ""))


class Expander(Block):
    """`st.expander`."""

    TYPE = "expander"

    @property
    def label(self) -> str:
        return str(self.props.get("label", ""))

    @property
    def icon(self) -> str | None:
        icon: str | None = self.props.get("icon")
        return icon


class Popover(Block):
    """`st.popover`: `label` is the button's label; its children are what it holds. (`help`
    lists `st.help` elements inside, as on every container: the tooltip is
    `props["help"]`.)"""

    TYPE = "popover"

    @property
    def label(self) -> str:
        return str(self.props.get("label", ""))

    @property
    def disabled(self) -> bool:
        return bool(self.props.get("disabled", False))


class Dialog(Block):
    """A dialog opened by an `@st.dialog` function, in the event layer (`at.get("dialog")`).

    Its elements are reached like any container's (`dialog.button[0]`; `dialog.title` lists
    the `st.title` elements inside, as on every container: the dialog's own title is
    `props["title"]`).
    """

    TYPE = "dialog"

    @property
    def width(self) -> str:
        return str(self.props.get("width", "small"))

    @property
    def dismissible(self) -> bool:
        return bool(self.props.get("dismissible", True))

    def dismiss(self) -> Dialog:
        """Dismiss the dialog as the user would (Escape, the close button); call `run()`.

        Dismissing a dialog with `on_dismiss="ignore"` runs nothing, so there is nothing to
        stage: the next run (which does not call the dialog function again) closes it.

        Raises:
            AppTestError: the dialog is not dismissible.
        """
        if not self.dismissible:
            raise AppTestError(
                f"The dialog {self.props.get('title')!r} is not dismissible: only st.rerun() "
                "in its function closes it."
            )
        for node in self.children.values():
            if node.kind == "dialog_dismiss" and isinstance(node, Widget):
                node.set_value(True)
        return self


class Form(Block):
    """`st.form`: its `key` is the form's key."""

    TYPE = "form"

    @property
    def key(self) -> str | None:
        form_id: str | None = self.props.get("form_id")
        return form_id

    @property
    def clear_on_submit(self) -> bool:
        return bool(self.props.get("clear_on_submit", False))


class ChatMessage(Block):
    """`st.chat_message`."""

    TYPE = "chat_message"

    @property
    def name(self) -> str:
        return str(self.props.get("name", ""))

    @property
    def avatar(self) -> Any:
        return self.props.get("avatar")


class Status(Block):
    """`st.status`: `state` is `"running"`, `"complete"` or `"error"`."""

    TYPE = "status"

    @property
    def label(self) -> str:
        return str(self.props.get("label", ""))

    @property
    def state(self) -> str:
        return str(self.props.get("state", "running"))


class ElementTree(Block):
    """The whole app: its children are the main area (0), the sidebar (1), the event layer (2)
    and the bottom bar (3)."""

    TYPE = "root"

    @property
    def main(self) -> Block:
        block = self.children[0]
        assert isinstance(block, Block)
        return block

    @property
    def sidebar(self) -> Block:
        block = self.children[1]
        assert isinstance(block, Block)
        return block


#: Anything in the tree: an element or a container.
Node: TypeAlias = "Element | Block"
