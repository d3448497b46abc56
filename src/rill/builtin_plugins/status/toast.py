"""`st.toast`: a short notification in a corner of the page."""

from __future__ import annotations

import textwrap
from typing import Any

from rill.plugins import EVENT, Container, RillAPIError, add_element, command, require_ctx
from rill.plugins import validate_icon as check_icon

#: Seconds a toast stays for each named duration; "infinite" stays until dismissed.
DURATIONS: dict[str, int | None] = {"short": 4, "long": 10, "infinite": None}


def _duration(duration: Any) -> int | None:
    if isinstance(duration, str) and duration in DURATIONS:
        return DURATIONS[duration]
    if isinstance(duration, int) and not isinstance(duration, bool) and duration > 0:
        return duration
    raise RillAPIError(
        'The `duration` argument of st.toast must be "short", "long", "infinite" or a positive '
        f"number of seconds, not {duration!r}."
    )


def _icon(icon: Any) -> str | None:
    if icon == "spinner":
        return "spinner"
    return check_icon(icon)


@command("status")
def toast(body: Any, *, icon: str | None = None, duration: Any = "short") -> Container:
    """Show a toast: a short message that pops up in a corner of the page, then goes away.

    Toasts stack when several are shown; hovering over one or focusing it keeps it up, and its
    close button (or Escape) dismisses it. Calling `.toast(...)` on the handle it returns
    changes the same toast while it is still shown.

    Args:
        body: The message, as Markdown (any object is turned into text with `str`).
        icon: An emoji (`"🎉"`), a Material icon (`":material/thumb_up:"`) or `"spinner"`.
        duration: `"short"` (4 seconds, the default), `"long"` (10 seconds), `"infinite"`
            (until the user dismisses it) or a number of seconds.

    Returns:
        The toast's handle.

    Example:
        if st.button("Save"):
            st.toast("Your changes were saved!", icon="✅")
    """
    text = textwrap.dedent(str(body)).strip()
    if not text:
        raise RillAPIError("The body of st.toast cannot be blank: please provide a message.")
    props = {"body": text, "icon": _icon(icon), "duration": _duration(duration)}
    ctx = require_ctx("toast")
    current = ctx.containers[-1]
    target: Container | None
    if current.slot and current.kind == "toast":
        target = current  # `handle.toast(...)`: the same toast, changed
    elif ctx.fragment_id is not None:
        # A fragment's run writes only inside the fragment; the browser draws the toast in
        # the same corner wherever it sits in the tree.
        target = None
    else:
        target = Container((EVENT,))
    return add_element("toast", props, container=target)
