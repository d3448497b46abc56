"""What every element, widget and sequence of them has in AppTest.

An element object wraps one node of the tree the session client keeps (its kind, its props as
the runtime sent them, its widget id). Parameters of the command that made it are attributes:
`at.button[0].label`, `at.markdown[0].help` read the element's props.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, overload

from rill.core.runtime.state import WIDGET_ID_PREFIX
from rill.testing.v1.errors import AppTestError

if TYPE_CHECKING:
    from rill.testing.v1.app_test import AppTest
    from rill.testing.v1.client import RawNode
    from rill.testing.v1.element_tree.blocks import Block
    from rill.testing.v1.staging import Staging

#: Length of the md5 digest in a widget id (`$$ID-<digest>-<key>`).
_DIGEST = 32


@dataclass(frozen=True)
class TreeContext:
    """What the elements of one tree share: the AppTest (to run it), its staged values, and
    the class of each element kind (`build.element_classes`)."""

    app: AppTest
    staging: Staging
    classes: Mapping[str, type[Any]] = field(default_factory=dict)


class Element:
    """An element of the app: text, an alert, a widget...

    Attributes:
        type: The element type, as in the AppTest accessor that lists it (`"markdown"`).
        key: The user key, for widgets created with `key=`; None otherwise.
    """

    #: The accessor name for this class; None means the element's kind.
    TYPE: str | None = None

    def __init__(self, raw: RawNode, ctx: TreeContext) -> None:
        self._raw = raw
        self._ctx = ctx
        self.type: str = self.TYPE or raw.kind

    @property
    def kind(self) -> str:
        """The element kind in rill's protocol (`"form_submit_button"` for a `Button`)."""
        return self._raw.kind

    @property
    def props(self) -> dict[str, Any]:
        """The element's props, as the runtime sent them to the browser."""
        return self._raw.props

    @property
    def key(self) -> str | None:
        return None

    @property
    def value(self) -> Any:
        """The value or contents of the element."""
        props = self._raw.props
        return props["body"] if "body" in props else props.get("value")

    @property
    def root(self) -> AppTest:
        """The AppTest this element belongs to."""
        return self._ctx.app

    @property
    def run_id(self) -> int:
        """The run that last drew this element."""
        return self._raw.run_id

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the app again with the values staged so far (same as `AppTest.run()`).

        Args:
            timeout: Seconds the run may take; None for the AppTest's default.
        """
        return self._ctx.app.run(timeout=timeout)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if name in ("set_value", "click"):
            raise AppTestError(
                f"{name}() is not supported for {self.type}: AppTest can inspect this element "
                "but it is not a widget. Set its value through at.session_state if it has a key."
            )
        props = self._raw.props
        if name in props:
            return props[name]
        raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")

    def __iter__(self) -> Iterator[Element]:
        yield self

    def __repr__(self) -> str:
        fields = [f"type={self.type!r}"]
        if self.key is not None:
            fields.append(f"key={self.key!r}")
        try:
            fields.append(f"value={self.value!r}")
        except Exception as exc:  # a repr must not fail
            fields.append(f"value=<{type(exc).__name__}>")
        return f"{type(self).__name__}({', '.join(fields)})"


class UnknownElement(Element):
    """An element of a kind AppTest has no class for (a third-party element, for example)."""


class Widget(Element):
    """An element the user can interact with.

    Interactions (`set_value` and the widget's own methods) stage a value and return the widget,
    so that calls chain: `at.slider[0].set_value(5).run()`. Nothing runs until `run()`. Until
    then, `value` is the staged value.
    """

    @property
    def id(self) -> str:
        """The widget's id in the session."""
        widget_id = self._raw.id
        assert widget_id is not None
        return widget_id

    @property
    def key(self) -> str | None:
        meta = self._ctx.staging.meta(self.id)
        if meta is not None:
            return meta.key
        tail = self.id[len(WIDGET_ID_PREFIX) + _DIGEST + 1 :]
        return None if tail == "None" else tail

    @property
    def label(self) -> str:
        return str(self._raw.props.get("label", ""))

    @property
    def help(self) -> str | None:
        help_text: str | None = self._raw.props.get("help")
        return help_text

    @property
    def disabled(self) -> bool:
        return bool(self._raw.props.get("disabled", False))

    @property
    def form_id(self) -> str | None:
        """The key of the form the widget is in, if any."""
        form_id: str | None = self._raw.props.get("form_id")
        return form_id

    @property
    def value(self) -> Any:
        """The widget's value: the one staged for the next run, else the current one."""
        return self._ctx.staging.value_of(self)

    def set_value(self, v: Any) -> Self:
        """Stage a new value for the widget; `run()` sends it."""
        self._ctx.staging.stage(self, v)
        return self


El = TypeVar("El", bound=Element)
B = TypeVar("B", bound="Block")
N = TypeVar("N")


class _NodeList(Generic[N]):
    """A sequence of nodes in page order: by index, or by user key with a call."""

    def __init__(self, nodes: Sequence[N]) -> None:
        self._list: list[N] = list(nodes)

    def __len__(self) -> int:
        return len(self._list)

    @property
    def len(self) -> int:
        return len(self._list)

    def __iter__(self) -> Iterator[N]:
        return iter(self._list)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _NodeList):
            return self._list == other._list
        return self._list == other

    def __hash__(self) -> int:
        return hash(tuple(id(node) for node in self._list))

    def __call__(self, key: str) -> N:
        """The first node with user key `key`; KeyError if none has it."""
        for node in self._list:
            if getattr(node, "key", None) == key:
                return node
        raise KeyError(key)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._list!r})"


class ElementList(_NodeList[El]):
    """The elements of one type, in page order.

    Example:
        at.markdown[0].value, at.markdown[-1].value, len(at.markdown), at.markdown.values
    """

    @overload
    def __getitem__(self, index: int) -> El: ...

    @overload
    def __getitem__(self, index: slice) -> ElementList[El]: ...

    def __getitem__(self, index: int | slice) -> El | ElementList[El]:
        if isinstance(index, slice):
            return type(self)(self._list[index])
        return self._list[index]

    @property
    def values(self) -> list[Any]:
        """The value of each element."""
        return [element.value for element in self._list]


class WidgetList(ElementList[El]):
    """The widgets of one type, in page order; `at.slider(key="k")` finds one by key."""


class BlockList(_NodeList[B]):
    """Containers of one type (columns, tabs, expanders...), in page order."""

    @overload
    def __getitem__(self, index: int) -> B: ...

    @overload
    def __getitem__(self, index: slice) -> BlockList[B]: ...

    def __getitem__(self, index: int | slice) -> B | BlockList[B]:
        if isinstance(index, slice):
            return BlockList(self._list[index])
        return self._list[index]
