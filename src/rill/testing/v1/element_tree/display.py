"""Display elements with structure of their own: metrics, `st.help` and images.

As in Streamlit's AppTest, `at.metric[0].value` is the metric's value as the page shows it
(text), and `label`, `delta`, `color` and `help` are text too ("" when there is none).
"""

from __future__ import annotations

from typing import Any

from rill.testing.v1.element_tree.base import Element


class Metric(Element):
    """`st.metric`.

    Attributes:
        value: The value shown (`"70 °F"`, `"4"`; a long dash for None).
        label: The label.
        delta: The delta shown, or "" for none.
        color: The delta's color: "green", "red", "gray", or the color `delta_color` named.
        direction: Where its arrow points: "up", "down" or "none".
        help: The tooltip, or "".
        chart_data: The sparkline's numbers, or None.
    """

    TYPE = "metric"

    @property
    def value(self) -> str:
        return str(self.props.get("value", ""))

    @property
    def label(self) -> str:
        return str(self.props.get("label", ""))

    @property
    def delta(self) -> str:
        return str(self.props.get("delta") or "")

    @property
    def color(self) -> str:
        return str(self.props.get("color", "gray"))

    @property
    def direction(self) -> str:
        return str(self.props.get("direction", "none"))

    @property
    def help(self) -> str:
        return str(self.props.get("help") or "")

    @property
    def chart_data(self) -> list[float | None] | None:
        data: list[float | None] | None = self.props.get("chart_data")
        return data


class Help(Element):
    """`st.help`: `value` is the object's docstring ("" when it has none).

    Attributes:
        name: The expression the script passed (`"pandas.DataFrame"`), or None.
        doc_type: The object's type (`"class"`, `"function"`, `"int"`...).
        signature: The call signature of a function or class, or None.
        members: Each attribute and method: dicts with `name`, `type`, and `value` (for plain
            values) or `doc` (the first line of the member's docstring).
    """

    TYPE = "help"

    @property
    def value(self) -> str:
        return str(self.props.get("doc") or "")

    @property
    def name(self) -> str | None:
        name: str | None = self.props.get("name")
        return name

    @property
    def doc_type(self) -> str:
        return str(self.props.get("type", ""))

    @property
    def signature(self) -> str | None:
        signature: str | None = self.props.get("signature")
        return signature

    @property
    def members(self) -> list[dict[str, Any]]:
        return list(self.props.get("members") or [])


class Image(Element):
    """An image element (`st.pyplot`): `value` is the list of media URLs it shows.

    Attributes:
        alt: The alternative text of each picture.
        captions: The caption of each picture (None for none).
    """

    TYPE = "image"

    @property
    def value(self) -> list[str]:
        return [str(image["src"]) for image in self.props.get("images", [])]

    @property
    def alt(self) -> list[str]:
        return [str(image.get("alt", "")) for image in self.props.get("images", [])]

    @property
    def captions(self) -> list[str | None]:
        return [image.get("caption") for image in self.props.get("images", [])]
