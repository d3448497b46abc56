"""The session client of an AppTest: protocol messages applied to an element tree.

It does with each message exactly what the browser does (`frontend/src/core/tree.ts`):

- a `delta` puts an element at its path; a container (`block: true`) that replaces a container
  of the same kind keeps its children, anything else replaces the whole subtree; gaps before
  the index are filled with `empty` placeholders and missing intermediate containers are
  created;
- a `trim` keeps only the first `length` children of the container at its path;
- roots are 0 main, 1 sidebar, 2 event layer, 3 bottom bar.

The tree is written from the script thread while a run is in progress and read by the test
after the run, once the session is idle.
"""

from __future__ import annotations

from typing import Any

#: Names of the four roots, by root index.
ROOT_NAMES = ("main", "sidebar", "event", "bottom")


class RawNode:
    """One element or container as the browser holds it."""

    __slots__ = ("block", "children", "id", "kind", "props", "run_id")

    def __init__(
        self,
        kind: str,
        props: dict[str, Any],
        id: str | None,
        block: bool,
        children: list[RawNode],
        run_id: int,
    ) -> None:
        self.kind = kind
        self.props = props
        self.id = id
        self.block = block
        self.children = children
        self.run_id = run_id

    def __repr__(self) -> str:
        return f"RawNode({self.kind!r}, children={len(self.children)})"


def _placeholder(run_id: int) -> RawNode:
    return RawNode("empty", {}, None, False, [], run_id)


def _set_child(children: list[RawNode], index: int, node: RawNode) -> None:
    if index < len(children):
        children[index] = node
        return
    while len(children) < index:
        children.append(_placeholder(node.run_id))
    children.append(node)


class TreeClient:
    """A `SessionClient` that keeps the element tree a browser would show.

    Attributes:
        roots: The four root containers (main, sidebar, event, bottom).
        started: `(run_id, fragment_id)` of each run started since `begin()`.
        finished: `(run_id, status)` of each run finished since `begin()`.
        query: The last query string the app set (`query_string` message) since `begin()`.
        page_config: What `st.set_page_config` calls set, merged.
    """

    def __init__(self) -> None:
        self.roots = [RawNode("root", {}, None, True, [], 0) for _ in ROOT_NAMES]
        self.started: list[tuple[int, str | None]] = []
        self.finished: list[tuple[int, str]] = []
        self.query: str | None = None
        self.page_config: dict[str, Any] = {}

    def begin(self) -> None:
        """Forget what earlier runs reported (the tree stays, as in the browser)."""
        self.started = []
        self.finished = []
        self.query = None

    def send(self, message: dict[str, Any]) -> None:
        """Apply one protocol message."""
        t = message["t"]
        if t == "delta":
            self._put(message["path"], message["element"], message["run_id"])
        elif t == "trim":
            self._trim(message["path"], message["length"])
        elif t == "script_started":
            self.started.append((message["run_id"], message.get("fragment_id")))
        elif t == "script_finished":
            self.finished.append((message["run_id"], message["status"]))
        elif t == "query_string":
            self.query = message["query"]
        elif t == "page_config":
            self.page_config.update({k: v for k, v in message.items() if k != "t"})

    def _put(self, path: list[int], element: dict[str, Any], run_id: int) -> None:
        if len(path) < 2:
            raise ValueError(f"a delta path needs a root and an index, got {path}")
        node = self.roots[path[0]]
        for index in path[1:-1]:
            children = node.children
            child = children[index] if index < len(children) else None
            if child is None or not child.block:
                # A container the browser has not seen (or that is not a container any more).
                child = RawNode("container", {}, None, True, [], run_id)
                _set_child(children, index, child)
            node = child
        index = path[-1]
        children = node.children
        existing = children[index] if index < len(children) else None
        block = bool(element.get("block", False))
        kind = element["kind"]
        keep = block and existing is not None and existing.block and existing.kind == kind
        new = RawNode(
            kind,
            element.get("props") or {},
            element.get("id"),
            block,
            existing.children if keep and existing is not None else [],
            run_id,
        )
        _set_child(children, index, new)

    def _trim(self, path: list[int], length: int) -> None:
        node: RawNode | None = self.roots[path[0]]
        for index in path[1:]:
            if node is None or index >= len(node.children):
                return
            node = node.children[index]
        if node is not None and len(node.children) > length:
            del node.children[length:]
