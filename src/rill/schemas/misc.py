"""Props of display elements that are neither text nor widgets: `metric`, `help` and `image`.

Like every model in `rill.schemas.elements`, these are the contract between a command and its
renderer: commands build plain dicts, tests validate them against these models, and the
frontend's TypeScript prop types are generated from them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from rill.schemas.elements import LabelVisibility, Props

#: A width in the layout: the container's (`"stretch"`), the content's, or pixels.
Width = Literal["stretch", "content"] | int

#: What a delta's color resolves to, after `delta_color` and the delta's sign.
MetricColor = Literal["red", "orange", "yellow", "green", "blue", "violet", "gray", "primary"]


class MetricProps(Props):
    """`metric`: a big value, its label, an optional delta with an arrow, and a sparkline."""

    label: str
    value: str = Field(description="The value as text; a long dash for None.")
    delta: str = Field(default="", description="The delta as text; empty for no delta.")
    color: MetricColor = Field(default="gray", description="The delta's color.")
    direction: Literal["up", "down", "none"] = Field(
        default="none", description="Which way the delta's arrow points; none for no arrow."
    )
    help: str | None = None
    label_visibility: LabelVisibility = "visible"
    border: bool = False
    width: Width = "stretch"
    height: Literal["content", "stretch"] | int = "content"
    chart_data: list[float | None] | None = Field(
        default=None, description="The sparkline's values; None marks a gap (NaN)."
    )
    chart_type: Literal["line", "bar", "area"] = "line"
    format: str | None = Field(
        default=None,
        description="How the browser formats a numeric value and delta: a printf-style format "
        "or a preset name (`number` and `delta_number` carry the numbers).",
    )
    number: float | None = Field(default=None, description="The value, when it is a number.")
    delta_number: float | None = Field(default=None, description="The delta, when a number.")
    delta_description: str | None = None


class HelpMember(Props):
    """One attribute or method of the object `help` describes."""

    name: str
    type: str
    value: str | None = Field(default=None, description="A short repr, for plain values.")
    doc: str | None = Field(default=None, description="The first line of its docstring.")


class HelpProps(Props):
    """`help`: an object's name, type, signature, docstring and members (`st.help`)."""

    name: str | None = Field(default=None, description="The expression the script passed.")
    type: str
    value: str | None = Field(
        default=None,
        description="A short repr of a value, or the qualified name of a module, class or "
        "function.",
    )
    signature: str | None = None
    doc: str | None = None
    members: list[HelpMember] = Field(default_factory=list)


class ImageItem(Props):
    """One picture of an `image` element, served from media storage."""

    src: str = Field(description="The media URL, relative to the app's base URL.")
    alt: str = Field(description="Text that stands for the picture for assistive technology.")
    caption: str | None = None
    pixel_width: int | None = Field(default=None, description="The file's width in pixels.")
    pixel_height: int | None = Field(default=None, description="The file's height in pixels.")


class ImageProps(Props):
    """`image`: one or more pictures side by side (`st.pyplot` draws one)."""

    images: list[ImageItem]
    width: Width = Field(
        default="stretch",
        description="`stretch` fills the container, `content` keeps the pictures' natural "
        "width (never wider than the container), an int is pixels.",
    )
