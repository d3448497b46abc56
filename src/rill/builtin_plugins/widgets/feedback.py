"""`st.feedback`: thumbs, faces or stars to rate something; the value is the sentiment index.

The sentiment travels as it is (`FeedbackProps`): 0 is the lowest, 1 (thumbs up) or 4 (the
happiest face, five stars) the highest, None when nothing is selected. The browser may clear a
selection (None), even one the widget started with.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Literal

from rill.builtin_plugins.widgets.labels import callback_args
from rill.builtin_plugins.widgets.widths import check_width
from rill.plugins import RillAPIError, command, register_widget, require_ctx

FeedbackOptions = Literal["thumbs", "faces", "stars"]

#: How many sentiments each kind of feedback has.
SENTIMENTS: dict[str, int] = {"thumbs": 2, "faces": 5, "stars": 5}


@command("widgets")
def feedback(
    options: FeedbackOptions = "thumbs",
    *,
    key: str | int | None = None,
    default: int | None = None,
    disabled: bool = False,
    on_change: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    width: Literal["content", "stretch"] | int = "content",
) -> int | None:
    """Display a row of icons to rate something: thumbs, faces or stars.

    Args:
        options: `"thumbs"` (up and down), `"faces"` (five faces, from sad to happy) or
            `"stars"` (one to five stars).
        key: Identifies the widget; its value is also `st.session_state[key]`.
        default: The sentiment selected at first: 0 or 1 for thumbs, 0 to 4 for faces and
            stars; None selects nothing.
        disabled: Grey the icons out.
        on_change: Called with `args` and `kwargs` when the selection changes.
        args: Positional arguments for `on_change`.
        kwargs: Keyword arguments for `on_change`.
        width: `"content"`, `"stretch"` (the container's width) or a width in pixels.

    Returns:
        The selected sentiment, 0 being the lowest (thumbs down, the saddest face, one star),
        or None.

    Raises:
        RillAPIError: unknown `options`, or a `default` out of its range.

    Example:
        stars = ["one", "two", "three", "four", "five"]
        selected = st.feedback("stars")
        if selected is not None:
            st.markdown(f"You selected {stars[selected]} star(s).")
    """
    require_ctx("feedback")
    if not isinstance(options, str) or options not in SENTIMENTS:
        raise RillAPIError(
            "The options argument to st.feedback must be one of ['thumbs', 'faces', 'stars']. "
            f"The argument passed was '{options}'."
        )
    count = SENTIMENTS[options]
    if default is not None and not _sentiment(default, count):
        raise RillAPIError(
            f"The `default` value of st.feedback must be None or an integer between 0 and "
            f"{count - 1} for options='{options}', not {default!r}."
        )
    props = {"options": options, "disabled": bool(disabled), "width": check_width(width)}

    def deserialize(wire: Any) -> int | None:
        if wire is None:
            return None
        if not _sentiment(wire, count):
            raise ValueError(f"expected a sentiment from 0 to {count - 1}, or null")
        return int(wire)

    result = register_widget(
        "feedback",
        props,
        key=key,
        params={"options": options, "default": default},
        default=default,
        deserialize=deserialize,
        serialize=lambda value: value,
        on_change=on_change,
        args=callback_args(args),
        kwargs=kwargs,
        valid=lambda value: value is None or _sentiment(value, count),
        has_explicit_value=default is not None,
    )
    return result  # type: ignore[no-any-return]


def _sentiment(value: Any, count: int) -> bool:
    """Whether `value` is one of the `count` sentiments (an int, not a bool)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < count
