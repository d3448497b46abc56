"""Turning the session client's tree into element objects, one class per element kind."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rill.testing.v1.client import ROOT_NAMES
from rill.testing.v1.element_tree import blocks, choice, text, widgets
from rill.testing.v1.element_tree.base import Element, UnknownElement, Widget

if TYPE_CHECKING:
    from rill.testing.v1.client import RawNode
    from rill.testing.v1.element_tree.base import TreeContext
    from rill.testing.v1.element_tree.blocks import Node

#: Element kind → the class that represents it. Kinds not listed become `UnknownElement` (or
#: a plain `Widget` when they have a widget id, a plain `Block` when they are containers).
ELEMENT_CLASSES: dict[str, type[Element]] = {
    "markdown": text.Markdown,
    "caption": text.Caption,
    "latex": text.Latex,
    "divider": text.Divider,
    "title": text.Title,
    "header": text.Header,
    "subheader": text.Subheader,
    "text": text.Text,
    "code": text.Code,
    "json": text.Json,
    "success": text.Success,
    "info": text.Info,
    "warning": text.Warning,
    "error": text.Error,
    "exception": text.Exception,
    "table": text.Table,
    "dataframe": text.Dataframe,
    "metric": text.Metric,
    "toast": text.Toast,
    "button": widgets.Button,
    "form_submit_button": widgets.Button,
    "checkbox": widgets.Checkbox,
    "toggle": widgets.Toggle,
    "text_input": widgets.TextInput,
    "text_area": widgets.TextArea,
    "number_input": widgets.NumberInput,
    "color_picker": widgets.ColorPicker,
    "date_input": widgets.DateInput,
    "time_input": widgets.TimeInput,
    "chat_input": widgets.ChatInput,
    "radio": choice.Radio,
    "selectbox": choice.Selectbox,
    "multiselect": choice.Multiselect,
    "slider": choice.Slider,
    "select_slider": choice.SelectSlider,
}

BLOCK_CLASSES: dict[str, type[blocks.Block]] = {
    "column": blocks.Column,
    "tab": blocks.Tab,
    "expander": blocks.Expander,
    "form": blocks.Form,
    "chat_message": blocks.ChatMessage,
    "status": blocks.Status,
}


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
    if raw.block:
        block_class = BLOCK_CLASSES.get(raw.kind, blocks.Block)
        return block_class(raw, ctx, _children(raw, ctx))
    element_class = ELEMENT_CLASSES.get(raw.kind)
    if element_class is None:
        element_class = Widget if raw.id is not None else UnknownElement
    return element_class(raw, ctx)
