"""Props of the status elements: `progress`, `spinner`, `status`, `toast`, `balloons`, `snow`
and `skeleton`.

Like every model in `rill.schemas.elements`, these are the contract between a command and its
renderer: commands build plain dicts, tests validate them against these models, and the
frontend's TypeScript prop types are generated from them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from rill.schemas.elements import Props

#: A width that fills the container or is fixed in pixels.
StretchWidth = Literal["stretch"] | int

#: The three states of a status container.
StatusState = Literal["running", "complete", "error"]


class ProgressProps(Props):
    """`progress`: a bar filled to `value` percent, with an optional Markdown label above it."""

    value: int = Field(ge=0, le=100, description="How full the bar is, in percent.")
    text: str | None = Field(default=None, description="Inline Markdown shown above the bar.")
    width: StretchWidth = "stretch"


class SpinnerProps(Props):
    """`spinner`: an animated indicator with a message, shown while a block of code runs; the
    browser shows it only after a short delay, so quick blocks do not flicker."""

    text: str = Field(description="Markdown shown next to the spinner.")
    show_time: bool = Field(default=False, description="Show the seconds elapsed since it began.")
    width: Literal["content", "stretch"] | int = "content"


class StatusProps(Props):
    """`status`: a container with a state icon and a label, which the user can open and close
    like an expander; its children are the elements written into it."""

    label: str = Field(description="Inline Markdown shown in the header.")
    expanded: bool = Field(default=False, description="Open; the browser follows changes only.")
    state: StatusState = "running"
    width: StretchWidth = "stretch"


class ToastProps(Props):
    """`toast`: a short message that pops up in a corner of the page and goes away by itself
    (or when the user dismisses it)."""

    body: str = Field(description="The message, as Markdown.")
    icon: str | None = Field(
        default=None, description="An emoji, a `:material/name:` icon or `spinner`."
    )
    duration: int | None = Field(
        default=4, ge=1, description="Seconds the toast stays; None until the user dismisses it."
    )


class BalloonsProps(Props):
    """`balloons`: balloons float up the page once (not at all under reduced motion)."""


class SnowProps(Props):
    """`snow`: snowflakes fall down the page once (not at all under reduced motion)."""


class SkeletonProps(Props):
    """`skeleton`: a shimmering placeholder holding the room of content still to come."""

    height: int | Literal["stretch"] | None = Field(
        default=None,
        description="Pixels; `stretch` fills the parent; None is the height of one widget.",
    )
    width: StretchWidth = "stretch"
