"""The props of the layout plugin's newer element kinds: popovers, dialogs, HTML, badges, space.

The older layout kinds (`container`, `columns`, `tabs`, `expander`...) are in
`rill.schemas.elements`. As there, commands build plain dicts and these models are the contract
tests check them against and the TypeScript prop types are generated from.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from rill.schemas.elements import Props

#: A width as layout commands take it: fill the parent, fit the contents, or pixels.
Width = Literal["stretch", "content"] | int

BadgeColor = Literal["red", "orange", "yellow", "blue", "green", "violet", "gray", "primary"]


class PopoverProps(Props):
    """`popover`: a button that opens a floating container holding the block's children."""

    label: str
    type: Literal["primary", "secondary", "tertiary"] = "secondary"
    help: str | None = None
    icon: str | None = None
    disabled: bool = False
    width: Width = Field(default="content", description="The button's width.")


class DialogProps(Props):
    """`dialog`: a modal dialog in the event layer; it opens each time the server sends it.

    Its children are the fragment container the dialog function writes to and, when dismissing
    it reruns the app, a `dialog_dismiss` widget the browser clicks on dismissal.
    """

    title: str
    width: Literal["small", "medium", "large"] = "small"
    dismissible: bool = True


class DialogDismissProps(Props):
    """`dialog_dismiss`: the trigger a dialog sends when the user dismisses it (not drawn)."""

    form_id: str | None = None


class HtmlProps(Props):
    """`html`: HTML shown in the page, sanitized in the browser unless scripts are allowed.

    With `unsafe_allow_javascript`, the body's inline scripts have been moved to same-origin
    files (`<script src="_rill/html/<id>.js">`) so that they run under the app's
    Content-Security-Policy.
    """

    body: str
    width: Width = "stretch"
    unsafe_allow_javascript: bool = False


class BadgeProps(Props):
    """`badge`: a small colored label (Markdown), with an optional icon."""

    label: str
    icon: str | None = None
    color: BadgeColor = "blue"
    width: Width = "content"
    help: str | None = None


class SpaceProps(Props):
    """`space`: empty space along the direction of the parent container."""

    size: Literal["small", "medium", "large", "stretch"] | int = Field(
        default="small", description="A named size, `stretch` (fill what is left) or pixels."
    )
