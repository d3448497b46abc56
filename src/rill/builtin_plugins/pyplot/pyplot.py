"""`st.pyplot`: a matplotlib figure, saved to an image and shown from media storage."""

from __future__ import annotations

import contextlib
import logging
from typing import Any, Literal

from rill.builtin_plugins.pyplot import render
from rill.plugins import (
    Container,
    RillAPIError,
    RillError,
    ScriptRunContext,
    add_element,
    add_media,
    command,
    find_command,
    require_ctx,
)

log = logging.getLogger("rill.pyplot")

_GLOBAL_FIGURE = (
    "Calling st.pyplot() without a figure is deprecated: it draws matplotlib's global figure, "
    "which scripts running at the same time share. Pass the figure instead:\n\n"
    "```python\nfig, ax = plt.subplots()\nax.plot([1, 2, 3])\nst.pyplot(fig)\n```"
)
_CONTAINER_WIDTH = (
    "The `use_container_width` argument of st.pyplot is deprecated: use `width='stretch'` "
    "(for True) or `width='content'` (for False)."
)


@command("pyplot")
def pyplot(
    fig: Any = None,
    clear_figure: bool | None = None,
    *,
    width: Literal["stretch", "content"] | int = "stretch",
    use_container_width: bool | None = None,
    **kwargs: Any,
) -> Container:
    """Show a matplotlib figure.

    The figure is saved as a PNG (`bbox_inches="tight"`, 200 dpi, unless `kwargs` say
    otherwise), stored in the session's media storage and shown as an image whose alternative
    text is built from the figure's titles and axis labels. matplotlib is imported only when
    this is called; drawing holds a lock, since pyplot is not thread-safe and every session's
    script runs in a thread of its own.

    Args:
        fig: The `matplotlib.figure.Figure` to show. Without it, pyplot's current (global)
            figure is shown, which is deprecated: it is shared by every script that runs.
        clear_figure: Clear the figure once it is shown. Defaults to False when `fig` is given
            and True for the global figure (as a notebook does).
        width: "stretch" (the container's width), "content" (the image's own width, never
            wider than the container), or a width in pixels.
        use_container_width: Deprecated: True is `width="stretch"`, False `width="content"`.
        **kwargs: Passed on to `Figure.savefig` (`dpi`, `transparent`, `format`: "png",
            "svg", "jpg"...).

    Returns:
        The element's handle: writing to it replaces the image.

    Example:
        import matplotlib.pyplot as plt

        fig, ax = plt.subplots()
        ax.hist([1, 2, 2, 3, 3, 3], bins=3)
        ax.set_title("Rolls")
        st.pyplot(fig)
    """
    ctx = require_ctx("pyplot")
    if fig is None:
        _deprecated(ctx, _GLOBAL_FIGURE)
    elif not callable(getattr(fig, "savefig", None)):
        raise RillAPIError(
            "The `fig` argument of st.pyplot must be a matplotlib Figure (fig, ax = "
            f"plt.subplots()), not {type(fig).__name__}."
        )
    if clear_figure is not None and not isinstance(clear_figure, bool):
        raise RillAPIError("The `clear_figure` argument of st.pyplot must be True, False or None.")
    if use_container_width is not None:
        _deprecated(ctx, _CONTAINER_WIDTH)
        width = "stretch" if use_container_width else "content"
    shown_width = _width(width)
    options = _options(kwargs)
    data, alt = _draw(fig, options, fig is None if clear_figure is None else clear_figure)
    image: dict[str, Any] = {
        "src": add_media(data, render.MIMETYPES[options["format"]]),
        "alt": alt,
        "caption": None,
    }
    size = render.png_size(data)
    if size is not None:
        image["pixel_width"], image["pixel_height"] = size
    return add_element("image", {"images": [image], "width": shown_width})


def _draw(fig: Any, options: dict[str, Any], clear: bool) -> tuple[bytes, str]:
    with render.LOCK:
        if fig is None:
            render.use_agg()
            import matplotlib.pyplot as plt

            fig = plt.gcf()
        data = render.save(fig, options)
        alt = render.alt_text(fig)
        if clear and callable(getattr(fig, "clf", None)):
            fig.clf()
    return data, alt


def _options(kwargs: dict[str, Any]) -> dict[str, Any]:
    if "fname" in kwargs:
        raise RillAPIError("st.pyplot saves the figure itself: do not pass `fname`.")
    options = {**render.DEFAULTS, **kwargs}
    image_format = str(options["format"]).lower()
    if image_format not in render.MIMETYPES:
        allowed = ", ".join(repr(f) for f in render.MIMETYPES)
        raise RillAPIError(
            f"st.pyplot can show the formats {allowed}; `format={options['format']!r}` is "
            "not one of them."
        )
    options["format"] = image_format
    return options


def _width(width: object) -> str | int:
    if width in ("stretch", "content"):
        return str(width)
    if isinstance(width, int) and not isinstance(width, bool) and width > 0:
        return width
    raise RillAPIError(
        "The `width` argument of st.pyplot must be 'stretch', 'content' or a positive number "
        f"of pixels, not {width!r}."
    )


def _deprecated(ctx: ScriptRunContext, message: str) -> None:
    """Log a deprecation; show it in the app too when error details are shown in full."""
    log.warning(message.replace("\n\n", " ").split("```", 1)[0].strip())
    if ctx.kernel.config.get("client.showErrorDetails") != "full":
        return
    try:
        warning = find_command("warning")
    except AttributeError:  # the alerts plugin is not installed: the log has it
        return
    with contextlib.suppress(RillError):  # the alerts plugin is disabled: the log has it
        warning(message)
