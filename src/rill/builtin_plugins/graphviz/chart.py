"""`st.graphviz_chart`: a graph in the DOT language, laid out in the browser."""

from __future__ import annotations

from typing import Any, Literal

from rill.plugins import Container, RillAPIError, add_element, command

Size = Literal["content", "stretch"] | int

#: The layout engines the browser's Graphviz build has.
ENGINES = ("circo", "dot", "fdp", "neato", "osage", "patchwork", "sfdp", "twopi")


@command("graphviz")
def graphviz_chart(
    figure_or_dot: Any,
    use_container_width: bool | None = None,
    *,
    width: Size = "content",
    height: Size = "content",
    alt: str | None = None,
) -> Container:
    """Show a graph written in Graphviz's DOT language.

    Graphviz itself lays the graph out, compiled to WebAssembly and run in the browser, so the
    server needs no Graphviz installation. The graph is drawn as SVG in the app's colors unless
    the DOT source sets its own.

    Args:
        figure_or_dot: DOT source text, or a `graphviz.Graph`, `graphviz.Digraph` or
            `graphviz.Source` (its `source`, laid out with its `engine`).
        use_container_width: Deprecated: True is `width="stretch"`, False `width="content"`.
        width: `"content"` (default): the graph's own width, at most the container's;
            `"stretch"`: the container's; an integer: pixels, at most the container's.
        height: `"content"` (default): the height the width gives; `"stretch"`: a container of
            fixed height; an integer: pixels (the graph is scaled to fit).
        alt: A short description for screen readers (default: the graph's name).

    Returns:
        The element's handle.

    Example:
        st.graphviz_chart('''
            digraph {
                run -> intr
                intr -> runbl
                runbl -> run
            }
        ''')
    """
    if isinstance(figure_or_dot, str):
        source, engine = figure_or_dot, "dot"
    elif _is_graphviz(figure_or_dot):
        source = str(figure_or_dot.source)
        engine = str(getattr(figure_or_dot, "engine", "dot") or "dot")
    else:
        raise RillAPIError(
            f"Unhandled type for graphviz chart: {type(figure_or_dot).__name__}. "
            "st.graphviz_chart takes DOT source text or a graphviz Graph, Digraph or Source."
        )
    if engine not in ENGINES:
        raise RillAPIError(
            f"The graphviz engine {engine!r} is not available in the browser; use one of "
            f"{', '.join(ENGINES)}."
        )
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    props = {
        "spec": source,
        "engine": engine,
        "width": _size("width", width),
        "height": _size("height", height),
        "alt": alt,
    }
    from rill.schemas.chart_libs import props_digest

    return add_element("graphviz_chart", props, digest=props_digest(props))


def _is_graphviz(value: Any) -> bool:
    """A graphviz (Python package) object, recognised without importing the package."""
    module = type(value).__module__
    return (module == "graphviz" or module.startswith("graphviz.")) and hasattr(value, "source")


def _size(name: str, value: Any) -> Size:
    if value in ("content", "stretch"):
        return value  # type: ignore[no-any-return]
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    raise RillAPIError(
        f"Invalid {name} value: {value!r}. The {name} of st.graphviz_chart must be 'content', "
        "'stretch' or a positive integer (pixels)."
    )
