"""`st.mermaid_chart`: a diagram written in Mermaid's text syntax."""

from __future__ import annotations

import textwrap
from typing import Any, Literal

from rill.plugins import Container, RillAPIError, add_element, command

Width = Literal["stretch", "content"] | int


@command("mermaid")
def mermaid_chart(body: str, *, width: Width = "stretch", alt: str | None = None) -> Container:
    """Show a Mermaid diagram: a flowchart, sequence, class, state, Gantt or other diagram
    described in text (https://mermaid.js.org/).

    Mermaid draws it in the browser as SVG, in the app's light or dark colors, with its strict
    security level: labels are text, never HTML, and diagrams cannot run script or open links.
    A diagram Mermaid cannot parse shows Mermaid's error message instead.

    Args:
        body: The diagram's Mermaid source (common indentation is removed, so a triple-quoted
            string indented with the code around it works).
        width: `"stretch"` (default): the container's width; `"content"`: the diagram's own
            width, at most the container's; an integer: pixels, at most the container's.
        alt: A short description for screen readers. Without it, the diagram's `accTitle` (and
            `accDescr`) or its type names it ("Mermaid flowchart diagram").

    Returns:
        The element's handle.

    Example:
        st.mermaid_chart('''
            graph LR
                A[Start] --> B{Decision}
                B -->|Yes| C[OK]
                B -->|No| D[Cancel]
        ''', alt="A decision between OK and Cancel")
    """
    if not isinstance(body, str):
        raise RillAPIError(
            f"The `body` of st.mermaid_chart must be Mermaid source text, not "
            f"{type(body).__name__}."
        )
    props = {"body": textwrap.dedent(body).strip(), "width": _width(width), "alt": _alt(alt)}
    from rill.schemas.chart_libs import props_digest

    return add_element("mermaid_chart", props, digest=props_digest(props))


def _width(width: Any) -> Width:
    if width in ("stretch", "content"):
        return width  # type: ignore[no-any-return]
    if isinstance(width, int) and not isinstance(width, bool) and width >= 1:
        return width
    raise RillAPIError(
        f"Invalid width value: {width!r}. The width of st.mermaid_chart must be 'stretch', "
        "'content' or a positive integer (pixels)."
    )


def _alt(alt: Any) -> str | None:
    """The accessible name; blank counts as none, and it is one line."""
    if alt is None:
        return None
    if not isinstance(alt, str):
        raise RillAPIError(f"The `alt` of st.mermaid_chart must be text, not {type(alt).__name__}.")
    return " ".join(alt.split()) or None
