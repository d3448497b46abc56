"""Finding elements: the accessors AppTest and every container share.

`at.markdown`, `at.columns[0].button`, `at.sidebar.slider(key="k")`: each accessor lists the
elements of one type below its owner, depth first in page order (for AppTest: the main area,
then the sidebar, the event layer and the bottom bar), inside columns, tabs, expanders, forms
and containers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rill.testing.v1.element_tree.base import BlockList, ElementList, WidgetList
from rill.testing.v1.errors import AppTestError

if TYPE_CHECKING:
    from rill.testing.v1.element_tree import blocks as blk
    from rill.testing.v1.element_tree import charts as cht
    from rill.testing.v1.element_tree import choice as chc
    from rill.testing.v1.element_tree import data as dat
    from rill.testing.v1.element_tree import display as dsp
    from rill.testing.v1.element_tree import pickers as pck
    from rill.testing.v1.element_tree import status as sts
    from rill.testing.v1.element_tree import text as txt
    from rill.testing.v1.element_tree import widgets as wdg
    from rill.testing.v1.element_tree.blocks import Node

#: Accessor names that differ from the element type they list.
_ALIASES = {
    "columns": "column",
    "tabs": "tab",
    "expanders": "expander",
    # Streamlit's name for chart elements before it became "vega_lite_chart".
    "arrow_vega_lite_chart": "vega_lite_chart",
}


class Queries:
    """Element accessors over the nodes below an owner (AppTest or a container)."""

    def _nodes(self) -> list[Node]:
        """Every node below the owner, depth first in page order."""
        raise NotImplementedError

    def get(self, element_type: str) -> list[Node]:
        """The elements of one type, by accessor name or element kind, in page order.

        Args:
            element_type: `"button"`, `"markdown"`, `"columns"`, `"form_submit_button"`, or the
                kind of a third-party element.

        Example:
            at.get("markdown")[0].value
        """
        wanted = _ALIASES.get(element_type, element_type)
        return [node for node in self._nodes() if node.type == wanted or node.kind == wanted]

    def get_by_key(self, key: str) -> Node:
        """The one element (widget, form...) with user key `key`.

        Raises:
            KeyError: nothing has this key.
            AppTestError: more than one element has it.
        """
        found = [node for node in self._nodes() if node.key == key]
        if not found:
            raise KeyError(key)
        if len(found) > 1:
            raise AppTestError(
                f"Multiple elements have key {key!r}. Use a typed accessor such as "
                f"at.text_input(key={key!r}) or query inside a container."
            )
        return found[0]

    def _elements(self, element_type: str) -> ElementList[Any]:
        return ElementList(self.get(element_type))

    def _widgets(self, element_type: str) -> WidgetList[Any]:
        return WidgetList(self.get(element_type))

    def _blocks(self, element_type: str) -> BlockList[Any]:
        return BlockList(self.get(element_type))

    # -- text -----------------------------------------------------------------------------------

    @property
    def title(self) -> ElementList[txt.Title]:
        """Every `st.title`."""
        return self._elements("title")

    @property
    def header(self) -> ElementList[txt.Header]:
        return self._elements("header")

    @property
    def subheader(self) -> ElementList[txt.Subheader]:
        return self._elements("subheader")

    @property
    def markdown(self) -> ElementList[txt.Markdown]:
        """Every `st.markdown` (and text written with `st.write` or magic)."""
        return self._elements("markdown")

    @property
    def caption(self) -> ElementList[txt.Caption]:
        return self._elements("caption")

    @property
    def text(self) -> ElementList[txt.Text]:
        return self._elements("text")

    @property
    def code(self) -> ElementList[txt.Code]:
        return self._elements("code")

    @property
    def json(self) -> ElementList[txt.Json]:
        return self._elements("json")

    @property
    def latex(self) -> ElementList[txt.Latex]:
        return self._elements("latex")

    @property
    def divider(self) -> ElementList[txt.Divider]:
        return self._elements("divider")

    @property
    def success(self) -> ElementList[txt.Success]:
        return self._elements("success")

    @property
    def info(self) -> ElementList[txt.Info]:
        return self._elements("info")

    @property
    def warning(self) -> ElementList[txt.Warning]:
        return self._elements("warning")

    @property
    def error(self) -> ElementList[txt.Error]:
        return self._elements("error")

    @property
    def exception(self) -> ElementList[txt.Exception]:
        """Every exception shown, including errors the script raised."""
        return self._elements("exception")

    @property
    def table(self) -> ElementList[dat.Table]:
        """Every `st.table`; `value` is a pandas DataFrame."""
        return self._elements("table")

    @property
    def dataframe(self) -> ElementList[dat.Dataframe]:
        """Every `st.dataframe`; `value` is a pandas DataFrame of every row."""
        return self._elements("dataframe")

    @property
    def data_editor(self) -> WidgetList[dat.DataEditor]:
        """Every `st.data_editor`; stage edits with `edit`, `add_row`, `delete_rows`."""
        return self._widgets("data_editor")

    @property
    def metric(self) -> ElementList[dsp.Metric]:
        return self._elements("metric")

    @property
    def help(self) -> ElementList[dsp.Help]:
        """Every `st.help`."""
        return self._elements("help")

    @property
    def image(self) -> ElementList[dsp.Image]:
        """Every image element (`st.pyplot`)."""
        return self._elements("image")

    @property
    def toast(self) -> ElementList[sts.Toast]:
        """Every `st.toast` of the last run (`value` is the body, `icon` the icon)."""
        return self._elements("toast")

    @property
    def vega_lite_chart(self) -> ElementList[cht.VegaLiteChart]:
        """Every chart of the charts plugin (`st.line_chart`, `st.altair_chart`...)."""
        return self._elements("vega_lite_chart")

    # -- widgets --------------------------------------------------------------------------------

    @property
    def button(self) -> WidgetList[wdg.Button]:
        """Every `st.button` and `st.form_submit_button`."""
        return self._widgets("button")

    @property
    def form_submit_button(self) -> WidgetList[wdg.Button]:
        """Every `st.form_submit_button`."""
        return self._widgets("form_submit_button")

    @property
    def checkbox(self) -> WidgetList[wdg.Checkbox]:
        return self._widgets("checkbox")

    @property
    def toggle(self) -> WidgetList[wdg.Toggle]:
        return self._widgets("toggle")

    @property
    def radio(self) -> WidgetList[chc.Radio]:
        return self._widgets("radio")

    @property
    def selectbox(self) -> WidgetList[chc.Selectbox]:
        return self._widgets("selectbox")

    @property
    def multiselect(self) -> WidgetList[chc.Multiselect]:
        return self._widgets("multiselect")

    @property
    def slider(self) -> WidgetList[chc.Slider]:
        return self._widgets("slider")

    @property
    def select_slider(self) -> WidgetList[chc.SelectSlider]:
        return self._widgets("select_slider")

    @property
    def text_input(self) -> WidgetList[wdg.TextInput]:
        return self._widgets("text_input")

    @property
    def text_area(self) -> WidgetList[wdg.TextArea]:
        return self._widgets("text_area")

    @property
    def number_input(self) -> WidgetList[wdg.NumberInput]:
        return self._widgets("number_input")

    @property
    def date_input(self) -> WidgetList[wdg.DateInput]:
        return self._widgets("date_input")

    @property
    def time_input(self) -> WidgetList[wdg.TimeInput]:
        return self._widgets("time_input")

    @property
    def color_picker(self) -> WidgetList[wdg.ColorPicker]:
        return self._widgets("color_picker")

    @property
    def chat_input(self) -> WidgetList[wdg.ChatInput]:
        return self._widgets("chat_input")

    @property
    def button_group(self) -> WidgetList[pck.ButtonGroup | pck.Feedback]:
        """Every `st.pills`, `st.segmented_control` and `st.feedback` (Streamlit's name)."""
        return self._widgets("button_group")

    @property
    def pills(self) -> WidgetList[pck.Pills]:
        return self._widgets("pills")

    @property
    def segmented_control(self) -> WidgetList[pck.SegmentedControl]:
        return self._widgets("segmented_control")

    @property
    def feedback(self) -> WidgetList[pck.Feedback]:
        return self._widgets("feedback")

    @property
    def menu_button(self) -> WidgetList[pck.MenuButton]:
        """Every `st.menu_button`; `click(option)` picks from its menu."""
        return self._widgets("menu_button")

    @property
    def pagination(self) -> WidgetList[pck.Pagination]:
        return self._widgets("pagination")

    @property
    def datetime_input(self) -> WidgetList[pck.DatetimeInput]:
        return self._widgets("datetime_input")

    # -- containers -----------------------------------------------------------------------------

    @property
    def columns(self) -> BlockList[blk.Column]:
        """Every column of every `st.columns`, in page order."""
        return self._blocks("column")

    @property
    def tabs(self) -> BlockList[blk.Tab]:
        """Every tab of every `st.tabs`; each has its `label`."""
        return self._blocks("tab")

    @property
    def expander(self) -> BlockList[blk.Expander]:
        return self._blocks("expander")

    @property
    def container(self) -> BlockList[blk.Block]:
        """Every `st.container` (a fragment's elements are in one too)."""
        return self._blocks("container")

    @property
    def form(self) -> BlockList[blk.Form]:
        """Every `st.form`; a form's `key` is its form key."""
        return self._blocks("form")

    @property
    def chat_message(self) -> BlockList[blk.ChatMessage]:
        return self._blocks("chat_message")

    @property
    def status(self) -> BlockList[sts.Status]:
        """Every `st.status` container; each has its `label` and `state`."""
        return self._blocks("status")
