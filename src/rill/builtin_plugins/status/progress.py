"""`st.progress`: a progress bar, updated in place through the handle it returns."""

from __future__ import annotations

import math
import numbers
from typing import Any

from rill.builtin_plugins.status.sizes import check_width
from rill.plugins import Container, RillAPIError, add_element, command


def percent(value: Any) -> int:
    """The bar's fill in percent: an int from 0 to 100, or a float from 0.0 to 1.0.

    Floats a hair outside [0, 1] (`1.0000000000000002` after a sum of steps) count as the bound.
    """
    if isinstance(value, bool):
        raise RillAPIError(
            "The value of st.progress must be an int from 0 to 100 or a float from 0.0 to 1.0, "
            f"not the bool {value!r}."
        )
    if isinstance(value, numbers.Integral):
        number = int(value)
        if 0 <= number <= 100:
            return number
        raise RillAPIError(
            f"The value of st.progress must be from 0 to 100 when it is an int, not {number}."
        )
    if isinstance(value, numbers.Real):
        fraction = float(value)
        for bound in (0.0, 1.0):
            if math.isclose(fraction, bound, abs_tol=1e-9):
                fraction = bound
        if 0.0 <= fraction <= 1.0:
            return int(fraction * 100)
        raise RillAPIError(
            "The value of st.progress must be from 0.0 to 1.0 when it is a float, "
            f"not {fraction!r}."
        )
    raise RillAPIError(
        "The value of st.progress must be an int from 0 to 100 or a float from 0.0 to 1.0, "
        f"not {type(value).__name__}."
    )


@command("status")
def progress(value: Any, text: str | None = None, width: Any = "stretch") -> Container:
    """Show a progress bar.

    The handle it returns updates the same bar: `bar.progress(50)`; `bar.empty()` removes it.

    Args:
        value: How far along: an int from 0 to 100, or a float from 0.0 to 1.0.
        text: A message above the bar, as inline Markdown (bold, italics, code, links...).
        width: `"stretch"` to fill the container, or a width in pixels.

    Returns:
        The bar's handle.

    Example:
        import time

        bar = st.progress(0, text="Working...")
        for done in range(1, 101):
            time.sleep(0.01)
            bar.progress(done, text=f"Working... {done}%")
        bar.empty()
    """
    if text is not None and not isinstance(text, str):
        raise RillAPIError(
            f"The text of st.progress must be a string or None, not {type(text).__name__}."
        )
    props: dict[str, Any] = {"value": percent(value), "text": text}
    if width != "stretch":
        props["width"] = check_width(width, "progress")
    return add_element("progress", props)
